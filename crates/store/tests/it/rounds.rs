//! Rounds keep their phases, in school time, and their classes.

use crate::fixtures;
use crate::on_both;
use samenspraak_core::round::RoundInput;
use samenspraak_store::{Store, StoreError, rounds};

fn december() -> RoundInput {
    RoundInput {
        name: "KOM-gesprekken december".into(),
        child_talk_from: "2026-11-16".into(),
        child_talk_until: "2026-12-04".into(),
        parent_prep_until: "2026-12-06".into(),
        booking_opens: "2026-11-30T19:00".into(),
        booking_closes: "2026-12-11T12:00".into(),
        conference_from: "2026-12-14".into(),
        conference_until: "2026-12-17".into(),
        follow_up_on: String::new(),
    }
}

on_both!(rounds_round_trip, async |store: Store| {
    let f = fixtures::school(&store, "De Regenboog").await;
    let plan = december().parse().unwrap();
    let classes = [f.class_6a.id.clone(), f.class_6b.id.clone()];
    let round = rounds::create(&store, &f.school.id, &plan, &classes, &f.teacher.id)
        .await
        .unwrap();
    assert_eq!(round.plan, plan, "19:00 in Brussels stays 19:00");
    assert_eq!(round.classes.len(), 2);

    let mut changed = plan.clone();
    changed.name = "KOM-gesprekken winter".into();
    rounds::update(&store, &f.school.id, &round.id, &changed, &classes[..1])
        .await
        .unwrap();
    let again = rounds::get(&store, &f.school.id, &round.id).await.unwrap();
    assert_eq!(again.plan.name, "KOM-gesprekken winter");
    assert_eq!(again.classes, vec![f.class_6a.id.clone()]);
    assert_eq!(rounds::list(&store, &f.school.id).await.unwrap().len(), 1);
});

on_both!(a_round_cannot_take_another_schools_class, async |store: Store| {
    let a = fixtures::school(&store, "De Regenboog").await;
    let b = fixtures::school(&store, "Sint-Jan").await;
    let plan = december().parse().unwrap();
    let result = rounds::create(
        &store,
        &a.school.id,
        &plan,
        std::slice::from_ref(&b.class_6a.id),
        &a.teacher.id,
    )
    .await;
    assert!(matches!(result, Err(StoreError::NotFound)));
    assert!(
        rounds::list(&store, &a.school.id).await.unwrap().is_empty(),
        "nothing half-saved"
    );
});
