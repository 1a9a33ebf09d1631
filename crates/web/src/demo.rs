//! The demo school: fictional, generated in code and the same every time. A Flemish city
//! school with two 6th-grade classes and a 5th grade, families who speak French, English,
//! Arabic or Turkish at home, separated parents, a brother and sister in different classes,
//! and a round of KOM-gesprekken in progress.

use jiff::ToSpan;
use jiff::civil::{Date, date};
use samenspraak_core::ids::{ChildId, ClassId, RoundId, SchoolId};
use samenspraak_core::round::RoundPlan;
use samenspraak_core::time::today;
use samenspraak_core::values::Email;
use samenspraak_core::{Language, StaffRole};
use samenspraak_store::children::ChildFields;
use samenspraak_store::guardians::{GuardianFields, HouseholdChoice};
use samenspraak_store::staff::{AssignmentKind, NewStaff};
use samenspraak_store::{Store, StoreError, children, classes, guardians, rounds, schools, staff};

pub const SCHOOL_NAME: &str = "Basisschool De Regenboog";
/// Every demo account has this password; the demo prints it with the accounts.
pub const PASSWORD: &str = "kom-gesprek-demo";

pub struct DemoAccount {
    pub role: StaffRole,
    pub email: String,
    pub password: &'static str,
}

const STAFF: &[(&str, &str, StaffRole)] = &[
    ("Marc Verhaegen", "directie@regenboog.example", StaffRole::SchoolAdmin),
    ("Juf An De Smet", "an.desmet@regenboog.example", StaffRole::Teacher),
    ("Meester Tom Claes", "tom.claes@regenboog.example", StaffRole::Teacher),
    (
        "Juf Sofie Wouters",
        "sofie.wouters@regenboog.example",
        StaffRole::Teacher,
    ),
    ("Karen Maes", "zorg@regenboog.example", StaffRole::CareCoordinator),
];

/// What the demo prints: the staff accounts, and per class the code of its tablet.
pub struct Demo {
    pub accounts: Vec<DemoAccount>,
    /// (class name, class code), by class name.
    pub class_codes: Vec<(String, String)>,
    /// (guardian name, invitation token) for a few guardians to try the parent side with.
    pub guardian_links: Vec<(String, String)>,
}

/// The guardians the demo prints a link for: one who reads French and has children in two
/// classes, a separated parent, and another French-speaking parent.
const GUARDIANS_TO_TRY: [&str; 5] = [
    "Samira Bennani",
    "Koen Peeters",
    "Grace Kabongo",
    // An Arabic-speaking mother, her name in Arabic script: her portal reads right to left.
    "رانيا حداد",
    "Олена Коваленко",
];

/// Fresh letter invitations for the guardians to try (a link exists in full only when it is
/// made, so each start makes new ones).
async fn guardian_links(store: &Store, school: &SchoolId) -> Result<Vec<(String, String)>, StoreError> {
    let Some(round) = rounds::list(store, school).await?.into_iter().next() else {
        return Ok(Vec::new());
    };
    let Some((teacher, _)) = staff::find_for_login(store, STAFF[1].1).await? else {
        return Ok(Vec::new());
    };
    let mut links = Vec::new();
    for name in GUARDIANS_TO_TRY {
        for class in &round.classes {
            let found = guardians::of_class(store, class)
                .await?
                .into_iter()
                .find(|(_, g)| g.name == name);
            if let Some((_, g)) = found {
                let issued = samenspraak_store::invitations::issue(
                    store,
                    school,
                    &round.id,
                    &g.id,
                    samenspraak_core::invitation::Channel::Letter,
                    samenspraak_core::invitation::valid_until(round.plan.conference_until),
                    &samenspraak_store::audit::Who::staff(school, &teacher.id, ""),
                )
                .await?;
                links.push((name.to_string(), issued.token));
                break;
            }
        }
    }
    Ok(links)
}

