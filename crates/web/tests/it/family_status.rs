//! The parent's side after booking: siblings kept together in the picker, the facts of a
//! time shown before choosing, the portal saying where the family stands (the time, a
//! calendar file, the questionnaire, a summary, agreements), and a cancellation that takes
//! the conversation out of the family's calendar.

use crate::on_both;
use crate::support::TestApp;
use samenspraak_store::{bookings, guardians};

on_both!(
    siblings_are_kept_together_and_the_portal_says_where_the_family_stands,
    async |app: &TestApp| {
        let a = &app.world.a;
        let day = crate::booking::open_booking(app).await;
        // Samira's two children: Amira in 6A, Lotte in 6B. She reads Dutch here.
        guardians::link_child(&app.store, a.child_6b.as_str(), a.guardian_6a.as_str())
            .await
            .unwrap();
        sqlx::query("UPDATE guardian SET email = 'samira@example.be', language = 'nl'")
            .execute(app.store.pool())
            .await
            .unwrap();
        sqlx::query("UPDATE round SET head_start_minutes = 60")
            .execute(app.store.pool())
            .await
            .unwrap();
        app.store.forget_all();
        let plan = |from: (i8, i8), until: (i8, i8)| {
            samenspraak_core::booking::DayPlan::new(
                jiff::civil::time(from.0, from.1, 0, 0),
                jiff::civil::time(until.0, until.1, 0, 0),
                20,
                0,
            )
            .unwrap()
        };
        for (class, room, also) in [
            (&a.class_6a, "klas 6A", None),
            (&a.class_6b, "klas 6B", Some("zorgcoördinator Els")),
        ] {
            let details = bookings::DayDetails {
                room,
                video_link: Some("https://meet.example/kom"),
                also_present: also,
                reserved_for: None,
            };
            bookings::add_day(
                &app.store,
                &a.id,
                &a.round,
                class,
                day,
                &plan((16, 0), (17, 0)),
                details,
            )
            .await
            .unwrap();
        }
        let phone = app.signed_in_guardian().await;

        // Amira's picker: the facts of each day before choosing, and the head start explained.
        let amira_page = format!("/family/book/{}/{}", a.round, a.child_6a);
        let page = phone.get(&amira_page).await.body;
        assert!(
            page.contains("<p class=\"slot-facts\">In klas 6A · 20 minuten · ook via video</p>"),
            "{page}"
        );
        assert!(page.contains("Je hebt meer dan één kind in deze gesprekken. Daarom mag je 60 minuten vroeger kiezen"));
        let amira_slots = bookings::slots(&app.store, &a.round, &a.class_6a).await.unwrap();
        let r = phone
            .post_form(&amira_page, &[("slot", &amira_slots[0].id), ("key", &"a".repeat(32))])
            .await;
        assert_eq!(r.status, 303);

        // Lotte's picker: 16:00 clashes with Amira's and cannot be chosen; 16:20 comes first.
        let lotte_page = format!("/family/book/{}/{}", a.round, a.child_6b);
        let page = phone.get(&lotte_page).await.body;
        assert!(page.contains("Het gesprek over Amira is "), "{page}");
        assert!(page.contains("In klas 6B · 20 minuten · Ook bij het gesprek: zorgcoördinator Els · ook via video"));
        assert!(page.contains("16:00–16:20</bdi> <small>tegelijk met het gesprek over Amira</small></span>"));
        let first_offer = page
            .find("Meteen voor of na het gesprek over Amira")
            .expect("next to Amira's first");
        assert!(first_offer < page.find("<p class=\"slot-facts\">").unwrap());
        let lotte_slots = bookings::slots(&app.store, &a.round, &a.class_6b).await.unwrap();
        let r = phone
            .post_form(&lotte_page, &[("slot", &lotte_slots[0].id), ("key", &"b".repeat(32))])
            .await;
        assert_eq!(
            r.status, 409,
            "the same time as Amira's is refused, whatever the page showed"
        );
        assert!(r.body.contains("Dat moment is tegelijk met het gesprek over Amira"));
        assert!(
            bookings::of_child(&app.store, &a.round, &a.child_6b)
                .await
                .unwrap()
                .is_none()
        );
        // The school allows two parents at two tables: then it may.
        let admin = app.signed_in(&a.admin).await;
        let r = admin
            .post_form(
                &format!("/rounds/{}/booking-mode", a.round),
                &[("mode", "choose"), ("head_start", "60"), ("siblings_parallel", "on")],
            )
            .await;
        assert_eq!(r.status, 303);
        let r = phone
            .post_form(&lotte_page, &[("slot", &lotte_slots[0].id), ("key", &"c".repeat(32))])
            .await;
        assert_eq!(r.status, 303);

        // The portal: each child's time, room and video link, and a calendar file.
        let portal = phone.get("/family").await.body;
        assert!(
            portal.contains("Het gesprek over Amira staat vast. Tot dan!"),
            "{portal}"
        );
        assert!(portal.contains("In klas 6B."));
        let ics_url = format!("{amira_page}/calendar.ics");
        assert!(portal.contains(&format!("href=\"{ics_url}\"")));
        let ics = phone.get(&ics_url).await;
        assert_eq!(ics.header("content-type"), Some("text/calendar; charset=utf-8"));
        assert!(ics.body.contains("METHOD:PUBLISH") && ics.body.contains("LOCATION:klas 6A"));
        let uid = format!("UID:{}-{}@samenspraak", a.round, a.child_6a);
        assert!(ics.body.contains(&uid), "{}", ics.body);

        // A questionnaire saved but not sent is said, with the way to send it.
        let q = format!("/family/questionnaire/{}/{}", a.round, a.child_6a);
        let r = phone
            .post_form(&q, &[("q_tells", "Ze leest graag."), ("action", "draft")])
            .await;
        assert_eq!(r.status, 303);
        let portal = phone.get("/family").await.body;
        assert!(portal.contains(&format!(
            "<a href=\"{q}\">We hebben je vragenlijst bewaard. Maar je hebt ze nog niet verstuurd."
        )));

        // Cancelled: a mail whose calendar file cancels the same event.
        let r = phone.post_form(&format!("{amira_page}/cancel"), &[]).await;
        assert_eq!(r.status, 303);
        let (subject, calendar): (String, String) = sqlx::query_as(
            "SELECT subject, calendar FROM outbox WHERE purpose = 'cancellation' AND to_address = 'samira@example.be'",
        )
        .fetch_one(app.store.pool())
        .await
        .unwrap();
        assert!(
            subject.starts_with("Geannuleerd: het KOM-gesprek over Amira"),
            "{subject}"
        );
        assert!(calendar.contains("METHOD:CANCEL") && calendar.contains("STATUS:CANCELLED"));
        assert!(calendar.contains(&uid));
        assert_eq!(phone.get(&ics_url).await.status, 404, "nothing booked, no file");
        // Another family cannot read the file.
        let other = app.client();
        assert_ne!(other.get(&format!("{}/calendar.ics", lotte_page)).await.status, 200);
    }
);
