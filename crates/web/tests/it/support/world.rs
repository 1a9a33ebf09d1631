//! Two schools with the same shape, so every test can check that nothing crosses them.
//! School A's people have names starting with "A", school B's with "B": a body that
//! mentions "Aalders" while signed in at school B is a leak.

use super::PASSWORD;
use jiff::civil::date;
use samenspraak_core::ids::{ChildId, ClassId, GuardianId, RoundId, SchoolId, StaffId};
use samenspraak_core::round::RoundInput;
use samenspraak_core::time::today;
use samenspraak_core::values::Email;
use samenspraak_core::{Language, StaffRole};
use samenspraak_store::children::ChildFields;
use samenspraak_store::guardians::{GuardianFields, HouseholdChoice};
use samenspraak_store::staff::{AssignmentKind, NewStaff};
use samenspraak_store::{Store, children, classes, guardians, rounds, schools, staff};
use std::sync::OnceLock;

pub struct School {
    pub id: SchoolId,
    pub admin: String,
    pub teacher: String,
    pub care: String,
    pub teacher_id: StaffId,
    pub class_6a: ClassId,
    pub class_6b: ClassId,
    /// In 6A, the teacher's class.
    pub child_6a: ChildId,
    /// In 6B, not the teacher's class.
    pub child_6b: ChildId,
    pub guardian_6a: GuardianId,
    pub round: RoundId,
    /// A word that appears only in this school's data.
    pub marker: &'static str,
}

pub struct World {
    pub a: School,
    pub b: School,
}

fn password_hash() -> String {
    static HASH: OnceLock<String> = OnceLock::new();
    HASH.get_or_init(|| password_auth::generate_hash(PASSWORD)).clone()
}

impl World {
    pub async fn create(store: &Store) -> Self {
        Self {
            a: school(store, "a", "Aalders").await,
            b: school(store, "b", "Bogaerts").await,
        }
    }
}

/// The test round's child-talk window: tomorrow up to nineteen days from now.
pub fn talk_window() -> (jiff::civil::Date, jiff::civil::Date) {
    let today = today(samenspraak_store::now());
    (
        today.tomorrow().unwrap(),
        today.checked_add(jiff::Span::new().days(19)).unwrap(),
    )
}

async fn school(store: &Store, tag: &str, marker: &'static str) -> School {
    let s = schools::create(store, &format!("School {}", tag.to_uppercase()))
        .await
        .unwrap();
    let (name, starts, ends) = schools::year_around(today(samenspraak_store::now()));
    let year = schools::create_year(
        store,
        &s.id,
        &name,
        starts,
        ends,
        &samenspraak_store::audit::Who::system(&s.id),
    )
    .await
    .unwrap();
    let c6a = classes::create(store, &s.id, &year.id, "6A", Some(6)).await.unwrap();
    let c6b = classes::create(store, &s.id, &year.id, "6B", Some(6)).await.unwrap();
    let hash = password_hash();
    let mut emails = Vec::new();
    let mut teacher_id = None;
    for (role, who) in [
        (StaffRole::SchoolAdmin, "admin"),
        (StaffRole::Teacher, "teacher"),
        (StaffRole::CareCoordinator, "care"),
    ] {
        let email = format!("{who}@{tag}.example");
        let e = Email::parse(&email).unwrap();
        let display = format!("{} {}", who, marker);
        let m = staff::create(
            store,
            NewStaff {
                school: &s.id,
                name: &display,
                email: &e,
                password_hash: &hash,
                role,
                language: None,
            },
        )
        .await
        .unwrap();
        if role == StaffRole::Teacher {
            staff::set_assignments(
                store,
                &s.id,
                &m.id,
                &[(c6a.id.clone(), AssignmentKind::Titular)],
                &samenspraak_store::audit::Who::system(&s.id),
            )
            .await
            .unwrap();
            teacher_id = Some(m.id.clone());
        }
        emails.push(email);
    }
    let child = |first: &'static str, class| ChildFields {
        class: Some(class),
        first_name: first,
        last_name: marker,
        birth_date: Some(date(2015, 3, 14)),
    };
    let k6a = children::create(store, &s.id, child("Amira", &c6a.id)).await.unwrap();
    let k6b = children::create(store, &s.id, child("Lotte", &c6b.id)).await.unwrap();
    let gname = format!("Samira {marker}");
    let g = guardians::create(
        store,
        &s.id,
        &k6a.id,
        GuardianFields {
            name: &gname,
            email: None,
            phone: None,
            language: Language::Fr,
            right_to_info: true,
            interpreter: false,
        },
        HouseholdChoice::New,
    )
    .await
    .unwrap();
    // The child talks run from tomorrow for nineteen days, whatever day the tests run:
    // talks are only ever planned from today on.
    let (from, until) = talk_window();
    let input = RoundInput {
        name: format!("KOM-gesprekken {marker}"),
        child_talk_from: from.to_string(),
        child_talk_until: until.to_string(),
        parent_prep_until: String::new(),
        booking_opens: "2026-11-30T19:00".into(),
        booking_closes: "2026-12-11T12:00".into(),
        conference_from: "2026-12-14".into(),
        conference_until: "2026-12-17".into(),
        follow_up_on: String::new(),
    };
    let r = rounds::create(
        store,
        &s.id,
        &input.parse().unwrap(),
        &[c6a.id.clone(), c6b.id.clone()],
        teacher_id.as_ref().unwrap(),
    )
    .await
    .unwrap();
    School {
        id: s.id,
        admin: emails[0].clone(),
        teacher: emails[1].clone(),
        care: emails[2].clone(),
        teacher_id: teacher_id.unwrap(),
        class_6a: c6a.id,
        class_6b: c6b.id,
        child_6a: k6a.id,
        child_6b: k6b.id,
        guardian_6a: g.id,
        round: r.id,
        marker,
    }
}
