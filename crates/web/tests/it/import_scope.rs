//! A class-list import reaches only what the importer may write. School A's teacher has 6A;
//! Lotte Aalders is in 6B. A teacher's rows that name Lotte, her birth date in 700 guesses,
//! or her mother's e-mail change nothing outside 6A, and the preview reads exactly as for
//! a child nobody knows. Only the school admin's import moves a child, and says so.

use crate::on_both;
use crate::support::TestApp;
use samenspraak_core::Language;
use samenspraak_core::values::Email;
use samenspraak_store::guardians::{self, GuardianFields, HouseholdChoice};
use samenspraak_store::testing::snapshot;
use samenspraak_store::{children, classes};

const HEADER: &str = "Klas;Voornaam;Naam;Geboortedatum;Ouder 1 naam;Ouder 1 e-mail;Ouder 1 telefoon;Ouder 1 taal";
const MOTHER: &str = "moeder.lotte@a.example";

/// Lotte's real birth date (14/03/2015) among 700 guesses, all for the teacher's 6A, with
/// a row that names her mother's e-mail under another name and phone.
fn probing_list(first: &str) -> String {
    let mut csv = format!("{HEADER}\n");
    let start = jiff::civil::date(2014, 6, 1);
    for day in 0..700 {
        let birth = start.checked_add(jiff::Span::new().days(day)).unwrap();
        csv.push_str(&format!("6A;{first};Aalders;{};;;;\n", birth.strftime("%d/%m/%Y")));
    }
    csv.push_str(&format!(
        "6A;Wout;Aalders;01/01/2015;Kaper Aalders;{MOTHER};0499 99 99 99;Engels\n"
    ));
    csv
}

/// The preview with what differs between two uploads taken out: the import's id.
fn masked(body: &str, url: &str) -> String {
    body.replace(url, "/import/ID")
}

async fn give_lotte_a_mother(app: &TestApp) {
    let a = &app.world.a;
    let email = Email::parse(MOTHER).unwrap();
    guardians::create(
        &app.store,
        &a.id,
        &a.child_6b,
        GuardianFields {
            name: "Mama Aalders",
            email: Some(&email),
            phone: Some("0470 00 00 00"),
            language: Language::Nl,
            right_to_info: true,
            interpreter: false,
        },
        HouseholdChoice::New,
    )
    .await
    .unwrap();
}

on_both!(
    a_teachers_import_neither_reaches_nor_reveals_another_class,
    async |app: &TestApp| {
        give_lotte_a_mother(app).await;
        let a = &app.world.a;
        let teacher = app.signed_in(&a.teacher).await;

        // The same file with a first name nobody has: what a preview of strangers looks like.
        let r = teacher
            .post_file("/import", "file", "klas.csv", probing_list("Xotte").as_bytes())
            .await;
        let strangers_url = r.location().unwrap().to_string();
        let strangers = teacher.get(&strangers_url).await;
        assert!(
            strangers
                .body
                .contains("701 nieuwe leerlingen, 0 leerlingen die al gekend zijn"),
            "{}",
            strangers.body
        );

        let r = teacher
            .post_file("/import", "file", "klas.csv", probing_list("Lotte").as_bytes())
            .await;
        let url = r.location().unwrap().to_string();
        let probe = teacher.get(&url).await;
        assert_eq!(
            masked(&probe.body, &url).replace("Lotte", "Xotte"),
            masked(&strangers.body, &strangers_url),
            "the preview tells nothing about Lotte in 6B"
        );

        let before = snapshot(&app.store).await;
        let done = teacher.post_form(&url, &[]).await;
        assert_eq!(done.status, 200, "{}", done.body);
        let after = snapshot(&app.store).await;

        // Every row that was there is still there, unchanged: Lotte, her class, her mother's
        // name, phone and language. (Sign-in bookkeeping and the spent upload aside.)
        for (table, rows) in &before {
            if ["pending_import", "user_session"].contains(&table.as_str()) {
                continue;
            }
            for row in rows {
                assert!(after[table].contains(row), "{table}: {row} changed or went");
            }
        }
        let lotte = children::get(&app.store, &a.id, &a.child_6b).await.unwrap();
        assert_eq!(lotte.class_id.as_ref(), Some(&a.class_6b), "Lotte stays in 6B");
        let mother = guardians::of_child(&app.store, &a.child_6b).await.unwrap().remove(0);
        assert_eq!(
            (mother.name.as_str(), mother.phone.as_deref(), mother.language),
            ("Mama Aalders", Some("0470 00 00 00"), Language::Nl)
        );
        // What was added is in 6A: 701 children, and Lotte's mother linked to Wout.
        let in_6a = children::in_class(&app.store, &a.class_6a).await.unwrap();
        assert_eq!(in_6a.len(), 1 + 701);
        let wout = in_6a.iter().find(|c| c.first_name == "Wout").unwrap();
        let wouts = guardians::of_child(&app.store, &wout.id).await.unwrap();
        assert_eq!(wouts.iter().map(|g| g.id.clone()).collect::<Vec<_>>(), [mother.id]);
        let new_rows: usize = after.iter().map(|(t, r)| r.len() - before[t].len().min(r.len())).sum();
        assert!(new_rows >= 702, "children and a link were added");
    }
);

