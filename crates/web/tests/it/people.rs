//! The school admin manages classes, children, guardians and the team.

use crate::on_both;
use crate::support::TestApp;
use samenspraak_store::{children, guardians, staff};

on_both!(classes_children_and_separated_parents, async |app: &TestApp| {
    let a = &app.world.a;
    let admin = app.signed_in(&a.admin).await;
    let r = admin.post_form("/classes", &[("name", "6A"), ("grade", "6")]).await;
    assert_eq!(r.status, 422);
    assert_eq!(
        r.text_of("name-error").as_deref(),
        Some("Dit is al in gebruik. Kies iets anders.")
    );
    let r = admin.post_form("/classes", &[("name", "5B"), ("grade", "9")]).await;
    assert_eq!(
        r.text_of("grade-error").as_deref(),
        Some("Kies een van de mogelijkheden.")
    );
    let r = admin.post_form("/classes", &[("name", "5B"), ("grade", "5")]).await;
    assert_eq!(r.status, 303);
    let class_page = r.location().unwrap().to_string();
    let class_id = class_page.rsplit('/').next().unwrap().to_string();

    let r = admin
        .post_form(
            "/children",
            &[
                ("first_name", "Vic"),
                ("last_name", "Aerts"),
                ("birth_date", "31/02/2016"),
                ("class", &class_id),
            ],
        )
        .await;
    assert_eq!(
        r.text_of("birth_date-error").as_deref(),
        Some("Dit is geen bestaande datum. Schrijf dag/maand/jaar, bijvoorbeeld 14/03/2015.")
    );
    assert!(r.body.contains("value=\"Vic\""));
    let r = admin
        .post_form(
            "/children",
            &[
                ("first_name", "Vic"),
                ("last_name", "Aerts"),
                ("birth_date", "29/02/2016"),
                ("class", &class_id),
            ],
        )
        .await;
    assert_eq!(r.status, 303);
    let child_page = r.location().unwrap().to_string();
    let child_id = samenspraak_core::ids::ChildId(child_page.rsplit('/').next().unwrap().to_string());

    let add = format!("{child_page}/guardians");
    let r = admin
        .post_form(
            &add,
            &[
                ("name", "Ilse Aerts"),
                ("email", "ilse@example"),
                ("language", "nl"),
                ("household", "new"),
                ("right_to_info", "on"),
            ],
        )
        .await;
    assert_eq!(
        r.text_of("email-error").as_deref(),
        Some("Dit is geen geldig e-mailadres. Een e-mailadres ziet eruit als naam@voorbeeld.be."),
        "{}",
        r.body
    );
    admin
        .post_form(
            &add,
            &[
                ("name", "Ilse Aerts"),
                ("email", "ilse@example.be"),
                ("language", "nl"),
                ("household", "new"),
                ("right_to_info", "on"),
            ],
        )
        .await;
    // The father lives elsewhere: a household of his own, his own language.
    admin
        .post_form(
            &add,
            &[
                ("name", "Jean Dubois"),
                ("language", "fr"),
                ("household", "new"),
                ("right_to_info", "on"),
            ],
        )
        .await;
    let family = guardians::of_child(&app.store, &child_id).await.unwrap();
    assert_eq!(family.len(), 2);
    assert_ne!(family[0].household_id, family[1].household_id);
    let page = admin.get(&child_page).await;
    assert!(
        page.body.contains("Gezin 1") && page.body.contains("Gezin 2"),
        "{}",
        page.body
    );
    assert!(page.body.contains("Spreekt liefst Frans"));
    assert_eq!(
        children::in_class(&app.store, &samenspraak_core::ids::ClassId(class_id))
            .await
            .unwrap()
            .len(),
        1
    );
});

