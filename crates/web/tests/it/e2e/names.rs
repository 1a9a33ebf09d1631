//! Every name prints as it is written. The letters, the day schedule, the door list, the
//! family's summary and the study sheet for children and guardians named "Ayşe Yılmaz",
//! "Łukasz Wiśniewski", "Олена Коваленко", "Ştefan Popescu" and "فاطمة الزهراء" are read
//! back by poppler's `pdftotext`, and every name is there exactly; the QR codes still read;
//! an Arabic letter and summary are saved as images to look at.

use crate::support::TestApp;
use samenspraak_core::Language;
use samenspraak_core::ids::{ChildId, GuardianId};
use samenspraak_store::Backend;
use samenspraak_store::children::{self, ChildFields};
use samenspraak_store::guardians::{self, GuardianFields, HouseholdChoice};

/// (child's first name, last name, guardian, the guardian's language).
const FAMILIES: [(&str, &str, &str, Language); 5] = [
    ("Ayşe", "Yılmaz", "Łukasz Wiśniewski", Language::Pl),
    ("Łukasz", "Wiśniewski", "Олена Коваленко", Language::Uk),
    ("Олена", "Коваленко", "Ştefan Popescu", Language::Ro),
    ("Ştefan", "Popescu", "فاطمة الزهراء", Language::Ar),
    ("فاطمة", "الزهراء", "Ayşe Yılmaz", Language::Tr),
];

/// The five families in 6A: their children and guardians, in the order above.
async fn families(app: &TestApp) -> Vec<(ChildId, GuardianId)> {
    let a = &app.world.a;
    let mut out = Vec::new();
    for (first, last, guardian, language) in FAMILIES {
        let child = children::create(
            &app.store,
            &a.id,
            ChildFields {
                class: Some(&a.class_6a),
                first_name: first,
                last_name: last,
                birth_date: None,
            },
        )
        .await
        .unwrap();
        let g = guardians::create(
            &app.store,
            &a.id,
            &child.id,
            GuardianFields {
                name: guardian,
                email: None,
                phone: None,
                language,
                right_to_info: true,
                interpreter: false,
            },
            HouseholdChoice::New,
        )
        .await
        .unwrap();
        out.push((child.id, g.id));
    }
    out
}

fn full_names() -> Vec<String> {
    FAMILIES.iter().map(|(f, l, _, _)| format!("{f} {l}")).collect()
}

#[tokio::test]
async fn the_letters_print_every_guardian_s_name_and_their_qr_code_reads() {
    let app = TestApp::spawn(Backend::Sqlite).await;
    let a = &app.world.a;
    let made = families(&app).await;
    let teacher = app.signed_in(&a.teacher).await;
    let url = format!("/rounds/{}/invitations/{}/letters.pdf", a.round, a.class_6a);
    let guardian_ids: Vec<(&str, String)> = made.iter().map(|(_, g)| ("guardian", g.to_string())).collect();
    let form: Vec<(&str, &str)> = guardian_ids.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let r = teacher.post_form(&url, &form).await;
    assert_eq!(r.status, 200);
    let printed = super::printed::Printed::new(&r.bytes);
    assert_eq!(printed.pages(), 5, "a letter per guardian");
    let text = printed.text();
    for (_, _, guardian, _) in FAMILIES {
        assert!(text.contains(guardian), "{guardian} is printed as written:\n{text}");
    }
    for first in ["Ayşe", "Łukasz", "Олена", "Ştefan", "فاطمة"] {
        assert!(text.contains(first), "the child {first} in a letter");
    }
    assert!(
        !text.contains("Ayse ") && !text.contains("Olena"),
        "nothing folded: {text}"
    );
    // Each letter in its guardian's language: Polish, Ukrainian, Romanian, Arabic, Turkish.
    for greeting in ["Łukasz Wiśniewski", "Олена Коваленко"] {
        assert!(
            text.lines().any(|l| l.contains(greeting) && l.len() > greeting.len()),
            "{greeting}"
        );
    }
    // The Arabic mother's letter alone: right to left, her name in Arabic script, the QR
    // code still leading to her portal.
    let fatima = made[3].1.to_string();
    let r = teacher.post_form(&url, &[("guardian", fatima.as_str())]).await;
    let letter = super::printed::Printed::new(&r.bytes);
    assert!(letter.text().contains("فاطمة الزهراء"), "{}", letter.text());
    assert!(
        letter.text().contains(&format!("{}/code", app.base)),
        "the address stays left to right"
    );
    let link = letter.first_page(120, "letter-ar-page-1");
    assert!(link.starts_with(&format!("{}/i/", app.base)), "{link}");
    // The link says her language: the page it opens speaks Arabic before she signs in,
    // unless she chose another.
    assert!(link.ends_with("?lang=ar"), "{link}");
    let parent = app.client();
    let landing = parent.get(link.trim_start_matches(&app.base)).await.body;
    assert!(landing.contains("<html lang=\"ar\" dir=\"rtl\">"), "{landing}");
    let dutch = app.client();
    dutch.set_cookie("lang", "nl");
    let chosen = dutch.get(link.trim_start_matches(&app.base)).await.body;
    assert!(chosen.contains("<html lang=\"nl\""), "{chosen}");
    assert_eq!(
        parent
            .post_form(link.trim_start_matches(&app.base), &[])
            .await
            .location(),
        Some("/family")
    );
    let portal = parent.get("/family").await.body;
    assert!(
        portal.contains("<html lang=\"ar\" dir=\"rtl\">"),
        "her portal in Arabic"
    );
    assert!(portal.contains("Ştefan Popescu"));
    app.stop().await;
}

