//! Text that tries to become code. Over 200 payloads — markup with event handlers, script
//! and frame tags, `javascript:` addresses, each behind the characters that close an
//! attribute, a textarea, a title, a comment or a style — are put into the free-text fields
//! a school fills in (children's and guardians' names, activities, the learning wall, the
//! jar's own questions, a teacher's note, the frame's boxes, agreements, study-choice
//! links), and the pages that show them are opened in Chromium, for staff, the tablet and a
//! parent's phone. Each page must hold no element, attribute or address the payloads would
//! have made, and no payload may have run (each one sets `window.__pwned`). The same pages,
//! the letters and the PDFs are read over HTTP too: no payload stands in them unescaped.

use super::browser::Browser;
use crate::support::TestApp;
use jiff::civil::date;
use samenspraak_core::Language;
use samenspraak_core::frame::{AgreementInput, Who};
use samenspraak_core::question_bank::Category;
use samenspraak_core::visibility::Visibility;
use samenspraak_store::guardians::{GuardianFields, HouseholdChoice};
use samenspraak_store::{Backend, activities, children, classes, frames, guardians, learning_wall, question_jar};

/// What each payload tries to do when it runs.
const RUN: &str = "window.__pwned=1";

/// The payloads: every vector behind every way out of its surroundings.
pub fn payloads() -> Vec<String> {
    let vectors = [
        format!("<script>{RUN}</script>"),
        format!("<img src=x onerror={RUN}>"),
        format!("<svg onload={RUN}>"),
        format!("<svg><script>{RUN}</script></svg>"),
        format!("<iframe src=\"javascript:{RUN}\"></iframe>"),
        format!("<a href=\"javascript:{RUN}\">klik</a>"),
        format!("<body onload={RUN}>"),
        format!("<details open ontoggle={RUN}>"),
        format!("<input autofocus onfocus={RUN}>"),
        format!("<math><mtext><img src=x onerror={RUN}>"),
        format!("<object data=\"javascript:{RUN}\"></object>"),
        format!("<embed src=\"javascript:{RUN}\">"),
        format!("<base href=\"javascript:{RUN}//\">"),
        format!("<meta http-equiv=\"refresh\" content=\"0;url=javascript:{RUN}\">"),
        format!("<form action=\"javascript:{RUN}\"><button>x</button></form>"),
        format!("<video src=x onerror={RUN}></video>"),
        format!("<audio src=x onerror={RUN}></audio>"),
        format!("<style>@import 'javascript:{RUN}';</style>"),
        format!("\" onmouseover=\"{RUN}\" x=\""),
        format!("' onfocus='{RUN}' autofocus x='"),
        format!("javascript:{RUN}"),
        format!("'-{RUN}-'"),
        "{{7*7}} ${7*7} {% raw %}".to_string(),
        "{ $name } { -brand } {{ ctx }}".to_string(),
        format!("<noscript><p title=\"</noscript><img src=x onerror={RUN}>\">"),
    ];
    let ways_out = [
        "",
        "\">",
        "'>",
        "</textarea>",
        "</title>",
        "</script>",
        "-->",
        "]]>",
        "</style>",
        "`",
    ];
    let mut out = Vec::new();
    for way in ways_out {
        for v in &vectors {
            out.push(format!("{way}{v}"));
        }
    }
    out
}

/// Run in the page: every element, attribute and address a payload would have made, and
/// whether one ran. Our own pages have none: no inline script or handler (the content
/// policy forbids them), no frames, no `javascript:` addresses.
const INSPECT: &str = r#"
const bad = [];
for (const el of document.querySelectorAll('*')) {
  for (const a of el.attributes) {
    if (a.name.toLowerCase().startsWith('on')) bad.push(el.tagName + ' ' + a.name);
    if (['href', 'src', 'action', 'formaction', 'data'].includes(a.name.toLowerCase())
        && /^\s*javascript:/i.test(a.value)) bad.push(el.tagName + ' ' + a.name + '=' + a.value);
  }
}
for (const s of document.querySelectorAll('script')) if (!s.src) bad.push('inline script');
for (const sel of ['iframe', 'object', 'embed', 'base', 'meta[http-equiv]', 'body style', 'main style'])
  for (const e of document.querySelectorAll(sel)) bad.push(e.tagName);
return JSON.stringify({ bad: bad, ran: window.__pwned === 1 });
"#;

async fn inspect(b: &mut Browser, path: &str, name: &str) -> usize {
    b.goto(path).await;
    let found = b.client.execute(INSPECT, vec![]).await.unwrap();
    let found: serde_json::Value = serde_json::from_str(found.as_str().unwrap()).unwrap();
    assert_eq!(found["ran"], false, "{path}: a payload ran");
    assert_eq!(found["bad"], serde_json::json!([]), "{path}: made by a payload");
    b.check(name).await;
    1
}