on_both!(the_team_is_managed_and_new_members_sign_in, async |app: &TestApp| {
    let a = &app.world.a;
    let admin = app.signed_in(&a.admin).await;
    let class_field = format!("class_{}", a.class_6b);
    let r = admin
        .post_form(
            "/staff",
            &[
                ("name", "Meester Bram"),
                ("email", "bram@a.example"),
                ("role", "teacher"),
                ("password", "kort"),
                (&class_field, "titular"),
            ],
        )
        .await;
    assert_eq!(r.status, 422);
    assert_eq!(
        r.text_of("password-error").as_deref(),
        Some("Kies een wachtwoord van minstens 10 tekens.")
    );
    assert!(r.body.contains("value=\"Meester Bram\""));
    let r = admin
        .post_form(
            "/staff",
            &[
                ("name", "Meester Bram"),
                ("email", a.teacher.as_str()),
                ("role", "teacher"),
                ("password", "lang-genoeg-1"),
                (&class_field, "titular"),
            ],
        )
        .await;
    assert_eq!(
        r.text_of("email-error").as_deref(),
        Some("Dit is al in gebruik. Kies iets anders.")
    );
    let r = admin
        .post_form(
            "/staff",
            &[
                ("name", "Meester Bram"),
                ("email", "Bram@A.example"),
                ("role", "teacher"),
                ("password", "lang-genoeg-1"),
                (&class_field, "titular"),
            ],
        )
        .await;
    assert_eq!(r.status, 303);

    let bram = app.client();
    let r = bram
        .post_form("/login", &[("email", "bram@a.example"), ("password", "lang-genoeg-1")])
        .await;
    assert_eq!(r.status, 303);
    assert_eq!(
        bram.get(&format!("/classes/{}", a.class_6b)).await.status,
        200,
        "his class"
    );
    assert_eq!(
        bram.get(&format!("/classes/{}", a.class_6a)).await.status,
        404,
        "not his class"
    );

    // A new password signs him out everywhere.
    let id = staff::find_for_login(&app.store, "bram@a.example")
        .await
        .unwrap()
        .unwrap()
        .0
        .id;
    let r = admin
        .post_form(
            &format!("/staff/{id}"),
            &[
                ("name", "Meester Bram"),
                ("email", "bram@a.example"),
                ("role", "teacher"),
                ("language", "en"),
                ("password", "nog-een-ander-1"),
            ],
        )
        .await;
    assert_eq!(r.status, 303);
    assert_eq!(bram.get("/").await.status, 303);
    let r = bram
        .post_form(
            "/login",
            &[("email", "bram@a.example"), ("password", "nog-een-ander-1")],
        )
        .await;
    assert_eq!(r.status, 303);
    assert!(
        bram.get("/").await.body.contains("Hello Bram"),
        "his language setting follows him"
    );
    assert_eq!(
        bram.get(&format!("/classes/{}", a.class_6b)).await.status,
        404,
        "no classes chosen any more"
    );

    // Nobody deactivates themselves.
    let admin_id = staff::find_for_login(&app.store, &a.admin).await.unwrap().unwrap().0.id;
    assert_eq!(
        admin
            .post_form(&format!("/staff/{admin_id}/active"), &[("active", "0")])
            .await
            .status,
        400
    );
});

on_both!(the_school_and_its_years, async |app: &TestApp| {
    let a = &app.world.a;
    let admin = app.signed_in(&a.admin).await;
    let page = admin.get("/school").await;
    assert!(page.body.contains("Nu bezig"), "the current year is marked");
    assert!(
        page.body.contains("value=\"School A\""),
        "the school's name is in its field"
    );
    let r = admin
        .post_form(
            "/school/years",
            &[
                ("year_name", "2027-2028"),
                ("starts_on", "2027-09-01"),
                ("ends_on", "2027-06-30"),
            ],
        )
        .await;
    assert_eq!(r.status, 422);
    assert_eq!(
        r.text_of("ends_on-error").as_deref(),
        Some("Deze datum ligt vóór het begin. Kies een latere datum.")
    );
    let r = admin
        .post_form(
            "/school/years",
            &[
                ("year_name", "2027-2028"),
                ("starts_on", "2027-09-01"),
                ("ends_on", "2028-06-30"),
            ],
        )
        .await;
    assert_eq!(r.status, 303);
    let r = admin
        .post_form(
            "/school/years",
            &[
                ("year_name", "2027-2028"),
                ("starts_on", "2027-09-01"),
                ("ends_on", "2028-06-30"),
            ],
        )
        .await;
    assert_eq!(
        r.text_of("year_name-error").as_deref(),
        Some("Dit is al in gebruik. Kies iets anders.")
    );
    assert_eq!(
        samenspraak_store::schools::years(&app.store, &a.id)
            .await
            .unwrap()
            .len(),
        2
    );

    let r = admin.post_form("/school", &[("name", "  ")]).await;
    assert_eq!(r.text_of("name-error").as_deref(), Some("Vul dit veld in."));
    admin
        .post_form("/school", &[("name", "Basisschool De Regenboog")])
        .await;
    assert!(
        admin.get("/").await.body.contains("Basisschool De Regenboog"),
        "the header shows the new name"
    );
});