#[tokio::test]
async fn the_schedule_and_the_door_list_print_every_child_and_guardian() {
    let app = TestApp::spawn(Backend::Sqlite).await;
    let a = &app.world.a;
    let made = families(&app).await;
    let day = crate::booking::open_booking(&app).await;
    let slots = crate::booking::slots_of_6a_in(&app, day, (16, 0), (17, 40), 20, "klas 6A").await;
    for ((child, _), slot) in made.iter().zip(&slots) {
        crate::booking::booked_by_school(&app, &slot.id, child).await;
    }
    let teacher = app.signed_in(&a.teacher).await;
    let base = format!("/rounds/{}/slots/{}", a.round, a.class_6a);
    let schedule = super::printed::Printed::new(&teacher.get(&format!("{base}/print.pdf")).await.bytes);
    let text = schedule.text();
    for name in full_names() {
        assert!(text.contains(&name), "{name} on the schedule:\n{text}");
    }
    for (_, _, guardian, _) in FAMILIES {
        assert!(text.contains(guardian), "{guardian} on the schedule:\n{text}");
    }
    // The slips each family takes home, printed from the page, each in its language.
    let slips = teacher.get(&format!("{base}/slips")).await.body;
    for first in ["Ayşe", "Łukasz", "Олена", "Ştefan", "فاطمة"] {
        assert!(slips.contains(first), "{first} on a slip");
    }
    assert!(
        slips.contains(r#"<section class="slip" lang="ar" dir="rtl">"#),
        "{slips}"
    );
    assert!(slips.contains(r#"<section class="slip" lang="uk" dir="ltr">"#));
    let door = super::printed::Printed::new(&teacher.get(&format!("{base}/door.pdf")).await.bytes).text();
    for short in ["Ayşe Y.", "Łukasz W.", "Олена К.", "Ştefan P."] {
        assert!(door.contains(short), "{short} on the door list:\n{door}");
    }
    assert!(door.contains("فاطمة"), "{door}");
    app.stop().await;
}

#[tokio::test]
async fn the_summary_and_the_study_sheet_print_the_child_s_name_in_arabic() {
    let app = TestApp::spawn(Backend::Sqlite).await;
    crate::conference::held_conference(&app).await;
    let a = &app.world.a;
    // Amira's family, now with an Arabic name for her and a mother who reads Arabic.
    sqlx::query("UPDATE child SET first_name = 'فاطمة', last_name = 'الزهراء' WHERE id = $1")
        .bind(a.child_6a.as_str())
        .execute(app.store.pool())
        .await
        .unwrap();
    sqlx::query("UPDATE guardian SET language = 'ar' WHERE id = $1")
        .bind(a.guardian_6a.as_str())
        .execute(app.store.pool())
        .await
        .unwrap();
    app.store.forget_all();
    let mother = app.signed_in_guardian().await;
    let mine = format!("/family/conference/{}/{}", a.round, a.child_6a);
    let summary = mother.get(&format!("{mine}/summary.pdf")).await;
    assert_eq!(summary.status, 200);
    let printed = super::printed::Printed::new(&summary.bytes);
    let text = printed.text();
    assert!(text.contains("فاطمة الزهراء"), "{text}");
    assert!(
        text.contains("Ze is trots op haar spreekbeurt over vulkanen."),
        "the teacher's Dutch words stay as written: {text}"
    );
    printed.first_page(110, "summary-ar-page-1");
    let sheet = mother.get(&format!("{mine}/study-choice.pdf")).await;
    assert_eq!(sheet.status, 200);
    let sheet = super::printed::Printed::new(&sheet.bytes);
    assert!(sheet.flat_text().contains("فاطمة الزهراء"), "{}", sheet.text());
    app.stop().await;
}
