//! Both catalogs have the same keys, every key the code asks for exists in both, and every
//! page renders in both languages without a missing text.

use crate::on_both;
use crate::support::TestApp;
use samenspraak_core::Language;
use samenspraak_core::import::Column;
use samenspraak_core::round::{PhaseKind, PhaseState, Step, StepState};
use samenspraak_core::values::FieldError;
use samenspraak_web::i18n::Tr;
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn catalog_keys(lang: &str) -> BTreeSet<String> {
    let mut keys = BTreeSet::new();
    for entry in std::fs::read_dir(root().join("locales").join(lang)).unwrap() {
        let text = std::fs::read_to_string(entry.unwrap().path()).unwrap();
        for line in text.lines() {
            if let Some((key, _)) = line.split_once(" =")
                && !key.is_empty()
                && key.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
            {
                keys.insert(key.to_string());
            }
        }
    }
    keys
}

#[test]
fn dutch_and_english_have_the_same_keys() {
    let (nl, en) = (catalog_keys("nl"), catalog_keys("en"));
    assert!(nl.len() > 250, "the catalogs look empty: {}", nl.len());
    let only_nl: Vec<_> = nl.difference(&en).collect();
    let only_en: Vec<_> = en.difference(&nl).collect();
    assert!(
        only_nl.is_empty() && only_en.is_empty(),
        "only in nl: {only_nl:?}\nonly in en: {only_en:?}"
    );
}

fn files(dir: &Path, ext: &str, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let p = entry.unwrap().path();
        if p.is_dir() {
            files(&p, ext, out);
        } else if p.extension().is_some_and(|e| e == ext) {
            out.push(p);
        }
    }
}

/// Literal keys in calls like `t("key")`, `t1("key", …)`, `n("key", …)`.
fn literal_keys() -> BTreeSet<String> {
    let mut paths = Vec::new();
    files(&root().join("templates"), "html", &mut paths);
    files(&root().join("src"), "rs", &mut paths);
    let mut keys = BTreeSet::new();
    for path in paths {
        let text = std::fs::read_to_string(&path).unwrap();
        for call in [".t(\"", ".t1(\"", ".t2(\"", ".n(\"", "t.args(\""] {
            for piece in text.split(call).skip(1) {
                let key = piece.split('"').next().unwrap();
                keys.insert(key.to_string());
            }
        }
    }
    keys
}