/// Creates the demo school unless it exists; returns what to print either way.
pub async fn ensure(store: &Store) -> Result<Demo, StoreError> {
    let school = match schools::list(store).await?.into_iter().find(|s| s.name == SCHOOL_NAME) {
        Some(school) => school.id,
        None => create(store).await?,
    };
    let today = samenspraak_core::time::today(samenspraak_store::now());
    let mut class_codes = Vec::new();
    if let Some(year) = schools::current_year(store, &school, today).await? {
        for class in classes::list(store, &school, &year.id).await? {
            let code = samenspraak_store::tablet::class_code(store, &class.id).await?;
            class_codes.push((class.name, code));
        }
    }
    let guardian_links = guardian_links(store, &school).await?;
    Ok(Demo {
        guardian_links,
        accounts: STAFF
            .iter()
            .map(|(_, email, role)| DemoAccount {
                role: *role,
                email: (*email).to_string(),
                password: PASSWORD,
            })
            .collect(),
        class_codes,
    })
}

/// A tiny deterministic generator, so the demo is the same on every machine.
struct Dice(u64);

impl Dice {
    fn next(&mut self, n: usize) -> usize {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        ((self.0 >> 33) % n as u64) as usize
    }
}

const FIRST_NAMES: &[&str] = &[
    "Lotte", "Noah", "Fien", "Arthur", "Mila", "Lucas", "Nora", "Jules", "Ella", "Louis", "Hanne", "Rayan", "Lina",
    "Mohamed", "Zeynep", "Wout", "Ines", "Senne", "Yasmina", "Finn", "Marie", "Adam", "Elif", "Victor", "Sara",
    "Milan", "Jana", "Ilias", "Aya", "Stan", "Olivia", "Kobe", "Liv", "Bilal", "Emma", "Mats", "Hajar", "Lars", "Nour",
    "Tuur",
];

const LAST_NAMES: &[&str] = &[
    "Janssens",
    "Peeters",
    "Maes",
    "Jacobs",
    "Mertens",
    "Willems",
    "Claes",
    "Goossens",
    "Wouters",
    "De Smet",
    "Dubois",
    "Lambert",
    "Vermeulen",
    "Aydın",
    "Benali",
    "Kowalski",
    "Mukendi",
    "Haddad",
    "Van Damme",
    "Desmet",
    "El Idrissi",
    "Öztürk",
    "Nguyen",
    "Popescu",
    "De Backer",
    "Hermans",
    "Bouzid",
    "Verstraete",
    "Lemmens",
    "Diallo",
];

const PARENT_FIRST: &[&str] = &[
    "Els", "Koen", "Sofie", "Bart", "Leen", "Pieter", "Nadia", "Karim", "Katrien", "Wim", "Fatima", "Hasan", "Ann",
    "Tom", "Marta", "Jean", "Griet", "Dirk", "Leila", "Mehmet",
];

struct Family {
    guardians: &'static [(&'static str, Option<&'static str>, Language, u8)],
    children: &'static [(&'static str, &'static str, usize, Date)],
}

/// The families every demo needs: (name, email, language, household number) and
/// (first name, last name, class index, birth date).
const FAMILIES: &[Family] = &[
    // A brother and sister in 6A and 5A; mum speaks French, dad Arabic.
    Family {
        guardians: &[
            ("Samira Bennani", Some("samira.bennani@example.be"), Language::Fr, 1),
            (
                "Youssef El Amrani",
                Some("youssef.elamrani@example.be"),
                Language::Ar,
                1,
            ),
        ],
        children: &[
            ("Amira", "El Amrani", 0, date(2015, 3, 14)),
            ("Yassin", "El Amrani", 2, date(2016, 10, 2)),
        ],
    },
    // Separated parents: two households, both with the right to information.
    Family {
        guardians: &[
            ("Els Vermeulen", Some("els.vermeulen@example.be"), Language::Nl, 1),
            ("Koen Peeters", Some("koen.peeters@example.be"), Language::Nl, 2),
        ],
        children: &[("Lotte", "Peeters", 1, date(2015, 5, 2))],
    },
    Family {
        guardians: &[("Ayşe Yılmaz", Some("ayse.yilmaz@example.be"), Language::Tr, 1)],
        children: &[("Emre", "Yılmaz", 0, date(2015, 8, 21))],
    },
    Family {
        guardians: &[
            ("Grace Kabongo", Some("grace.kabongo@example.be"), Language::Fr, 1),
            ("Patrick Kabongo", None, Language::Fr, 1),
        ],
        children: &[("Noah", "Kabongo", 1, date(2015, 1, 30))],
    },
    Family {
        guardians: &[("Anna Nowak", Some("anna.nowak@example.be"), Language::Pl, 1)],
        children: &[("Olivia", "Nowak", 2, date(2016, 6, 9))],
    },
    Family {
        guardians: &[("رانيا حداد", Some("rania.haddad@example.be"), Language::Ar, 1)],
        children: &[("Omar", "Haddad", 1, date(2015, 11, 11))],
    },
    Family {
        guardians: &[("Олена Коваленко", Some("olena.kovalenko@example.be"), Language::Uk, 1)],
        children: &[("Sofiia", "Kovalenko", 0, date(2015, 7, 3))],
    },
    Family {
        guardians: &[("Ştefan Popescu", None, Language::Ro, 1)],
        children: &[("Ana", "Popescu", 2, date(2016, 2, 17))],
    },
    Family {
        guardians: &[("Мария Петрова", Some("maria.petrova@example.be"), Language::Bg, 1)],
        children: &[("Viktor", "Petrov", 1, date(2015, 9, 25))],
    },
];

