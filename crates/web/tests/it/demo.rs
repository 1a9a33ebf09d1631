//! The demo school is made once, looks like a Flemish city school, and is the same each time.

use samenspraak_store::testing::TestDatabase;
use samenspraak_store::{classes, guardians, rounds, schools};
use samenspraak_web::demo;

#[tokio::test]
async fn the_demo_school_is_made_once_and_has_what_the_demo_promises() {
    let db = TestDatabase::sqlite().await;
    let first = demo::ensure(&db.store).await.unwrap();
    assert_eq!(first.accounts.len(), 5);
    let again = demo::ensure(&db.store).await.unwrap();
    // One tablet code per class, the same on every start, so the printed links keep working.
    let names: Vec<&str> = first.class_codes.iter().map(|(c, _)| c.as_str()).collect();
    assert_eq!(names, ["5A", "6A", "6B"]);
    assert_eq!(first.class_codes, again.class_codes);
    // Links for guardians to try, made fresh each start: the earlier ones stop working.
    let names: Vec<&str> = again.guardian_links.iter().map(|(n, _)| n.as_str()).collect();
    assert_eq!(
        names,
        [
            "Samira Bennani",
            "Koen Peeters",
            "Grace Kabongo",
            "رانيا حداد",
            "Олена Коваленко"
        ]
    );
    let today = samenspraak_core::time::today(samenspraak_store::now());
    let (_, old) = &first.guardian_links[0];
    let (_, new) = &again.guardian_links[0];
    assert!(
        samenspraak_store::invitations::redeem_token(&db.store, old, today, "")
            .await
            .unwrap()
            .is_none()
    );
    assert!(
        samenspraak_store::invitations::redeem_token(&db.store, new, today, "")
            .await
            .unwrap()
            .is_some()
    );
    let all = schools::list(&db.store).await.unwrap();
    assert_eq!(all.len(), 1, "run again, the demo is reused");

    let school = &all[0];
    let year = schools::current_year(
        &db.store,
        &school.id,
        samenspraak_core::time::today(samenspraak_store::now()),
    )
    .await
    .unwrap()
    .unwrap();
    let list = classes::list(&db.store, &school.id, &year.id).await.unwrap();
    let shape: Vec<(String, Option<i64>)> = list.iter().map(|c| (c.name.clone(), c.grade)).collect();
    assert_eq!(
        shape,
        vec![("5A".into(), Some(5)), ("6A".into(), Some(6)), ("6B".into(), Some(6))]
    );
    for c in &list {
        assert!((18..=24).contains(&c.children), "{} has {}", c.name, c.children);
    }

    let mut languages = std::collections::BTreeSet::new();
    let mut separated = false;
    let mut across_classes = false;
    for c in &list {
        for kid in samenspraak_store::children::in_class(&db.store, &c.id).await.unwrap() {
            let family = guardians::of_child(&db.store, &kid.id).await.unwrap();
            languages.extend(family.iter().map(|g| g.language.code()));
            separated |= family.windows(2).any(|w| w[0].household_id != w[1].household_id);
            across_classes |= guardians::siblings(&db.store, &kid.id)
                .await
                .unwrap()
                .iter()
                .any(|s| s.class_id != kid.class_id);
        }
    }
    assert!(separated, "separated parents in two households");
    assert!(across_classes, "a family with children in two classes");
    for code in ["nl", "fr", "en", "ar", "tr"] {
        assert!(languages.contains(code), "a guardian who prefers {code}");
    }
    let round = &rounds::list(&db.store, &school.id).await.unwrap()[0];
    let month = samenspraak_web::i18n::Tr::new(samenspraak_core::Language::Nl)
        .t(&format!("month-{}", round.plan.conference_from.month()));
    assert_eq!(
        round.plan.name,
        format!("KOM-gesprekken {month}"),
        "named after the month of the conversations"
    );
    let now = round
        .plan
        .timeline(samenspraak_core::time::today(samenspraak_store::now()));
    assert!(
        now.iter().any(|p| p.state == samenspraak_core::round::PhaseState::Now),
        "the round is in progress"
    );
    db.drop_now().await;
}