on_both!(
    only_the_school_admin_moves_a_child_and_the_preview_says_so,
    async |app: &TestApp| {
        give_lotte_a_mother(app).await;
        let a = &app.world.a;
        let list = format!("{HEADER}\n6A;Lotte;Aalders;14/03/2015;Mama Aalders;{MOTHER};0470 11 11 11;Frans\n");

        let admin = app.signed_in(&a.admin).await;
        let r = admin.post_file("/import", "file", "klas.csv", list.as_bytes()).await;
        let url = r.location().unwrap().to_string();
        let preview = admin.get(&url).await;
        assert!(preview.body.contains("Verhuist van 6B naar 6A"), "{}", preview.body);
        assert!(preview.body.contains("1 leerling verhuist naar een andere klas"));
        let done = admin.post_form(&url, &[]).await;
        assert!(
            done.body.contains("1 leerling naar een andere klas verhuisd"),
            "{}",
            done.body
        );
        let lotte = children::get(&app.store, &a.id, &a.child_6b).await.unwrap();
        assert_eq!(
            lotte.class_id.as_ref(),
            Some(&a.class_6a),
            "the admin's import moved her"
        );
        let mother = guardians::of_child(&app.store, &a.child_6b).await.unwrap().remove(0);
        assert_eq!(
            mother.phone.as_deref(),
            Some("0470 11 11 11"),
            "the admin updates a guardian"
        );

        // A teacher of both classes still cannot move her back by import.
        samenspraak_store::staff::set_assignments(
            &app.store,
            &a.id,
            &a.teacher_id,
            &[
                (a.class_6a.clone(), samenspraak_store::staff::AssignmentKind::Titular),
                (a.class_6b.clone(), samenspraak_store::staff::AssignmentKind::Titular),
            ],
            &samenspraak_store::audit::Who::system(&a.id),
        )
        .await
        .unwrap();
        let teacher = app.signed_in(&a.teacher).await;
        let back = list.replace("\n6A;", "\n6B;");
        let r = teacher.post_file("/import", "file", "klas.csv", back.as_bytes()).await;
        let url = r.location().unwrap().to_string();
        let preview = teacher.get(&url).await;
        assert!(
            preview
                .body
                .contains("Deze leerling zit nu in 6A. Een leerling naar een andere klas verhuizen doet de directie."),
            "{}",
            preview.body
        );
        let before = snapshot(&app.store).await;
        let forged = teacher.post_form(&url, &[]).await;
        assert_eq!(
            forged.location(),
            Some(url.as_str()),
            "a forged confirmation is sent back"
        );
        let after = snapshot(&app.store).await;
        assert_eq!(before["child"], after["child"]);
        assert_eq!(before["guardian"], after["guardian"]);
        let year_classes = classes::list(
            &app.store,
            &a.id,
            &samenspraak_store::schools::current_year(
                &app.store,
                &a.id,
                samenspraak_core::time::today(samenspraak_store::now()),
            )
            .await
            .unwrap()
            .unwrap()
            .id,
        )
        .await
        .unwrap();
        assert_eq!(year_classes.len(), 2);
    }
);

on_both!(one_pupil_is_one_pupil_in_the_preview, async |app: &TestApp| {
    let admin = app.signed_in(&app.world.a.admin).await;
    let list = "Klas;Voornaam;Naam;Geboortedatum\n6A;Noor;Aerts;02/05/2015\n6B;Lotte;Aalders;14/03/2015\n";
    let r = admin.post_file("/import", "file", "klas.csv", list.as_bytes()).await;
    let preview = admin.get(r.location().unwrap()).await;
    assert!(
        preview
            .body
            .contains("Alles ziet er goed uit: 1 nieuwe leerling, 1 leerling die al gekend is en wordt bijgewerkt."),
        "{}",
        preview.body
    );
});