const CLASSES: &[(&str, i64, usize)] = &[("6A", 6, 22), ("6B", 6, 21), ("5A", 5, 19)];

async fn create(store: &Store) -> Result<SchoolId, StoreError> {
    let school = schools::create(store, SCHOOL_NAME).await?;
    let now = today(samenspraak_store::now());
    let (year_name, starts, ends) = schools::year_around(now);
    let year = schools::create_year(
        store,
        &school.id,
        &year_name,
        starts,
        ends,
        &samenspraak_store::audit::Who::system(&school.id),
    )
    .await?;
    let mut class_ids = Vec::new();
    for (name, grade, _) in CLASSES {
        class_ids.push(
            classes::create(store, &school.id, &year.id, name, Some(*grade))
                .await?
                .id,
        );
    }
    create_staff(store, &school.id, &class_ids).await?;
    for (class, (_, grade, _)) in class_ids.iter().zip(CLASSES) {
        create_jar(store, &school.id, class, *grade).await?;
        create_moments(store, &school.id, class).await?;
        create_activities(store, &school.id, class, now).await?;
        create_learning_wall(store, &school.id, class, now).await?;
    }

    let mut counts = vec![0usize; CLASSES.len()];
    for family in FAMILIES {
        create_family(store, &school.id, &class_ids, family, &mut counts).await?;
    }
    let mut dice = Dice(2026);
    for (i, (_, grade, size)) in CLASSES.iter().enumerate() {
        while counts[i] < *size {
            let first = FIRST_NAMES[dice.next(FIRST_NAMES.len())];
            let last = LAST_NAMES[dice.next(LAST_NAMES.len())];
            let birth_year = (year.starts_on.year() - 5 - *grade as i16) as i16;
            let birth = date(birth_year, (dice.next(12) + 1) as i8, (dice.next(28) + 1) as i8);
            let fields = ChildFields {
                class: Some(&class_ids[i]),
                first_name: first,
                last_name: last,
                birth_date: Some(birth),
            };
            // The same name twice in one school is skipped: the match key is unique.
            let Ok(child) = children::create(store, &school.id, fields).await else {
                continue;
            };
            counts[i] += 1;
            add_generated_guardians(store, &school.id, &child.id, last, &mut dice).await?;
        }
    }
    create_round(store, &school.id, &class_ids, now).await?;
    Ok(school.id)
}