/// Keys the code builds at run time from domain values.
fn built_keys() -> Vec<String> {
    let mut keys: Vec<String> = Vec::new();
    use FieldError::*;
    for e in [
        Required,
        TooLong,
        Email,
        Phone,
        Date,
        DateTime,
        PasswordTooShort,
        Language,
        Choice,
        EndBeforeStart,
        OutOfOrder,
        Taken,
        OutOfRange,
        Url,
    ] {
        keys.push(e.key().into());
    }
    for e in [Required, TooLong, Email, Phone, Date, Language] {
        keys.push(format!("import-fix-{}", e.key()));
    }
    for k in [
        PhaseKind::ChildTalks,
        PhaseKind::ParentPrep,
        PhaseKind::Booking,
        PhaseKind::Conferences,
        PhaseKind::FollowUp,
    ] {
        keys.push(k.key().into());
    }
    for s in [PhaseState::Done, PhaseState::Now, PhaseState::Upcoming] {
        keys.push(format!("phase-state-{}", s.as_str()));
    }
    keys.extend(Step::ALL.iter().map(|s| s.key().to_string()));
    keys.extend(
        [StepState::NotStarted, StepState::InProgress, StepState::Done]
            .iter()
            .map(|s| s.key().to_string()),
    );
    keys.extend(
        samenspraak_core::StaffRole::ALL
            .iter()
            .map(|r| format!("role-{}", r.as_str())),
    );
    keys.extend(
        samenspraak_core::Language::ALL
            .iter()
            .map(|l| format!("language-{}", l.code())),
    );
    keys.extend((1..=7).map(|d| format!("weekday-{d}")));
    keys.extend((1..=12).flat_map(|m| [format!("month-{m}"), format!("month-short-{m}")]));
    for c in [
        Column::Class,
        Column::FirstName,
        Column::LastName,
        Column::BirthDate,
        Column::GuardianName(1),
        Column::GuardianEmail(1),
        Column::GuardianPhone(1),
        Column::GuardianLanguage(1),
    ] {
        keys.push(c.key().into());
    }
    for page in ["not-found", "forbidden", "bad-request", "internal"] {
        keys.push(format!("error-page-{page}"));
        keys.push(format!("error-page-{page}-title"));
    }
    for field in [
        "name",
        "email",
        "password",
        "classes",
        "class",
        "grade",
        "first_name",
        "last_name",
        "birth_date",
        "phone",
        "language",
        "role",
        "file",
        "child_talk_from",
        "child_talk_until",
        "parent_prep_until",
        "booking_opens",
        "booking_closes",
        "conference_from",
        "conference_until",
        "follow_up_on",
        "code",
        "given_by",
        "given_on",
        "video_minutes",
        "video_megabytes",
        "video_keep",
        "video_keep_days",
        "quiet_from",
        "quiet_until",
        "day",
        "from",
        "until",
        "minutes",
        "gap",
        "room",
    ] {
        keys.push(format!("field-{field}"));
    }
    keys.extend(
        samenspraak_core::tablet::PICTURES
            .iter()
            .map(|p| format!("picture-{p}")),
    );
    keys.extend((1..=3).map(|n| format!("tablet-picture-{n}")));
    keys.extend(
        samenspraak_core::questionnaire::Set::ALL
            .iter()
            .map(|s| format!("q-set-{}", s.as_str())),
    );
    keys.extend(
        ["not_opened", "opened", "draft", "submitted"]
            .iter()
            .map(|p| format!("q-progress-{p}")),
    );
    keys.extend(
        ["thermometer", "spider_web", "smileys"]
            .iter()
            .map(|i| format!("contents-{i}")),
    );
    keys.extend(
        samenspraak_store::reports::AREAS
            .iter()
            .map(|a| format!("report-area-{a}")),
    );
    keys.extend(
        samenspraak_core::instrument_template::Kind::ALL
            .iter()
            .map(|k| format!("settings-{}", k.as_str())),
    );
    for f in ["empty", "spreadsheet", "csv", "missing"] {
        keys.push(format!("import-file-{f}"));
    }
    keys
}

#[test]
fn every_key_the_code_uses_exists_in_both_languages() {
    let mut keys: Vec<String> = literal_keys().into_iter().collect();
    assert!(keys.len() > 150, "found too few keys in the code: {}", keys.len());
    keys.extend(built_keys());
    // The word "key" stands in doc comments that show how to call the translator.
    keys.retain(|k| k != "key");
    for lang in ["nl", "en"] {
        let catalog = catalog_keys(lang);
        let missing: Vec<_> = keys.iter().filter(|k| !catalog.contains(*k)).collect();
        assert!(missing.is_empty(), "{lang} misses {missing:?}");
    }
}

/// Each language counts in its own forms: Polish and Ukrainian have a form for 2–4 and one
/// for 5 and more, Arabic a form for two; a count always shows its number.
#[test]
fn every_guardian_language_counts_in_its_own_forms() {
    use samenspraak_core::Language::{Ar, Bg, Fr, Pl, Ro, Uk};
    for lang in [Fr, Ar, Language::Tr, Pl, Ro, Bg, Uk] {
        let t = Tr::new(lang);
        for n in [5, 22] {
            let words = t.n("family-days-left", n);
            assert!(words.contains(&n.to_string()), "{lang:?} {n}: {words}");
            assert!(!words.contains('{') && !words.contains("Unknown"), "{lang:?}: {words}");
        }
    }
    let pl = Tr::new(Pl);
    assert_ne!(
        pl.n("family-days-left", 2),
        pl.n("family-days-left", 5).replace('5', "2")
    );
    let ar = Tr::new(Ar);
    assert_ne!(
        ar.n("family-days-left", 2),
        ar.n("family-days-left", 1),
        "Arabic's dual"
    );
    let uk = Tr::new(Uk);
    assert_ne!(
        uk.n("family-days-left", 3),
        uk.n("family-days-left", 7).replace('7', "3")
    );
    assert!(
        Tr::new(Ar)
            .date_long(jiff::civil::date(2026, 12, 15))
            .contains("ديسمبر")
    );
    assert!(
        Tr::new(Uk)
            .date_long(jiff::civil::date(2026, 12, 15))
            .contains("грудня")
    );
}

