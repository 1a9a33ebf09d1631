//! What a teacher, a school admin and a care coordinator do on their first day.

use super::browser::Browser;
use crate::support::TestApp;
use fantoccini::Locator;
use fantoccini::key::Key;
use samenspraak_store::Backend;
use samenspraak_web::demo;

pub(super) async fn sign_in(b: &Browser, email: &str) {
    b.goto("/login").await;
    b.fill("#email", email).await;
    b.fill("#password", demo::PASSWORD).await;
    b.click("button[type=submit].primary").await;
    b.wait_for_text("h1", "Dag ").await;
}

/// A guardian's phone, signed in through the link of their invitation.
pub(super) async fn guardian_phone(base: &str, token: &str) -> Browser {
    let b = Browser::start_with(
        base,
        super::browser::Setup {
            window: (390, 844),
            fake_media: false,
        },
    )
    .await;
    b.goto(&format!("/i/{token}")).await;
    b.click("main form button").await;
    b.wait_for_path("/family").await;
    b
}

async fn sign_out(b: &Browser) {
    b.click("form[action='/logout'] button").await;
    b.wait_for_path("/login").await;
}

#[tokio::test]
async fn staff_journeys_in_a_real_browser() {
    let app = TestApp::spawn(Backend::Sqlite).await;
    demo::ensure(&app.store).await.unwrap();
    let mut b = Browser::start(&app.base).await;

    // Keyboard only: the skip link comes first, then the form is filled and sent with Enter.
    b.goto("/login").await;
    b.check("01-login").await;
    b.client
        .find(Locator::Css("body"))
        .await
        .unwrap()
        .send_keys(&Key::Tab.to_string())
        .await
        .unwrap();
    let focused = b.client.active_element().await.unwrap().text().await.unwrap();
    assert_eq!(focused, "Naar de inhoud");
    b.client
        .find(Locator::Css("#email"))
        .await
        .unwrap()
        .send_keys("an.desmet@regenboog.example")
        .await
        .unwrap();
    let email = b.client.active_element().await.unwrap();
    email.send_keys(&Key::Tab.to_string()).await.unwrap();
    let password = b.client.active_element().await.unwrap();
    assert_eq!(password.attr("id").await.unwrap().as_deref(), Some("password"));
    password
        .send_keys(&format!("{}{}", demo::PASSWORD, Key::Enter))
        .await
        .unwrap();
    b.wait_for_text("h1", "Dag An").await;
    b.check("02-teacher-home").await;

    // The teacher opens the round.
    b.click("a[href^='/rounds/']:not([href='/rounds/new'])").await;
    b.wait_for_path("/rounds/").await;
    let round = b.body().await;
    assert!(round.contains("KOM-gesprekken ") && round.contains("Kindgesprekken") && round.contains("Amira El Amrani"));
    assert!(!round.contains("Lotte Peeters"), "6B is not Juf An's class");
    b.check("03-teacher-round").await;

    // Imports a class list with one bad row, reads what is wrong, fixes it, imports.
    let dir = std::env::temp_dir().join(format!("samenspraak-e2e-{}", samenspraak_store::new_id()));
    std::fs::create_dir_all(&dir).unwrap();
    let bad = dir.join("klas6a.csv");
    std::fs::write(&bad, "Klas;Voornaam;Naam;Geboortedatum;Ouder 1 naam;Ouder 1 e-mail\n6A;Wout;Peeters;12/01/2015;Bart Peeters;bart@example.be\n6A;Jana;Maes;30/02/2015;Leen Maes;leen@example.be\n").unwrap();
    b.goto("/import").await;
    b.check("04-import-upload").await;
    b.client
        .find(Locator::Css("#file"))
        .await
        .unwrap()
        .send_keys(bad.to_str().unwrap())
        .await
        .unwrap();
    b.click("form[data-upload-progress] button[type=submit]").await;
    b.wait_for_path("/import/").await;
    let preview = b.text(".error-summary").await;
    assert!(preview.contains("Er is 1 probleem in het bestand"), "{preview}");
    assert!(
        preview.contains("Regel 3: Geboortedatum: „30/02/2015” — dat is geen bestaande datum."),
        "{preview}"
    );
    b.check("05-import-problem").await;
    let good = dir.join("klas6a-verbeterd.csv");
    std::fs::write(&good, "Klas;Voornaam;Naam;Geboortedatum;Ouder 1 naam;Ouder 1 e-mail\n6A;Wout;Peeters;12/01/2015;Bart Peeters;bart@example.be\n6A;Jana;Maes;28/02/2015;Leen Maes;leen@example.be\n").unwrap();
    b.client
        .find(Locator::Css("#file"))
        .await
        .unwrap()
        .send_keys(good.to_str().unwrap())
        .await
        .unwrap();
    b.click("form[data-upload-progress] button[type=submit]").await;
    let ready = b.text(".notice").await;
    assert!(ready.contains("2 nieuwe leerlingen"), "{ready}");
    b.check("06-import-ready").await;
    b.click("form[action^='/import/'] button[type=submit]").await;
    b.wait_for_text("h1", "Klaslijst ingelezen").await;
    b.check("07-import-done").await;
    b.goto("/classes").await;
    b.click("table a").await;
    b.wait_for_text("main", "Jana Maes").await;
    b.check("08-class").await;

    // Plans the child talks of 6A with one click, and prints the plan.
    b.click("a[href$='/moments']").await;
    b.wait_for_url("/moments").await;
    b.check("08b-moments").await;
    b.goto("/rounds").await;
    b.click("table a").await;
    b.click("a[href*='/talks/']").await;
    b.wait_for_url("/talks/").await;
    b.check("08c-talks-empty").await;
    b.click("form[action$='/plan'] button").await;
    b.wait_for_text(".plan-bar strong", "24 van 24 kinderen ingepland")
        .await;
    b.check("08d-talks-planned").await;
    // Drags the first planned talk onto the next: the two children change places (Amira's
    // talk, held already, comes first).
    let names: Vec<String> = b
        .client
        .execute(
            "const [, a, b] = document.querySelectorAll('li.talk[data-swap]');
             const names = [a, b].map(li => li.querySelector('.talk-child').textContent);
             const dt = new DataTransfer();
             a.dispatchEvent(new DragEvent('dragstart', { bubbles: true, dataTransfer: dt }));
             b.dispatchEvent(new DragEvent('dragover', { bubbles: true, cancelable: true, dataTransfer: dt }));
             b.dispatchEvent(new DragEvent('drop', { bubbles: true, cancelable: true, dataTransfer: dt }));
             return names;",
            vec![],
        )
        .await
        .unwrap()
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_str().unwrap().to_string())
        .collect();
    let swapped = || async {
        b.client
            .execute(
                "const [, a, b] = document.querySelectorAll('li.talk[data-swap] .talk-child');
                 return [a.textContent, b.textContent];",
                vec![],
            )
            .await
            .unwrap()
    };
    let mut tries = 0;
    while swapped().await != serde_json::json!([names[1], names[0]]) {
        tries += 1;
        assert!(tries < 50, "the two children never changed places");
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    b.click("a[href$='/print']").await;
    b.wait_for_text("main", "Jouw gesprekje met Juf An De Smet").await;
    b.check("08e-talks-print").await;
    // Fills the question jar, and a child draws a question in a talk.
    b.goto("/classes").await;
    b.click("table a").await;
    b.click("a[href$='/jar']").await;
    b.wait_for_url("/jar").await;
    for id in ["hf1", "po1", "fu2"] {
        b.click(&format!("details.bank:has(input[value='{id}']) summary")).await;
        b.click(&format!("input[value='{id}']")).await;
    }
    b.click("details.bank[open] button[form='bank-form']").await;
    b.wait_for_text("main", "19 vragen in de pot").await;
    b.check("08f-jar").await;
    b.goto("/classes").await;
    b.click("table a").await;
    b.click("a[href$='/wall']").await;
    b.wait_for_url("/wall").await;
    b.check("08f2-learning-wall").await;
    b.goto("/rounds").await;
    b.click("table a").await;
    b.click("a[href*='/talks/']").await;
    b.click("a.talk-child").await;
    b.wait_for_text("h1", "Kindgesprek met").await;
    b.click(".draw-button").await;
    assert!(b.text(".drawn-question").await.ends_with('?'));
    b.check("08g-talk-drawn").await;
    b.click("label.heat-7").await;
    b.click("#thermometer button[type=submit]").await;
    b.wait_for_text("#thermometer figcaption", "7 op 10").await;
    for (axis, score) in [
        ("alone", 4),
        ("together", 5),
        ("asking_help", 2),
        ("planning", 3),
        ("reading", 5),
        ("maths", 3),
        ("sport", 4),
        ("creativity", 5),
    ] {
        b.click(&format!("input[name='{axis}'][value='{score}']")).await;
    }
    b.click("#spider button[type=submit]").await;
    b.wait_for_text("#spider table", "5 / 5").await;
    for (statement, face) in [("like_school", 5), ("friends", 4), ("safe_playground", 3)] {
        b.click(&format!("input[name='{statement}'][value='{face}']")).await;
    }
    b.click("#smileys button[type=submit]").await;
    b.wait_for_text("#smileys", "helemaal wel").await;
    b.check("08h-talk-instruments").await;
    b.client
        .execute("document.getElementById('smileys').scrollIntoView()", vec![])
        .await
        .unwrap();
    b.check("08i-talk-smileys").await;
    b.click("#wall fieldset:nth-of-type(1) input[value='proud']").await;
    b.click("#wall fieldset:nth-of-type(2) input[value='hard']").await;
    b.click("#wall button[type=submit]").await;
    b.wait_for_url("#wall").await;
    for (n, liked, good) in [(1, 1, 1), (2, 1, 0), (5, 0, 1), (7, 1, 1)] {
        b.click(&format!(
            "#grid fieldset:nth-of-type({n}) input[name^='liked_'][value='{liked}']"
        ))
        .await;
        b.click(&format!(
            "#grid fieldset:nth-of-type({n}) input[name^='good_'][value='{good}']"
        ))
        .await;
    }
    b.click("#grid button[type=submit]").await;
    b.wait_for_text("#grid", "Leuk én goed in").await;
    b.client
        .execute("document.getElementById('grid').scrollIntoView()", vec![])
        .await
        .unwrap();
    b.check("08j-talk-grid").await;
    b.fill("#note-text", "Vertelt dat de speeltijd soms eenzaam is.").await;
    b.click(".note-form button[type=submit]").await;
    b.wait_for_text("#notes summary", "Toon mijn notitie").await;
    b.click("#notes summary").await;
    b.client
        .execute("document.getElementById('notes').scrollIntoView()", vec![])
        .await
        .unwrap();
    b.check("08k-talk-notes").await;
    b.goto("/classes").await;
    b.click("table a").await;

    // Switches to English, and the choice sticks.
    b.click("form[action='/language'] button").await;
    b.wait_for_text("main", "Parents and guardians").await;
    b.check("09-class-english").await;
    b.goto("/").await;
    assert!(b.body().await.contains("Hello An"));
    b.click("form[action='/language'] button").await;
    b.wait_for_text("h1", "Dag An").await;
    sign_out(&b).await;

    // The school admin walks the pages only they have.
    sign_in(&b, "directie@regenboog.example").await;
    b.check("10-admin-home").await;
    b.goto("/staff").await;
    b.check("11-admin-staff").await;
    b.click("table a").await;
    b.wait_for_url("/edit").await;
    b.check("12-admin-staff-form").await;
    b.goto("/classes").await;
    b.check("13-admin-classes").await;
    b.click("table tbody tr:nth-child(2) a").await;
    b.click("table tbody a").await;
    b.wait_for_path("/children/").await;
    b.check("14-admin-child").await;
    b.click("a[href$='/guardians/new']").await;
    b.wait_for_url("/guardians/new").await;
    b.check("15-admin-guardian-form").await;
    b.goto("/rounds/new").await;
    b.click("button[type=submit].primary").await;
    assert!(b.text(".error-summary").await.contains("problemen"));
    b.check("16-admin-round-form-errors").await;
    b.goto("/children/new").await;
    b.check("17-admin-child-form").await;
    b.goto("/classes/new").await;
    b.check("18-admin-class-form").await;
    b.goto("/staff/new").await;
    b.check("19-admin-staff-new").await;
    b.goto("/school").await;
    assert!(b.body().await.contains("Nu bezig"));
    b.check("19b-admin-school").await;
    // The school calendar: the Flemish holidays are in; a study day is added.
    b.click("a[href='/school/calendar']").await;
    b.wait_for_text("h1", "Schoolkalender").await;
    assert!(b.text("main").await.contains("kerstvakantie"));
    let year = samenspraak_core::calendar::school_year_of(samenspraak_core::time::today(samenspraak_store::now()));
    b.fill("#day_off_name", "Studiedag lezen").await;
    b.client
        .execute(
            &format!(
                "document.getElementById('day_off_from').value = '{}-03-10';
                 document.getElementById('day_off_kind').value = 'study_day';",
                year + 1
            ),
            vec![],
        )
        .await
        .unwrap();
    b.click("form[action='/school/calendar'] button[type=submit]").await;
    b.wait_for_text(".notice", "Toegevoegd").await;
    assert!(b.text(".calendar-list").await.contains("Studiedag lezen"));
    b.check("19b2-admin-calendar").await;
    b.goto("/school").await;
    b.click("a[href='/school/instruments']").await;
    b.wait_for_text("h1", "Instrumenten van de school").await;
    b.click("#grid ~ form button[type=submit], section:has(#grid) button[type=submit]")
        .await;
    b.wait_for_url("#grid").await;
    b.check("19c-admin-instruments").await;
    // The frame's boxes: hidden, renamed, the school's own.
    b.fill("input[name='name_hard']", "Werkpunten").await;
    b.click("section:has(#frame) .settings-form button[type=submit]").await;
    b.wait_for_url("#frame").await;
    b.client
        .execute("document.getElementById('frame').scrollIntoView()", vec![])
        .await
        .unwrap();
    b.check("19d-admin-frame").await;
    // Privacy: the audit log with everyone's sign-ins of this walk, and a child's erase page.
    b.click("nav a[href='/school/privacy']").await;
    b.wait_for_text("h1", "Privacy en gegevens").await;
    assert!(b.text(".audit-log").await.contains("aangemeld"));
    b.check("19e-admin-privacy").await;
    // The retention periods, set wrong and then right, with the preview of 1 July.
    b.click("a[href='/school/privacy/retention']").await;
    b.wait_for_text("h1", "Bewaartermijnen").await;
    b.fill("input[name='talk_years']", "12").await;
    b.click("form[action='/school/privacy/retention'] button[type=submit]")
        .await;
    b.wait_for_text(".error-summary", "probleem").await;
    b.check("19e2-admin-retention-wrong").await;
    b.fill("input[name='talk_years']", "3").await;
    b.click("form[action='/school/privacy/retention'] button[type=submit]")
        .await;
    b.wait_for_text("p.notice", "bewaard").await;
    b.check("19e3-admin-retention").await;
    b.goto("/school/privacy/consent").await;
    b.wait_for_text("h1", "Register van toestemmingen").await;
    b.check("19e35-admin-consent-register").await;
    // Their own account: the second sign-in step to set up, the sessions open.
    b.click("a.user-name").await;
    b.wait_for_text("h1", "Mijn account").await;
    assert!(b.text(".sessions-list").await.contains("dit toestel"));
    b.check("19e4-admin-account").await;
    b.click("a[href='/account/two-factor']").await;
    b.wait_for_text("h1", "in twee stappen").await;
    b.check("19e5-admin-enrol").await;
    // What a phone's camera reads off the screen is the app's address with this secret.
    let shot = std::path::PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("e2e-screenshots/19e5-admin-enrol.png");
    let scanned = std::process::Command::new("zbarimg")
        .args(["--quiet", "--raw"])
        .arg(&shot)
        .output()
        .expect("zbarimg (zbar-tools) is installed");
    let scanned = String::from_utf8_lossy(&scanned.stdout).trim().to_string();
    let secret = b.text(".enrol-qr .secret").await.replace(' ', "");
    assert!(scanned.starts_with("otpauth://totp/Samenspraak%20"), "{scanned}");
    assert!(
        scanned.contains(&format!("secret={secret}&")),
        "{scanned} holds {secret}"
    );
    b.goto("/classes").await;
    b.click("table tbody tr:nth-child(2) a").await;
    b.click("table tbody a").await;
    b.wait_for_path("/children/").await;
    // The portal as one of the child's parents sees it.
    b.click("a[href*='/as-guardian/']").await;
    b.wait_for_url("/as-guardian/").await;
    assert!(b.text(".preview-notice").await.contains("Hier kan je niets wijzigen"));
    b.check("19e6-admin-as-guardian").await;
    b.client.back().await.unwrap();
    b.wait_for_path("/children/").await;
    b.click("a[href$='/erase']").await;
    b.wait_for_url("/erase").await;
    b.fill("input[name='name']", "iemand anders").await;
    b.click("button.danger").await;
    b.wait_for_text(".error-summary", "probleem").await;
    b.check("19f-admin-erase-wrong-name").await;
    b.goto("/geen-pagina").await;
    b.check("20-not-found").await;
    sign_out(&b).await;
    b.check("21-signed-out").await;

    // The care coordinator sees every class and changes none.
    sign_in(&b, "zorg@regenboog.example").await;
    b.check("22-care-home").await;
    b.goto("/rounds").await;
    b.check("23-care-rounds").await;

    // On a phone.
    b.client.set_window_size(390, 844).await.unwrap();
    b.goto("/").await;
    b.check("24-care-home-phone").await;
    b.click("a[href^='/rounds/']").await;
    b.wait_for_url("/rounds/").await;
    b.check("25-care-round-phone").await;

    assert_eq!(b.visited.len(), 48);
    b.close().await;
    app.stop().await;
}