/// What Amira (6A) filled in with her teacher in her child talk, so that the preparation and
/// the conversation screen of the demo have something to show: the thermometer, the smileys,
/// the spider web, the interest grid and her picks from the learning wall.
async fn amira_prepares(
    store: &Store,
    round: &RoundId,
    class: &ClassId,
    today: Date,
    off: &[samenspraak_core::calendar::DayOff],
) -> Result<(), StoreError> {
    use samenspraak_store::instruments::{self, SMILEYS, SPIDER_WEB, THERMOMETER};
    use samenspraak_store::learning_wall::Pick;
    let Some(amira) = children::in_class(store, class)
        .await?
        .into_iter()
        .find(|c| c.first_name == "Amira")
    else {
        return Ok(());
    };
    let values = [
        (THERMOMETER, "7|Ik heb veel vriendinnen, maar Frans gaat nog moeizaam."),
        (
            SPIDER_WEB,
            "alone=4;together=5;asking_help=2;planning=3;reading=4;maths=3;sport=2;creativity=5",
        ),
        (
            SMILEYS,
            "like_school=4;friends=5;work_not_too_hard=2;dare_to_ask=2;concentrate=3;safe_playground=5",
        ),
    ];
    for (instrument, value) in values {
        instruments::set(store, round, &amira.id, instrument, value).await?;
    }
    let wall = samenspraak_store::learning_wall::items(store, class).await?;
    let picks: Vec<(String, Pick)> = wall
        .iter()
        .filter_map(|item| match item.title.as_str() {
            "Een zakelijke brief schrijven" | "Samen een ruzie uitpraten" => Some((item.id.clone(), Pick::Proud)),
            "De getallen tot honderd in het Frans" => Some((item.id.clone(), Pick::Hard)),
            _ => None,
        })
        .collect();
    samenspraak_store::learning_wall::set_picks(store, round, class, &amira.id, &picks).await?;
    let ratings: Vec<(String, bool, bool)> = samenspraak_store::activities::of_class(store, class)
        .await?
        .iter()
        .enumerate()
        .map(|(i, a)| (a.id.clone(), i % 3 != 2, i % 2 == 1))
        .collect();
    samenspraak_store::activities::rate(store, round, class, &amira.id, &ratings).await?;
    // Her talk itself: held in the class's last moment before today, and marked done.
    use samenspraak_store::child_talks;
    let moments = child_talks::moments(store, class).await?;
    let mut day = today.yesterday().expect("date in range");
    let held = loop {
        let moment = moments.iter().find(|m| m.weekday == day.weekday());
        if let Some(m) = moment
            && samenspraak_core::calendar::is_school_day(day, off)
        {
            break Some((day, m));
        }
        if (today - day).get_days() > 14 {
            break None;
        }
        day = day.yesterday().expect("date in range");
    };
    if let Some((day, moment)) = held {
        let minutes = child_talks::settings(store, round).await?.talk_minutes;
        let talk = samenspraak_core::planner::Talk {
            date: day,
            start: moment.start,
            moment: moment.id.clone(),
            child: amira.id.clone(),
        };
        child_talks::save_plan(store, round, class, minutes, &[talk]).await?;
        if let Some(stored) = child_talks::talks(store, round, class).await?.first() {
            let done = samenspraak_core::child_talk::TalkStatus::Done;
            child_talks::update_talk(store, round, &stored.id, done, false, None).await?;
        }
    }
    Ok(())
}

/// The consents 6A's parents gave on the enrolment form in September, as the class's
/// teacher wrote them down: a video for most, photos for all, the portfolio for some.
async fn record_consents(store: &Store, school: &SchoolId, class: &ClassId, today: Date) -> Result<(), StoreError> {
    use samenspraak_store::consent::{self, Purpose};
    let mut teacher = None;
    for s in samenspraak_store::staff::list(store, school).await? {
        let kinds = samenspraak_store::staff::assignments(store, &s.id).await?;
        if kinds
            .iter()
            .any(|(c, k)| c == class && *k == samenspraak_store::staff::AssignmentKind::Titular)
        {
            teacher = Some(s);
            break;
        }
    }
    let teacher = teacher.ok_or(StoreError::NotFound)?;
    let who = samenspraak_store::audit::Who::staff(school, &teacher.id, "");
    let given_on = Date::new(today.year() - i16::from(today.month() < 9), 9, 4)
        .unwrap_or(today)
        .min(today);
    for (i, child) in children::in_class(store, class).await?.iter().enumerate() {
        for purpose in Purpose::ALL {
            let given = match purpose {
                Purpose::Video => i % 7 != 3,
                Purpose::Photos => true,
                Purpose::Portfolio => i % 2 == 0,
            };
            if given {
                consent::give(
                    store,
                    school,
                    &child.id,
                    purpose,
                    "inschrijvingsformulier",
                    given_on,
                    &who,
                )
                .await?;
            }
        }
    }
    Ok(())
}

