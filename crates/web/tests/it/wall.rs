//! The learning wall: the teacher keeps it, the child picks what they are proud of and what
//! was hard, per round.

use crate::on_both;
use crate::support::TestApp;
use samenspraak_store::learning_wall::{self, Pick};

/// A day in the last weeks, which the look back shows.
fn lately() -> String {
    samenspraak_core::time::today(samenspraak_store::now())
        .checked_sub(jiff::Span::new().days(10))
        .unwrap()
        .to_string()
}

on_both!(a_child_looks_back_on_the_learning_wall, async |app: &TestApp| {
    let a = &app.world.a;
    let lately = lately();
    let teacher = app.signed_in(&a.teacher).await;
    let class = a.class_6a.as_str();
    let wall = format!("/classes/{class}/wall");
    let r = teacher
        .post_form(&wall, &[("title", "Breuken"), ("area", ""), ("learned_on", &lately)])
        .await;
    assert_eq!(r.status, 422);
    assert_eq!(r.text_of("area-error").as_deref(), Some("Vul dit veld in."));
    for (title, area) in [
        ("Breuken vereenvoudigen", "Wiskunde"),
        ("Samen een ruzie uitpraten", "Samenleven"),
    ] {
        assert_eq!(
            teacher
                .post_form(&wall, &[("title", title), ("area", area), ("learned_on", &lately)])
                .await
                .status,
            303
        );
    }
    assert!(teacher.get(&wall).await.body.contains("Samen een ruzie uitpraten"));
    // Something from last school year's autumn: not in the look back unless asked for.
    let long_ago = samenspraak_core::time::today(samenspraak_store::now())
        .checked_sub(jiff::Span::new().days(120))
        .unwrap()
        .to_string();
    let r = teacher
        .post_form(
            &wall,
            &[("title", "Het alfabet"), ("area", "Taal"), ("learned_on", &long_ago)],
        )
        .await;
    assert_eq!(r.status, 303);
    let page = teacher.get(&wall).await.body;
    assert!(!page.contains("Het alfabet") && page.contains("Ook het oudere punt tonen"));
    assert!(teacher.get(&format!("{wall}?all=1")).await.body.contains("Het alfabet"));
    let (talk, url) = app.first_planned_talk(&teacher).await;
    assert!(
        !teacher.get(&url).await.body.contains("Het alfabet"),
        "the talk looks back weeks, not months"
    );
    let talk = &talk;
    let items = learning_wall::items(&app.store, &a.class_6a).await.unwrap();
    let id_of = |title: &str| items.iter().find(|i| i.title == title).unwrap().id.clone();
    let (breuken, ruzie) = (id_of("Breuken vereenvoudigen"), id_of("Samen een ruzie uitpraten"));

    teacher
        .post_form(
            &format!("{url}/wall"),
            &[
                (&format!("item_{breuken}"), "hard"),
                (&format!("item_{ruzie}"), "proud"),
            ],
        )
        .await;
    let picks = learning_wall::picks(&app.store, &a.round, &talk.child_id)
        .await
        .unwrap();
    assert_eq!(picks.len(), 2);
    assert!(picks.contains(&(breuken.clone(), Pick::Hard)) && picks.contains(&(ruzie.clone(), Pick::Proud)));
    assert!(
        teacher
            .get(&url)
            .await
            .body
            .contains(&format!("name=\"item_{breuken}\" value=\"hard\" checked"))
    );
    // A second choice replaces the first; "neither" clears it.
    teacher
        .post_form(
            &format!("{url}/wall"),
            &[(&format!("item_{breuken}"), "proud"), (&format!("item_{ruzie}"), "")],
        )
        .await;
    assert_eq!(
        learning_wall::picks(&app.store, &a.round, &talk.child_id)
            .await
            .unwrap(),
        vec![(breuken.clone(), Pick::Proud)]
    );
    teacher.post_form(&format!("{wall}/{breuken}/delete"), &[]).await;
    assert!(
        learning_wall::picks(&app.store, &a.round, &talk.child_id)
            .await
            .unwrap()
            .is_empty()
    );
    let care = app.signed_in(&a.care).await;
    assert_eq!(
        care.post_form(&wall, &[("title", "x"), ("area", "y"), ("learned_on", &lately)])
            .await
            .status,
        403
    );
});

const PNG: &[u8] = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x01\0\0\0\x01\x08\x06\0\0\0\x1f\x15\xc4\x89";

on_both!(a_wall_item_carries_a_photo_the_child_sees_too, async |app: &TestApp| {
    let a = &app.world.a;
    let teacher = app.signed_in(&a.teacher).await;
    let wall = format!("/classes/{}/wall", a.class_6a);
    teacher
        .post_form(
            &wall,
            &[
                ("title", "Uitstap naar de boerderij"),
                ("area", "Wereldoriëntatie"),
                ("learned_on", &lately()),
            ],
        )
        .await;
    let item = learning_wall::items(&app.store, &a.class_6a).await.unwrap().remove(0);
    let r = teacher
        .post_file(
            &format!("{wall}/{}/photo", item.id),
            "photo",
            "boerderij.jpg",
            b"GIF-ish but not really",
        )
        .await;
    assert_eq!(r.status, 422);
    assert!(
        r.body.contains(&format!("id=\"photo-{}-error\"", item.id)),
        "the message sits at its item"
    );
    assert!(r.body.contains("Dat is geen foto."));
    assert!(app.media_files().is_empty());
    let r = teacher
        .post_file(&format!("{wall}/{}/photo", item.id), "photo", "boerderij.png", PNG)
        .await;
    assert_eq!(r.location(), Some(wall.as_str()));
    let photo = teacher.get(&format!("{wall}/{}/photo", item.id)).await;
    assert_eq!(photo.header("content-type"), Some("image/png"));
    assert_eq!(photo.bytes, PNG);
    let other = app.signed_in(&app.world.b.teacher).await;
    assert_eq!(other.get(&format!("{wall}/{}/photo", item.id)).await.status, 404);

    // In the talk, on the teacher's page and on the tablet.
    let (talk, url) = app.first_planned_talk(&teacher).await;
    assert!(
        teacher
            .get(&url)
            .await
            .body
            .contains(&format!("src=\"{wall}/{}/photo\"", item.id))
    );
    let kid = app.signed_in_child(&talk.child_id).await;
    let tablet_photo = format!("/tablet/talk/wall/{}/photo", item.id);
    assert!(
        kid.get("/tablet/talk?step=wall")
            .await
            .body
            .contains(&format!("src=\"{tablet_photo}\""))
    );
    assert_eq!(kid.get(&tablet_photo).await.bytes, PNG);

    // Removing the item removes its photo's file.
    teacher.post_form(&format!("{wall}/{}/delete", item.id), &[]).await;
    assert!(app.media_files().is_empty());
    assert_eq!(kid.get(&tablet_photo).await.status, 404);
});
