//! The start page after sign-in: per class, what to do this week, each a link to where it is
//! done; the round's card shows the phase with its own dates.

use crate::on_both;
use crate::support::TestApp;

on_both!(the_teacher_sees_what_to_do_this_week, async |app: &TestApp| {
    let a = &app.world.a;
    let conference_day = crate::booking::open_booking(app).await;
    let teacher = app.signed_in(&a.teacher).await;
    let home = teacher.get("/").await.body;
    let week = home
        .split("<h2 id=\"week-heading\">Deze week</h2>")
        .nth(1)
        .expect("a list for this week")
        .split("</section>\n</section>")
        .next()
        .unwrap()
        .to_string();
    let talks = format!("/rounds/{}/talks/{}", a.round, a.class_6a);
    assert!(
        week.contains(&format!(
            "<a href=\"{talks}\">Voor 1 kind is nog geen kindgesprek gepland.</a>"
        )),
        "{week}"
    );
    let invitations = format!("/rounds/{}/invitations/{}", a.round, a.class_6a);
    assert!(week.contains(&format!(
        "<a href=\"{invitations}\">1 gezin is nog niet uitgenodigd.</a>"
    )));
    assert!(week.contains("1 gezin heeft geen e-mailadres: geef een brief mee."));
    assert!(
        week.contains("1 kind heeft nog geen gespreksmoment. Inschrijven sluit op "),
        "{week}"
    );
    assert!(!week.contains("afspraak"), "no agreement is late yet");

    // An agreement of Amira's whose date has passed comes up, with a link to the list.
    let frame = format!("/rounds/{}/frame/{}", a.round, a.child_6a);
    let r = teacher
        .post_form(
            &format!("{frame}/agreements"),
            &[("what", "Elke avond lezen"), ("who", "child"), ("by", "2027-03-06")],
        )
        .await;
    assert_eq!(r.status, 303);
    let yesterday = samenspraak_core::time::today(samenspraak_store::now())
        .yesterday()
        .unwrap();
    sqlx::query("UPDATE agreement SET due_on = $1")
        .bind(yesterday.to_string())
        .execute(app.store.pool())
        .await
        .unwrap();
    let home = teacher.get("/").await.body;
    assert!(home.contains(&format!(
        "<a href=\"/classes/{}/agreements\">1 afspraak is over datum.</a>",
        a.class_6a
    )));
    // Once booked and prepared, the preparation for the day comes and goes.
    assert!(!home.contains("gesprek nog voorbereiden"));
    let slots = crate::booking::slots_of_6a_in(app, conference_day, (16, 0), (17, 0), 20, "klas 6A").await;
    crate::booking::booked_by_school(app, &slots[0].id, &a.child_6a).await;
    app.store.forget_all();
    let home = teacher.get("/").await.body;
    assert!(home.contains("1 gesprek nog voorbereiden voor "), "{home}");

    // The round's card: the phase now with its own dates, the conversations apart.
    assert!(home.contains("Gesprekken met de ouders: "), "{home}");

    // Another school's teacher sees none of it.
    let other = app.signed_in(&app.world.b.teacher).await;
    let theirs = other.get("/").await.body;
    assert!(!theirs.contains(&talks) && !theirs.contains("Elke avond lezen"));
});