/// Each class's weekly moments for child talks, as a teacher would enter them.
async fn create_moments(store: &Store, school: &SchoolId, class: &ClassId) -> Result<(), StoreError> {
    use jiff::civil::{Weekday, time};
    use samenspraak_core::child_talk::MomentKind;
    use samenspraak_store::child_talks::{self, NewMoment};
    let week = [
        (
            MomentKind::CornerWork,
            Weekday::Monday,
            (8, 45),
            (10, 15),
            "de leeshoek",
        ),
        (
            MomentKind::CornerWork,
            Weekday::Tuesday,
            (8, 45),
            (10, 15),
            "de leeshoek",
        ),
        (
            MomentKind::IndependentWork,
            Weekday::Thursday,
            (13, 15),
            (14, 45),
            "het lokaal naast de klas",
        ),
        (MomentKind::LunchBreak, Weekday::Friday, (12, 10), (12, 50), "de klas"),
    ];
    for (kind, weekday, from, to, place) in week {
        let m = NewMoment {
            kind,
            weekday,
            start: time(from.0, from.1, 0, 0),
            end: time(to.0, to.1, 0, 0),
            place,
        };
        child_talks::add_moment(store, school, class, m).await?;
    }
    Ok(())
}

/// A question jar to start from: one question of every category that suits the grade.
/// hf1, po1 and fu2 stay in the bank, for the teacher to add in the demo.
async fn create_jar(store: &Store, school: &SchoolId, class: &ClassId, grade: i64) -> Result<(), StoreError> {
    use samenspraak_core::question_bank::{BANK, Category};
    let mut picked = Vec::new();
    for category in Category::ALL {
        let suitable = BANK
            .iter()
            .filter(|q| q.category == category && q.suits(Some(grade)) && !["hf1", "po1", "fu2"].contains(&q.id));
        for q in suitable.take(2) {
            picked.push((q.id, q.category, q.text(Language::Nl)));
        }
    }
    samenspraak_store::question_jar::add_from_bank(store, school, class, &picked).await?;
    Ok(())
}

/// The class activities of the last weeks, one per study domain, for the talent grid.
async fn create_activities(store: &Store, school: &SchoolId, class: &ClassId, today: Date) -> Result<(), StoreError> {
    use samenspraak_core::interest::Domain;
    let list = [
        ("Een brug bouwen met spaghetti", Domain::Stem),
        ("Spreekbeurt over een hobby", Domain::LanguageCulture),
        ("Het klasfeest organiseren", Domain::EconomicsOrganisation),
        ("Een nieuwe leerling op weg helpen", Domain::SocietyWelfare),
        ("Een stripverhaal tekenen", Domain::ArtsCreation),
        ("Dansen op de speelplaats", Domain::Sport),
        ("Pannenkoeken bakken", Domain::FoodHospitality),
        ("Zorgen voor de moestuin", Domain::AgricultureNature),
    ];
    for (i, (title, domain)) in list.into_iter().enumerate() {
        let day = today.checked_sub((3 * i as i64 + 2).days()).expect("date in range");
        samenspraak_store::activities::add(store, school, class, title, domain.as_str(), day).await?;
    }
    Ok(())
}

/// The sokkenmuur of the last weeks: what the class learned, not only school subjects.
async fn create_learning_wall(
    store: &Store,
    school: &SchoolId,
    class: &ClassId,
    today: Date,
) -> Result<(), StoreError> {
    let wall = [
        ("Breuken vereenvoudigen", "Wiskunde"),
        ("Een zakelijke brief schrijven", "Nederlands"),
        ("De getallen tot honderd in het Frans", "Frans"),
        ("Samen een ruzie uitpraten", "Samenleven"),
        ("De Belgische revolutie van 1830", "Wereldoriëntatie"),
        ("Een drukverband aanleggen", "EHBO"),
    ];
    for (i, (title, area)) in wall.into_iter().enumerate() {
        let day = today.checked_sub((4 * i as i64 + 1).days()).expect("date in range");
        samenspraak_store::learning_wall::add(store, school, class, title, area, day).await?;
    }
    Ok(())
}

