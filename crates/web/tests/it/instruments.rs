//! The thermometer and the spider web in a child talk: stored per child and round, shown as
//! a picture with its numbers beside it.

use crate::on_both;
use crate::support::TestApp;
use samenspraak_store::{child_talks, instruments};

on_both!(
    a_child_fills_the_thermometer_and_the_spider_web,
    async |app: &TestApp| {
        let a = &app.world.a;
        let teacher = app.signed_in(&a.teacher).await;
        let class = a.class_6a.as_str();
        for weekday in ["1", "2", "3", "4", "5"] {
            teacher
                .post_form(
                    &format!("/classes/{class}/moments"),
                    &[
                        ("kind", "corner_work"),
                        ("weekday", weekday),
                        ("start", "09:00"),
                        ("end", "12:00"),
                    ],
                )
                .await;
        }
        let plan = format!("/rounds/{}/talks/{class}", a.round);
        teacher.post_form(&format!("{plan}/plan"), &[]).await;
        let talk = &child_talks::talks(&app.store, &a.round, &a.class_6a).await.unwrap()[0];
        let url = format!("{plan}/{}", talk.id);
        assert!(teacher.get(&url).await.body.contains("Nog niet ingevuld"));

        // 11 is not on the thermometer: nothing is stored.
        teacher
            .post_form(&format!("{url}/thermometer"), &[("value", "11")])
            .await;
        assert!(
            instruments::get(&app.store, &a.round, &talk.child_id, "thermometer")
                .await
                .unwrap()
                .is_none()
        );
        let r = teacher
            .post_form(
                &format!("{url}/thermometer"),
                &[("value", "7"), ("why", "Ik heb een nieuwe vriendin.")],
            )
            .await;
        assert_eq!(r.location(), Some(format!("{url}#thermometer").as_str()));
        let r = teacher
            .post_form(
                &format!("{url}/spider"),
                &[("alone", "4"), ("maths", "2"), ("reading", "")],
            )
            .await;
        assert_eq!(r.status, 303);
        let r = teacher.post_form(&format!("{url}/spider"), &[("alone", "9")]).await;
        assert_eq!(r.status, 400, "a score off the scale is refused");

        let view = teacher.get(&url).await;
        assert!(view.body.contains("Op de thermometer: 7 op 10"));
        assert!(view.body.contains("Ik heb een nieuwe vriendin."));
        assert!(
            view.body.contains("<th scope=\"row\">Alleen werken</th><td>4 / 5</td>"),
            "{}",
            view.body
        );
        assert!(view.body.contains("<th scope=\"row\">Lezen</th><td>—</td>"));
        assert!(
            view.body.contains("name=\"value\" value=\"7\" checked"),
            "the chosen tile stays chosen"
        );
        // Smileys: a face per sentence; the chosen face is named in words beside the sentence.
        teacher
            .post_form(
                &format!("{url}/smileys"),
                &[("like_school", "5"), ("safe_playground", "2")],
            )
            .await;
        let view = teacher.get(&url).await;
        assert!(
            view.body
                .contains("Ik ga graag naar school. <span class=\"meta\">— helemaal wel</span>"),
            "{}",
            view.body
        );
        assert!(
            view.body
                .contains("Ik voel me veilig op de speelplaats. <span class=\"meta\">— niet zo</span>")
        );
        assert_eq!(
            teacher
                .post_form(&format!("{url}/smileys"), &[("friends", "0")])
                .await
                .status,
            400
        );

        // A second save replaces the first.
        teacher
            .post_form(&format!("{url}/thermometer"), &[("value", "8")])
            .await;
        let stored = instruments::get(&app.store, &a.round, &talk.child_id, "thermometer")
            .await
            .unwrap()
            .unwrap();
        assert_eq!(stored, "8|");
        assert_eq!(instruments::filled(&app.store, &a.round).await.unwrap().len(), 3);

        // The care coordinator may not fill it in for a child.
        let care = app.signed_in(&a.care).await;
        assert_eq!(
            care.post_form(&format!("{url}/thermometer"), &[("value", "1")])
                .await
                .status,
            403
        );
        assert_eq!(
            instruments::get(&app.store, &a.round, &talk.child_id, "thermometer")
                .await
                .unwrap()
                .as_deref(),
            Some("8|")
        );
    }
);