on_both!(parents_who_separate_get_a_household_each, async |app: &TestApp| {
    let a = &app.world.a;
    let admin = app.signed_in(&a.admin).await;
    let child_page = format!("/children/{}", a.child_6a);
    // The father joins the mother's household first.
    let form = admin.get(&format!("{child_page}/guardians/new")).await;
    let select = form.body.split("name=\"household\"").nth(1).unwrap();
    let household = select
        .split("<option value=\"")
        .nth(1)
        .unwrap()
        .split('"')
        .next()
        .unwrap()
        .to_string();
    assert_ne!(household, "new", "the mother's household is offered first");
    let r = admin
        .post_form(
            &format!("{child_page}/guardians"),
            &[
                ("name", "Omar Aalders"),
                ("language", "ar"),
                ("household", &household),
                ("right_to_info", "on"),
            ],
        )
        .await;
    assert_eq!(r.status, 303);
    let family = guardians::of_child(&app.store, &a.child_6a).await.unwrap();
    assert_eq!(family.len(), 2);
    assert_eq!(family[0].household_id, family[1].household_id, "one household");
    let omar = family.iter().find(|g| g.name == "Omar Aalders").unwrap();

    // Later they separate: he gets a household of his own, keeps his right to information.
    let edit = admin.get(&format!("/guardians/{}/edit", omar.id)).await;
    assert!(edit.body.contains("value=\"Omar Aalders\""));
    let r = admin
        .post_form(
            &format!("/guardians/{}", omar.id),
            &[
                ("name", "Omar Aalders"),
                ("phone", "0470 99 88 77"),
                ("language", "ar"),
                ("household", "new"),
                ("right_to_info", "on"),
                ("active", "on"),
            ],
        )
        .await;
    assert_eq!(r.status, 303);
    let family = guardians::of_child(&app.store, &a.child_6a).await.unwrap();
    assert_ne!(family[0].household_id, family[1].household_id, "two households now");
    let omar = family.iter().find(|g| g.name == "Omar Aalders").unwrap();
    assert_eq!(omar.phone.as_deref(), Some("0470 99 88 77"));
    assert!(omar.right_to_info);
    let page = admin.get(&child_page).await;
    assert!(page.body.contains("Gezin 1") && page.body.contains("Gezin 2"));

    // A bad phone number is refused next to the field and nothing changes.
    let r = admin
        .post_form(
            &format!("/guardians/{}", omar.id),
            &[
                ("name", "Omar Aalders"),
                ("phone", "bel mij"),
                ("language", "ar"),
                ("household", "new"),
            ],
        )
        .await;
    assert_eq!(r.status, 422);
    assert!(
        r.text_of("phone-error")
            .unwrap()
            .starts_with("Dit is geen geldig telefoonnummer.")
    );
    assert!(r.body.contains("value=\"bel mij\""), "what was typed stays");
    let again = guardians::get(&app.store, &a.id, &omar.id).await.unwrap();
    assert_eq!(again.phone.as_deref(), Some("0470 99 88 77"));
});