/// No payload with markup stands unescaped in what the server sends.
fn escaped(what: &str, body: &str, payloads: &[String]) {
    for p in payloads.iter().filter(|p| p.contains('<')) {
        assert!(!body.contains(p.as_str()), "{what} holds a payload unescaped: {p}");
    }
}

#[tokio::test]
async fn payloads_in_every_free_text_field_stay_text_on_every_page() {
    let app = TestApp::spawn(Backend::Sqlite).await;
    let a = &app.world.a;
    let payloads = payloads();
    assert!(payloads.len() >= 200, "{} payloads", payloads.len());
    let today = samenspraak_core::time::today(samenspraak_store::now());
    let pick = |i: usize| payloads[i % payloads.len()].as_str();

    // A class of children named by the payloads, each with a guardian named by the next,
    // in a round of its own.
    let year = samenspraak_store::schools::current_year(&app.store, &a.id, today)
        .await
        .unwrap()
        .unwrap();
    let class = classes::create(&app.store, &a.id, &year.id, "6X", Some(6))
        .await
        .unwrap();
    let mut first_child = None;
    for i in 0..payloads.len() {
        let last = format!("Injectie{i}");
        let child = children::create(
            &app.store,
            &a.id,
            children::ChildFields {
                class: Some(&class.id),
                first_name: pick(i),
                last_name: &last,
                birth_date: None,
            },
        )
        .await
        .unwrap();
        guardians::create(
            &app.store,
            &a.id,
            &child.id,
            GuardianFields {
                name: pick(i + 1),
                email: None,
                phone: None,
                language: Language::Nl,
                right_to_info: true,
                interpreter: false,
            },
            HouseholdChoice::New,
        )
        .await
        .unwrap();
        activities::add(&app.store, &a.id, &class.id, pick(i + 2), "stem", date(2026, 11, 20))
            .await
            .unwrap();
        learning_wall::add(&app.store, &a.id, &class.id, pick(i + 3), pick(i + 4), today)
            .await
            .unwrap();
        first_child.get_or_insert(child.id);
    }
    let round_x = app
        .later_round(&format!("Ronde {}", pick(7)), std::slice::from_ref(&class.id), 0)
        .await;

    // 6A's child: the teacher's note, the jar's own questions, the frame and agreements.
    let teacher = app.signed_in(&a.teacher).await;
    let (talk, talk_url) = app.first_planned_talk(&teacher).await;
    for i in 0..40 {
        question_jar::add_own(
            &app.store,
            &a.id,
            &a.teacher_id,
            &a.class_6a,
            Category::Future,
            pick(i * 5),
        )
        .await
        .unwrap();
    }
    samenspraak_store::talk_notes::add(
        &app.store,
        &talk.id,
        &a.child_6a,
        Visibility::Staff,
        &payloads[..60].join("\n"),
        &samenspraak_store::audit::Who::staff(&a.id, &a.teacher_id, ""),
    )
    .await
    .unwrap();
    let boxes: Vec<(String, Option<String>)> = ["going_well", "hard", "feeling", "interests"]
        .iter()
        .enumerate()
        .map(|(n, b)| (b.to_string(), Some(payloads[n * 20..n * 20 + 20].join("\n"))))
        .collect();
    frames::save(&app.store, &a.round, &a.child_6a, &a.teacher_id, &boxes)
        .await
        .unwrap();
    for i in 0..10 {
        frames::add_agreement(
            &app.store,
            &a.id,
            &a.round,
            &a.child_6a,
            &a.teacher_id,
            &AgreementInput {
                what: pick(100 + i).to_string(),
                who: Who::Child,
                by: None,
            },
        )
        .await
        .unwrap();
    }
    for i in 0..10 {
        let url = format!("https://school.example/keuze?q={}", pick(150 + i).replace(' ', "%20"));
        samenspraak_store::study_resources::add(&app.store, &a.id, pick(150 + i), &url)
            .await
            .unwrap();
    }

    // Over HTTP: the pages, the printed letters and the PDFs.
    let admin = app.signed_in(&a.admin).await;
    let child_x = first_child.unwrap();
    let staff_pages = vec![
        format!("/classes/{}", class.id),
        format!("/classes/{}/activities", class.id),
        format!("/classes/{}/wall", class.id),
        format!("/classes/{}/tablet", class.id),
        format!("/children/{child_x}"),
        format!("/rounds/{}", round_x.id),
        format!("/rounds/{}/invitations/{}", round_x.id, class.id),
        format!("/rounds/{}/talks/{}", round_x.id, class.id),
        format!("/classes/{}/jar", a.class_6a),
        talk_url.clone(),
        format!("/rounds/{}/frame/{}", a.round, a.child_6a),
        format!("/rounds/{}/prepare/{}", a.round, a.child_6a),
        format!("/rounds/{}/conference/{}", a.round, a.child_6a),
        format!("/rounds/{}/conference/{}/panel", a.round, a.child_6a),
        "/school/study-choice".to_string(),
    ];
    for path in &staff_pages {
        let r = admin.get(path).await;
        assert_eq!(r.status, 200, "{path}");
        escaped(path, &r.body, &payloads);
    }
    let letters = admin
        .post_form(&format!("/rounds/{}/invitations/{}/letters", round_x.id, class.id), &[])
        .await;
    assert_eq!(letters.status, 200);
    escaped("the letters", &letters.body, &payloads);
    let pdf = admin
        .post_form(
            &format!("/rounds/{}/invitations/{}/letters.pdf", round_x.id, class.id),
            &[],
        )
        .await;
    assert_eq!(pdf.header("content-type"), Some("application/pdf"));
    let parent = app.signed_in_guardian().await;
    let family_pages = vec![
        format!("/family/conference/{}/{}", a.round, a.child_6a),
        format!("/family/conference/{}/{}/print", a.round, a.child_6a),
        format!("/family/conference/{}/{}/study-choice", a.round, a.child_6a),
    ];
    for path in &family_pages {
        let r = parent.get(path).await;
        assert_eq!(r.status, 200, "{path}");
        escaped(path, &r.body, &payloads);
    }
    let summary = parent
        .get(&format!("/family/conference/{}/{}/summary.pdf", a.round, a.child_6a))
        .await;
    assert_eq!(summary.header("content-type"), Some("application/pdf"));
    let code = samenspraak_store::tablet::class_code(&app.store, &class.id)
        .await
        .unwrap();
    let names = app.client().get(&format!("/tablet/{code}")).await;
    escaped("the tablet's names", &names.body, &payloads);

    // In Chromium: staff, the class's tablet and the parent's phone.
    let mut b = Browser::start(&app.base).await;
    b.goto("/login").await;
    b.fill("#email", &a.admin).await;
    b.fill("#password", crate::support::PASSWORD).await;
    b.click("button[type=submit].primary").await;
    b.wait_for_text("h1", "Dag ").await;
    let mut opened = 0;
    for (n, path) in staff_pages.iter().enumerate() {
        opened += inspect(&mut b, path, &format!("x{n:02}-injection-staff")).await;
    }
    opened += inspect(&mut b, &format!("/tablet/{code}"), "x20-injection-tablet-names").await;
    b.close().await;
    let issued = samenspraak_store::invitations::issue(
        &app.store,
        &a.id,
        &a.round,
        &a.guardian_6a,
        samenspraak_core::invitation::Channel::Letter,
        date(2999, 1, 1),
        &samenspraak_store::audit::Who::staff(&a.id, &a.teacher_id, ""),
    )
    .await
    .unwrap();
    let mut phone = super::journeys::guardian_phone(&app.base, &issued.token).await;
    for (n, path) in family_pages.iter().enumerate() {
        opened += inspect(&mut phone, path, &format!("x3{n}-injection-family")).await;
    }
    phone.close().await;
    let reports = app.state.csp_reports.load(std::sync::atomic::Ordering::Relaxed);
    assert_eq!(reports, 0, "the content policy had to stop something");

    // And the policy reports for real: markup put into a page by a script is stopped and
    // reported.
    let b = Browser::start(&app.base).await;
    b.goto("/login").await;
    b.client
        .execute(
            &format!("document.body.insertAdjacentHTML('beforeend', '<img src=x onerror={RUN}>'); return 1;"),
            vec![],
        )
        .await
        .unwrap();
    for _ in 0..50 {
        if app.state.csp_reports.load(std::sync::atomic::Ordering::Relaxed) > 0 {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    let ran = b.client.execute("return window.__pwned === 1;", vec![]).await.unwrap();
    assert_eq!(ran, serde_json::json!(false), "the policy stopped it");
    assert!(
        app.state.csp_reports.load(std::sync::atomic::Ordering::Relaxed) > 0,
        "and it was reported"
    );
    b.close().await;
    println!(
        "injection: {} payloads in 12 kinds of field, {} pages opened in Chromium with 0 runs, 0 elements made and 0 content-policy reports, \
         {} pages, letters and PDFs read over HTTP with every payload escaped",
        payloads.len(),
        opened,
        staff_pages.len() + family_pages.len() + 4
    );
    app.stop().await;
}
