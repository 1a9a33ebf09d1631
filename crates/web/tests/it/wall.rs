//! The learning wall: the teacher keeps it, the child picks what they are proud of and what
//! was hard, per round.

use crate::on_both;
use crate::support::TestApp;
use samenspraak_store::learning_wall::{self, Pick};

on_both!(a_child_looks_back_on_the_learning_wall, async |app: &TestApp| {
    let a = &app.world.a;
    let teacher = app.signed_in(&a.teacher).await;
    let class = a.class_6a.as_str();
    let wall = format!("/classes/{class}/wall");
    let r = teacher
        .post_form(
            &wall,
            &[("title", "Breuken"), ("area", ""), ("learned_on", "2026-11-20")],
        )
        .await;
    assert_eq!(r.status, 422);
    assert_eq!(r.text_of("area-error").as_deref(), Some("Vul dit veld in."));
    for (title, area) in [
        ("Breuken vereenvoudigen", "Wiskunde"),
        ("Samen een ruzie uitpraten", "Samenleven"),
    ] {
        assert_eq!(
            teacher
                .post_form(&wall, &[("title", title), ("area", area), ("learned_on", "2026-11-20")])
                .await
                .status,
            303
        );
    }
    assert!(teacher.get(&wall).await.body.contains("Samen een ruzie uitpraten"));
    let (talk, url) = app.first_planned_talk(&teacher).await;
    let talk = &talk;
    let items = learning_wall::items(&app.store, &a.class_6a).await.unwrap();
    let (breuken, ruzie) = (items[0].id.clone(), items[1].id.clone());

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
        care.post_form(&wall, &[("title", "x"), ("area", "y"), ("learned_on", "2026-11-20")])
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
                ("learned_on", "2026-11-20"),
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