async fn create_staff(store: &Store, school: &SchoolId, class_ids: &[ClassId]) -> Result<(), StoreError> {
    let hash = password_auth::generate_hash(PASSWORD);
    for (i, (name, email, role)) in STAFF.iter().enumerate() {
        let email = Email::parse(email).expect("demo emails are valid");
        let s = staff::create(
            store,
            NewStaff {
                school,
                name,
                email: &email,
                password_hash: &hash,
                role: *role,
                language: None,
            },
        )
        .await?;
        // Teachers 1–3 are titular of 6A, 6B, 5A; Meester Tom also co-teaches in 6A.
        let mut assigned = Vec::new();
        if *role == StaffRole::Teacher {
            assigned.push((class_ids[i - 1].clone(), AssignmentKind::Titular));
            if i == 2 {
                assigned.push((class_ids[0].clone(), AssignmentKind::CoTeacher));
            }
        }
        staff::set_assignments(
            store,
            school,
            &s.id,
            &assigned,
            &samenspraak_store::audit::Who::system(school),
        )
        .await?;
    }
    Ok(())
}

async fn create_family(
    store: &Store,
    school: &SchoolId,
    class_ids: &[ClassId],
    family: &Family,
    counts: &mut [usize],
) -> Result<(), StoreError> {
    let mut kids: Vec<ChildId> = Vec::new();
    for (first, last, class, birth) in family.children {
        let fields = ChildFields {
            class: Some(&class_ids[*class]),
            first_name: first,
            last_name: last,
            birth_date: Some(*birth),
        };
        kids.push(children::create(store, school, fields).await?.id);
        counts[*class] += 1;
    }
    let mut households: Vec<(u8, samenspraak_core::ids::HouseholdId)> = Vec::new();
    for (name, email, language, household) in family.guardians {
        let email = email.map(|e| Email::parse(e).expect("demo emails are valid"));
        let fields = GuardianFields {
            name,
            email: email.as_ref(),
            phone: None,
            language: *language,
            right_to_info: true,
            interpreter: false,
        };
        let existing = households.iter().find(|(n, _)| n == household).map(|(_, h)| h.clone());
        let choice = match &existing {
            Some(h) => HouseholdChoice::Existing(h),
            None => HouseholdChoice::New,
        };
        let g = guardians::create(store, school, &kids[0], fields, choice).await?;
        if existing.is_none() {
            households.push((*household, g.household_id.clone()));
        }
        for sibling in &kids[1..] {
            guardians::link_child(store, sibling.as_str(), g.id.as_str()).await?;
        }
    }
    Ok(())
}

async fn add_generated_guardians(
    store: &Store,
    school: &SchoolId,
    child: &ChildId,
    last: &str,
    dice: &mut Dice,
) -> Result<(), StoreError> {
    let count = 1 + dice.next(2);
    let language = [
        Language::Nl,
        Language::Nl,
        Language::Nl,
        Language::Nl,
        Language::Fr,
        Language::En,
    ][dice.next(6)];
    let mut household = None;
    for _ in 0..count {
        let first = PARENT_FIRST[dice.next(PARENT_FIRST.len())];
        let name = format!("{first} {last}");
        let slug: String = format!("{first}.{last}.{}", dice.next(1000))
            .to_lowercase()
            .chars()
            .filter(|c| c.is_ascii_alphanumeric() || *c == '.')
            .collect();
        let email = Email::parse(&format!("{slug}@example.be")).ok();
        let phone = format!("0470 {:02} {:02} {:02}", dice.next(100), dice.next(100), dice.next(100));
        let fields = GuardianFields {
            name: &name,
            email: email.as_ref(),
            phone: Some(&phone),
            language,
            right_to_info: true,
            interpreter: false,
        };
        let choice = match &household {
            Some(h) => HouseholdChoice::Existing(h),
            None => HouseholdChoice::New,
        };
        let g = guardians::create(store, school, child, fields, choice).await?;
        household.get_or_insert(g.household_id);
    }
    Ok(())
}