#[test]
fn no_bidi_marks_and_real_plurals() {
    let nl = Tr::new(Language::Nl);
    assert_eq!(nl.t1("home-greeting", "name", "Juf An"), "Dag Juf An");
    assert_eq!(nl.n("children-count", 1), "1 leerling");
    assert_eq!(nl.n("children-count", 22), "22 leerlingen");
    assert_eq!(Tr::new(Language::En).n("children-count", 22), "22 pupils");
    assert_eq!(
        nl.date_long(jiff::civil::date(2026, 12, 15)),
        "dinsdag 15 december 2026"
    );
}

on_both!(every_page_renders_in_both_languages, async |app: &TestApp| {
    let a = &app.world.a;
    let admin = app.signed_in(&a.admin).await;
    let pages = [
        "/".to_string(),
        "/classes".into(),
        format!("/classes/{}", a.class_6a),
        "/classes/new".into(),
        format!("/classes/{}/edit", a.class_6a),
        format!("/children/{}", a.child_6a),
        "/children/new".into(),
        format!("/children/{}/edit", a.child_6a),
        format!("/children/{}/guardians/new", a.child_6a),
        format!("/guardians/{}/edit", a.guardian_6a),
        "/rounds".into(),
        "/rounds/new".into(),
        format!("/rounds/{}", a.round),
        format!("/rounds/{}/edit", a.round),
        "/import".into(),
        "/staff".into(),
        "/staff/new".into(),
        format!("/staff/{}/edit", a.teacher_id),
        "/school".into(),
        "/school/instruments".into(),
        format!("/classes/{}/instruments", a.class_6a),
        format!("/classes/{}/tablet", a.class_6a),
        format!("/classes/{}/moments", a.class_6a),
        format!("/classes/{}/jar", a.class_6a),
        "/no-such-page".into(),
    ];
    for (code, word) in [("nl", "Afmelden"), ("en", "Sign out")] {
        let r = admin.post_form("/language", &[("lang", code), ("back", "/")]).await;
        assert_eq!(r.status, 303);
        for path in &pages {
            let r = admin.get(path).await;
            assert!(
                r.status == 200 || path == "/no-such-page",
                "{code} {path}: {}",
                r.status
            );
            assert!(
                r.body.contains(&format!("<html lang=\"{code}\" dir=\"ltr\">")),
                "{code} {path}"
            );
            assert!(r.body.contains(word), "{code} {path} lacks {word}");
            assert!(!r.body.contains("Unknown localization"), "{code} {path}: {}", r.body);
            assert!(
                !r.body.contains("{ $") && !r.body.contains("{$"),
                "{code} {path} has an unfilled placeholder"
            );
        }
    }
    // The class tablet's pages, signed out, in both languages.
    let code = samenspraak_store::tablet::class_code(&app.store, &a.class_6a)
        .await
        .unwrap();
    for (lang, words) in [("nl", "Tik op je naam."), ("en", "Tap your name.")] {
        let tablet = app.client();
        tablet.set_cookie("lang", lang);
        for path in [
            "/tablet".to_string(),
            format!("/tablet/{code}"),
            format!("/tablet/{code}/{}", a.child_6a),
        ] {
            let r = tablet.get(&path).await;
            assert_eq!(r.status, 200, "{lang} {path}");
            assert!(
                !r.body.contains("Unknown localization") && !r.body.contains("{ $"),
                "{lang} {path}"
            );
        }
        assert!(tablet.get(&format!("/tablet/{code}")).await.body.contains(words));
    }
    // Signed out, the browser's language decides; the cookie beats it.
    let guest = app.client();
    *guest.accept_language.lock().unwrap() = Some("en-GB,en;q=0.9".into());
    assert!(guest.get("/login").await.body.contains("Welcome to Samenspraak"));
    guest.set_cookie("lang", "nl");
    assert!(guest.get("/login").await.body.contains("Welkom bij Samenspraak"));
});

