//! The rush's school: one school year, one round with booking still closed, classes of 25
//! with their slots, and a family (child, guardian with an address, session) per child.

use samenspraak_core::Language;
use samenspraak_core::StaffRole;
use samenspraak_core::booking::DayPlan;
use samenspraak_core::ids::{ChildId, RoundId};
use samenspraak_core::round::RoundInput;
use samenspraak_core::values::Email;
use samenspraak_store::{Store, bookings, children, classes, guardians, rounds, schools, sessions, staff};

/// Children per class, as in a real school.
pub const CLASS_SIZE: usize = 25;
/// Slots per conference day: 13:00 to 21:00, ten minutes each.
pub const DAY: (i8, i8, i64) = (13, 21, 10);

pub struct Family {
    pub child: ChildId,
    pub class: usize,
    pub cookie: String,
}

pub struct School {
    pub round: RoundId,
    pub families: Vec<Family>,
    /// Per class, the slot ids and their start hour, by day and time.
    pub slots: Vec<Vec<(String, i8)>>,
}
/// One school year, one round with booking still closed, classes of 25 with their slots,
/// and a family (child, guardian with an address, session) per child.
pub async fn seed(store: &Store, families: usize, slots: usize) -> samenspraak_store::Result<School> {
    let now = samenspraak_store::now();
    let today = samenspraak_core::time::today(now);
    let day = |n: i64| today.checked_add(jiff::Span::new().days(n)).expect("a date");
    let s = schools::create(store, &format!("Rush {}", samenspraak_store::new_id())).await?;
    let (name, starts, ends) = schools::year_around(today);
    let year = schools::create_year(
        store,
        &s.id,
        &name,
        starts,
        ends,
        &samenspraak_store::audit::Who::system(&s.id),
    )
    .await?;
    let teacher = staff::create(
        store,
        staff::NewStaff {
            school: &s.id,
            name: "Juf Rush",
            email: &Email::parse("juf@rush.example").expect("an address"),
            password_hash: "-",
            role: StaffRole::Teacher,
            language: None,
        },
    )
    .await?;
    let class_count = families.div_ceil(CLASS_SIZE).max(1);
    let mut class_ids = Vec::new();
    for c in 0..class_count {
        class_ids.push(
            classes::create(store, &s.id, &year.id, &format!("6{c:03}"), Some(6))
                .await?
                .id,
        );
    }
    let plan = RoundInput {
        name: "KOM-gesprekken".into(),
        child_talk_from: day(1).to_string(),
        child_talk_until: day(5).to_string(),
        parent_prep_until: String::new(),
        booking_opens: format!("{}T00:00", day(7)),
        booking_closes: format!("{}T12:00", day(12)),
        conference_from: day(14).to_string(),
        conference_until: day(40).to_string(),
        follow_up_on: String::new(),
    }
    .parse()
    .map_err(|e| samenspraak_store::StoreError::Other(format!("round: {e:?}")))?;
    let round = rounds::create(store, &s.id, &plan, &class_ids, &teacher.id).await?;

    let per_day = ((DAY.1 - DAY.0) as i64 * 60 / DAY.2) as usize;
    let mut class_slots = Vec::new();
    for (c, class) in class_ids.iter().enumerate() {
        // Slots in proportion to the class's families, so that no class has slots left
        // while another turns families away.
        let share = |upto: usize| slots * upto.min(families) / families;
        let mut left = share((c + 1) * CLASS_SIZE) - share(c * CLASS_SIZE);
        let mut d = 14;
        while left > 0 {
            let n = left.min(per_day);
            let from = jiff::civil::time(DAY.0, 0, 0, 0);
            let until = from
                .checked_add(jiff::Span::new().minutes(n as i64 * DAY.2))
                .expect("within the day");
            let plan = DayPlan::new(from, until, DAY.2, 0).expect("a day plan");
            bookings::add_day(
                store,
                &s.id,
                &round.id,
                class,
                day(d),
                &plan,
                samenspraak_store::bookings::DayDetails {
                    room: "klas",
                    ..Default::default()
                },
            )
            .await?;
            left -= n;
            d += 1;
        }
        let list = bookings::slots(store, &round.id, class).await?;
        class_slots.push(list.into_iter().map(|s| (s.id, s.start.hour())).collect());
    }

    let mut out = Vec::with_capacity(families);
    for i in 0..families {
        let class = i / CLASS_SIZE;
        let child = children::create(
            store,
            &s.id,
            children::ChildFields {
                class: Some(&class_ids[class]),
                first_name: &format!("Kind{i}"),
                last_name: "Rush",
                birth_date: None,
            },
        )
        .await?;
        let email = Email::parse(&format!("ouder{i}@rush.example")).expect("an address");
        let g = guardians::create(
            store,
            &s.id,
            &child.id,
            guardians::GuardianFields {
                name: &format!("Ouder {i}"),
                email: Some(&email),
                phone: None,
                language: Language::Nl,
                right_to_info: true,
                interpreter: false,
            },
            guardians::HouseholdChoice::New,
        )
        .await?;
        let secret = sessions::create(store, samenspraak_core::ActorKind::Guardian, g.id.as_str(), &s.id).await?;
        out.push(Family {
            child: child.id,
            class,
            cookie: format!("sid={secret}"),
        });
    }
    Ok(School {
        round: round.id,
        families: out,
        slots: class_slots,
    })
}
