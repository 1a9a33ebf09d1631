//! A small school to test against: one year, two classes, a teacher of one of them.

use jiff::civil::date;
use samenspraak_core::StaffRole;
use samenspraak_core::values::Email;
use samenspraak_store::classes::SchoolClass;
use samenspraak_store::schools::{School, SchoolYear};
use samenspraak_store::staff::{NewStaff, Staff};
use samenspraak_store::{Store, classes, schools, staff};

pub struct Fixture {
    pub school: School,
    pub year: SchoolYear,
    pub class_6a: SchoolClass,
    pub class_6b: SchoolClass,
    pub teacher: Staff,
}

pub async fn school(store: &Store, name: &str) -> Fixture {
    let school = schools::create(store, name).await.unwrap();
    let year = schools::create_year(
        store,
        &school.id,
        "2026-2027",
        date(2026, 9, 1),
        date(2027, 6, 30),
        &samenspraak_store::audit::Who::system(&school.id),
    )
    .await
    .unwrap();
    let class_6a = classes::create(store, &school.id, &year.id, "6A", Some(6))
        .await
        .unwrap();
    let class_6b = classes::create(store, &school.id, &year.id, "6B", Some(6))
        .await
        .unwrap();
    let email = Email::parse(&format!("juf.an@{}.be", school.id)).unwrap();
    let teacher = staff::create(
        store,
        NewStaff {
            school: &school.id,
            name: "Juf An",
            email: &email,
            password_hash: "x",
            role: StaffRole::Teacher,
            language: None,
        },
    )
    .await
    .unwrap();
    Fixture {
        school,
        year,
        class_6a,
        class_6b,
        teacher,
    }
}