/// Everything a guardian can see exists in every guardian's language — French, Arabic,
/// Turkish, Polish, Romanian, Bulgarian and Ukrainian, key for key with Dutch: the portal's
/// pages, the layout around them, error pages, the letter, mails, and dates.
#[test]
fn every_guardian_language_covers_everything_a_guardian_sees() {
    let mut texts: Vec<PathBuf> = Vec::new();
    files(&root().join("templates/family"), "html", &mut texts);
    files(&root().join("src/routes/family"), "rs", &mut texts);
    for f in [
        "templates/layout.html",
        "templates/error.html",
        "templates/forms.html",
        "src/services/booking_mail.rs",
        "src/print/summary.rs",
        "src/routes/staff/conference/summary.rs",
        "templates/conference/study_sheet.html",
        "templates/conference/summary.html",
    ] {
        texts.push(root().join(f));
    }
    let mut keys = BTreeSet::new();
    for path in &texts {
        let text = std::fs::read_to_string(path).unwrap();
        for call in [".t(\"", ".t1(\"", ".t2(\"", ".n(\"", "t.args(\""] {
            for piece in text.split(call).skip(1) {
                keys.insert(piece.split('"').next().unwrap().to_string());
            }
        }
    }
    let letter = std::fs::read_to_string(root().join("templates/invitations/letters.html")).unwrap();
    for piece in letter.split("l.t.").skip(1) {
        if let Some(key) = piece.split('"').nth(1) {
            keys.insert(key.to_string());
        }
    }
    keys.extend(
        [
            "family-between",
            "family-between-days",
            // The slip a family takes home, and the parts of a day a family can tick.
            "slip-with",
            "slip-change",
            "when-afternoon",
            "when-evening",
            // What the conversation brought: its boxes, who takes an agreement on, how it went.
            "frame-going_well",
            "frame-hard",
            "frame-feeling",
            "frame-interests",
            "frame-at_home",
            "frame-teacher_message",
            "frame-study_choice",
            "frame-next_conversation",
            "frame-other",
            "who-child",
            "who-parents",
            "who-teacher",
            "who-school",
            "who-care_coordinator",
            // The study-choice sheet names the interest grid's domains and quadrants.
            "domain-stem",
            "domain-language_culture",
            "domain-economics_organisation",
            "domain-society_welfare",
            "domain-arts_creation",
            "domain-sport",
            "domain-food_hospitality",
            "domain-agriculture_nature",
            "quadrant-liked_good",
            "quadrant-liked",
            "quadrant-good",
            "quadrant-neither",
            "child-says-done",
            "child-says-partly",
            "child-says-not_yet",
            "agreement-open",
            "agreement-done",
            "agreement-dropped",
            "date-long",
            "date-short",
            "datetime-long",
            // Said by shared code: where the conversation is, the language menu, reading
            // aloud, and the words of the school explained.
            "booking-room-class",
            "language-menu",
            "read-aloud",
            "read-aloud-stop",
            "family-words-title",
            "family-word-kom",
            "family-word-secundair",
            "family-word-clb",
            "family-word-baso",
            "family-word-stroom",
        ]
        .map(String::from),
    );
    keys.extend((1..=7).map(|d| format!("weekday-{d}")));
    keys.extend((1..=12).flat_map(|m| [format!("month-{m}"), format!("month-short-{m}")]));
    for page in ["not-found", "forbidden", "bad-request", "internal"] {
        keys.insert(format!("error-page-{page}"));
        keys.insert(format!("error-page-{page}-title"));
    }
    keys.insert("field-invitation_code".into());
    keys.retain(|k| k != "key");
    assert!(keys.len() > 60, "found too few keys: {}", keys.len());
    // Every catalog shipped is a language a guardian can choose.
    use samenspraak_core::Language::{Ar, Bg, En, Fr, Nl, Pl, Ro, Uk};
    assert_eq!(
        samenspraak_web::i18n::portal_languages(),
        [Nl, Fr, En, Ar, Language::Tr, Pl, Ro, Bg, Uk]
    );
    assert_eq!(samenspraak_core::Language::Ar.dir(), "rtl");
    let dutch = catalog_keys("nl");
    for lang in ["fr", "ar", "tr", "pl", "ro", "bg", "uk"] {
        let catalog = catalog_keys(lang);
        let missing: Vec<_> = keys.iter().filter(|k| !catalog.contains(*k)).collect();
        assert!(missing.is_empty(), "{lang} misses {missing:?}");
        // And nothing that Dutch does not know.
        let stray: Vec<_> = catalog.iter().filter(|k| !dutch.contains(*k)).collect();
        assert!(stray.is_empty(), "{lang} has keys nl lacks: {stray:?}");
    }
}