async fn create_round(store: &Store, school: &SchoolId, class_ids: &[ClassId], today: Date) -> Result<(), StoreError> {
    // In progress on the day the demo is made: the child talks have started and run three
    // more weeks of school; booking opens in two weeks.
    let day = |n: i64| today.checked_add(n.days()).expect("date in range");
    // The school calendar decides: no phase starts, ends or closes on a holiday or a free day.
    let off = samenspraak_core::calendar::flemish_days_off_from(today);
    let school_day = |d: Date| samenspraak_core::calendar::is_school_day(d, &off);
    let before = |d: Date| samenspraak_core::calendar::school_day_on_or_before(d, &off);
    // The child talks run three weeks of school from today (a holiday in between does not
    // count), so that every child of a class fits into its weekly moments.
    let mut child_talk_until = today;
    let mut school_days = 0;
    while school_days < 15 {
        child_talk_until = child_talk_until.tomorrow().expect("date in range");
        if school_day(child_talk_until) {
            school_days += 1;
        }
    }
    // The conversations from a Monday to a Thursday about four weeks out and at least a week
    // after the child talks, on school days.
    let mut monday = day(28).max(child_talk_until.checked_add(7.days()).expect("date in range"));
    while monday.weekday() != jiff::civil::Weekday::Monday
        || ![0, 1, 3]
            .iter()
            .all(|n| school_day(monday.checked_add(n.days()).expect("date in range")))
    {
        monday = monday.tomorrow().expect("date in range");
    }
    let thursday = monday.checked_add(3.days()).expect("date in range");
    // Booking closes on the last school day before the conversations' week.
    let friday_before = before(monday.checked_sub(3.days()).expect("date in range"));
    let plan = RoundPlan {
        name: format!(
            "KOM-gesprekken {}",
            crate::i18n::Tr::new(Language::Nl).t(&format!("month-{}", monday.month()))
        ),
        child_talk_from: day(-7),
        child_talk_until,
        parent_prep_until: Some(before(child_talk_until.checked_add(2.days()).expect("date in range"))),
        // Two weeks from now, and at least four days before booking closes.
        booking_opens: day(14)
            .min(friday_before.checked_sub(4.days()).expect("date in range"))
            .at(19, 0, 0, 0),
        booking_closes: friday_before.at(12, 0, 0, 0),
        conference_from: monday,
        conference_until: thursday,
        follow_up_on: Some(before(day(90))),
    };
    let admin = staff::find_for_login(store, STAFF[0].1)
        .await?
        .ok_or(StoreError::NotFound)?
        .0;
    let round = rounds::create(store, school, &plan, class_ids, &admin.id).await?;
    // Where the families of the 6th grade read up on secondary school.
    for (title, url) in [
        (
            "Onderwijskiezer: alle richtingen in het secundair",
            "https://www.onderwijskiezer.be",
        ),
        (
            "CLBch@t: vragen over de studiekeuze aan het CLB",
            "https://www.clbchat.be",
        ),
    ] {
        samenspraak_store::study_resources::add(store, school, title, url).await?;
    }
    amira_prepares(store, &round.id, &class_ids[0], today, &off).await?;
    record_consents(store, school, &class_ids[0], today).await?;
    // Conversation times on Monday, Tuesday and Thursday after school, in each classroom:
    // ready for booking when it opens (or sooner, if the school moves the opening).
    let afternoon = samenspraak_core::booking::DayPlan::new(
        jiff::civil::time(15, 30, 0, 0),
        jiff::civil::time(18, 30, 0, 0),
        20,
        0,
    )
    .map_err(|(field, _)| StoreError::Other(format!("demo day plan: {field}")))?;
    for class in class_ids {
        let room = format!(
            "klas {}",
            samenspraak_store::classes::get(store, school, class).await?.name
        );
        for day in [monday, monday.tomorrow().expect("date in range"), thursday] {
            samenspraak_store::bookings::add_day(
                store,
                school,
                &round.id,
                class,
                day,
                &afternoon,
                samenspraak_store::bookings::DayDetails {
                    room: &room,
                    ..Default::default()
                },
            )
            .await?;
        }
    }
    Ok(())
}
