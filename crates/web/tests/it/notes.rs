//! Teacher notes in a child talk carry a visibility; a confidential one never reaches what
//! a family may see, and is marked unmistakably on staff pages.

use crate::on_both;
use crate::support::TestApp;
use samenspraak_core::visibility::Visibility;
use samenspraak_store::talk_notes;

on_both!(confidential_notes_stay_with_staff, async |app: &TestApp| {
    let a = &app.world.a;
    let teacher = app.signed_in(&a.teacher).await;
    let (talk, url) = app.first_planned_talk(&teacher).await;
    let talk = &talk;

    // Without a choice, a note is confidential.
    teacher
        .post_form(
            &format!("{url}/notes"),
            &[("text", "Vertelt dat het thuis moeilijk gaat sinds de verhuis.")],
        )
        .await;
    teacher
        .post_form(
            &format!("{url}/notes"),
            &[
                ("text", "Is trots op de spreekbeurt over paarden."),
                ("visibility", "family"),
            ],
        )
        .await;
    teacher.post_form(&format!("{url}/notes"), &[("text", "   ")]).await;
    let all = talk_notes::for_staff(
        &app.store,
        &talk.child_id,
        &samenspraak_store::audit::Who::system(&a.id),
    )
    .await
    .unwrap();
    assert_eq!(all.len(), 2, "an empty note is not saved");
    let family = talk_notes::for_family(&app.store, &talk.child_id).await.unwrap();
    assert_eq!(
        family.iter().map(|n| n.text.as_str()).collect::<Vec<_>>(),
        ["Is trots op de spreekbeurt over paarden."]
    );
    assert!(family.iter().all(|n| n.visibility == Visibility::Family));

    let view = teacher.get(&url).await;
    assert!(view.body.contains("class=\"note staff\"") && view.body.contains("<strong>Vertrouwelijk</strong>"));
    // Folded away at the bottom, after everything the child uses.
    let (folded, grid) = (
        view.body.find("<details class=\"notes-list\">").unwrap(),
        view.body.find("id=\"grid\"").unwrap(),
    );
    assert!(folded > grid, "notes come after the child's instruments");
    // The care coordinator reads them on the child's page; so does the teacher.
    let care = app.signed_in(&a.care).await;
    let page = care.get(&format!("/children/{}", talk.child_id)).await;
    assert!(
        page.body
            .contains("Vertelt dat het thuis moeilijk gaat sinds de verhuis."),
        "{}",
        page.body
    );
    // Another school sees nothing of it.
    let other = app.signed_in(&app.world.b.admin).await;
    let r = other.get(&format!("/children/{}", talk.child_id)).await;
    assert_eq!(r.status, 404);
    assert!(!r.body.contains("verhuis"));
});
