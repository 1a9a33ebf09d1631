//! Child talks in the store: moments, exceptions, and plans saved whole.

use crate::fixtures;
use crate::on_both;
use jiff::civil::{Weekday, date, time};
use samenspraak_core::child_talk::{MomentKind, TalkStatus};
use samenspraak_core::planner::Talk;
use samenspraak_core::round::RoundInput;
use samenspraak_store::child_talks::{self, NewMoment};
use samenspraak_store::children::{self, ChildFields};
use samenspraak_store::{Store, StoreError, rounds};

on_both!(moments_exceptions_and_a_plan, async |store: Store| {
    let f = fixtures::school(&store, "De Regenboog").await;
    let other = fixtures::school(&store, "Sint-Jan").await;
    let m = NewMoment {
        kind: MomentKind::CornerWork,
        weekday: Weekday::Tuesday,
        start: time(9, 0, 0, 0),
        end: time(10, 30, 0, 0),
        place: "leeshoek",
    };
    let moment = child_talks::add_moment(&store, &f.school.id, &f.class_6a.id, m)
        .await
        .unwrap();
    let m = NewMoment {
        kind: MomentKind::LunchBreak,
        weekday: Weekday::Friday,
        start: time(12, 0, 0, 0),
        end: time(12, 45, 0, 0),
        place: "",
    };
    assert!(matches!(
        child_talks::add_moment(&store, &other.school.id, &f.class_6a.id, m).await,
        Err(StoreError::NotFound)
    ));
    let moments = child_talks::moments(&store, &f.class_6a.id).await.unwrap();
    assert_eq!(moments.len(), 1);
    assert_eq!(
        (moments[0].kind, moments[0].place.as_str()),
        (MomentKind::CornerWork, "leeshoek")
    );

    child_talks::set_closed_day(&store, &f.class_6a.id, date(2026, 11, 24), Some("studiedag"))
        .await
        .unwrap();
    child_talks::set_closed_day(
        &store,
        &f.class_6a.id,
        date(2026, 11, 24),
        Some("pedagogische studiedag"),
    )
    .await
    .unwrap();
    assert_eq!(
        child_talks::closed_days(&store, &f.class_6a.id).await.unwrap(),
        vec![(date(2026, 11, 24), "pedagogische studiedag".into())]
    );
    child_talks::cancel_moment(&store, &f.class_6a.id, &moment, date(2026, 12, 1))
        .await
        .unwrap();
    assert!(matches!(
        child_talks::cancel_moment(&store, &other.class_6a.id, &moment, date(2026, 12, 1)).await,
        Err(StoreError::NotFound)
    ));
    assert_eq!(
        child_talks::cancellations(&store, &f.class_6a.id).await.unwrap().len(),
        1
    );

    let input = RoundInput {
        name: "R".into(),
        child_talk_from: "2026-11-16".into(),
        child_talk_until: "2026-12-04".into(),
        booking_opens: "2026-11-30T19:00".into(),
        booking_closes: "2026-12-11T12:00".into(),
        conference_from: "2026-12-14".into(),
        conference_until: "2026-12-17".into(),
        ..Default::default()
    };
    let round = rounds::create(
        &store,
        &f.school.id,
        &input.parse().unwrap(),
        std::slice::from_ref(&f.class_6a.id),
        &f.teacher.id,
    )
    .await
    .unwrap();
    let kid = |first: &'static str| ChildFields {
        class: Some(&f.class_6a.id),
        first_name: first,
        last_name: "Maes",
        birth_date: None,
    };
    let a = children::create(&store, &f.school.id, kid("Arne")).await.unwrap();
    let b = children::create(&store, &f.school.id, kid("Britt")).await.unwrap();
    let talk = |child: &samenspraak_core::ids::ChildId, start| Talk {
        date: date(2026, 11, 17),
        start,
        moment: moment.clone(),
        child: child.clone(),
    };

    // Two talks at the same start of the same moment: the second plan is refused whole.
    let clash = [talk(&a.id, time(9, 0, 0, 0)), talk(&b.id, time(9, 0, 0, 0))];
    assert!(matches!(
        child_talks::save_plan(&store, &round.id, &f.class_6a.id, 20, &clash).await,
        Err(StoreError::Conflict(_))
    ));
    assert!(
        child_talks::talks(&store, &round.id, &f.class_6a.id)
            .await
            .unwrap()
            .is_empty(),
        "nothing half-saved"
    );

    let plan = [talk(&a.id, time(9, 0, 0, 0)), talk(&b.id, time(9, 25, 0, 0))];
    child_talks::save_plan(&store, &round.id, &f.class_6a.id, 20, &plan)
        .await
        .unwrap();
    let saved = child_talks::talks(&store, &round.id, &f.class_6a.id).await.unwrap();
    assert_eq!(saved.len(), 2);
    assert_eq!(saved[0].end, time(9, 20, 0, 0));
    child_talks::update_talk(&store, &round.id, &saved[0].id, TalkStatus::Done, false, None)
        .await
        .unwrap();
    // A new plan keeps the talk that was held and replaces the other.
    child_talks::save_plan(&store, &round.id, &f.class_6a.id, 20, &[talk(&b.id, time(10, 0, 0, 0))])
        .await
        .unwrap();
    let again = child_talks::talks(&store, &round.id, &f.class_6a.id).await.unwrap();
    assert_eq!(again.len(), 2);
    assert_eq!(again[0].status, TalkStatus::Done);
    assert_eq!(again[1].start, time(10, 0, 0, 0));
    let statuses = child_talks::statuses(&store, &round.id).await.unwrap();
    assert_eq!(statuses.len(), 2);

    // Removing the moment keeps the talks, without the link.
    child_talks::remove_moment(&store, &f.class_6a.id, &moment)
        .await
        .unwrap();
    assert!(
        child_talks::talks(&store, &round.id, &f.class_6a.id)
            .await
            .unwrap()
            .iter()
            .all(|t| t.moment_id.is_none())
    );
});

on_both!(
    the_tablet_opens_the_talk_of_now_not_of_the_newest_round,
    async |store: Store| {
        let f = fixtures::school(&store, "De Regenboog").await;
        let m = NewMoment {
            kind: MomentKind::CornerWork,
            weekday: Weekday::Tuesday,
            start: time(9, 0, 0, 0),
            end: time(10, 30, 0, 0),
            place: "",
        };
        let moment = child_talks::add_moment(&store, &f.school.id, &f.class_6a.id, m)
            .await
            .unwrap();
        let child = children::create(
            &store,
            &f.school.id,
            ChildFields {
                class: Some(&f.class_6a.id),
                first_name: "Arne",
                last_name: "Maes",
                birth_date: None,
            },
        )
        .await
        .unwrap();
        let round = async |name: &str, from: &str, until: &str| {
            let input = RoundInput {
                name: name.into(),
                child_talk_from: from.into(),
                child_talk_until: until.into(),
                booking_opens: format!("{until}T19:00"),
                booking_closes: "2027-06-01T12:00".into(),
                conference_from: "2027-06-07".into(),
                conference_until: "2027-06-10".into(),
                ..Default::default()
            };
            rounds::create(
                &store,
                &f.school.id,
                &input.parse().unwrap(),
                std::slice::from_ref(&f.class_6a.id),
                &f.teacher.id,
            )
            .await
            .unwrap()
        };
        // January's round first; March's is planned ahead, in January, and so is newer.
        let january = round("Januari", "2027-01-11", "2027-01-22").await;
        let march = round("Maart", "2027-03-01", "2027-03-12").await;
        let plan = |day| {
            [Talk {
                date: day,
                start: time(9, 0, 0, 0),
                moment: moment.clone(),
                child: child.id.clone(),
            }]
        };
        child_talks::save_plan(&store, &january.id, &f.class_6a.id, 20, &plan(date(2027, 1, 19)))
            .await
            .unwrap();
        child_talks::save_plan(&store, &march.id, &f.class_6a.id, 20, &plan(date(2027, 3, 2)))
            .await
            .unwrap();
        let opened = async |today| {
            child_talks::current_for_child(&store, &child.id, today)
                .await
                .unwrap()
                .map(|(round, talk)| (round, talk.date))
        };
        let jan = Some((january.id.clone(), date(2027, 1, 19)));
        let mar = Some((march.id.clone(), date(2027, 3, 2)));
        assert_eq!(opened(date(2027, 1, 12)).await, jan, "in January's window");
        assert_eq!(opened(date(2027, 1, 19)).await, jan, "January's talk is today");
        assert_eq!(opened(date(2027, 2, 3)).await, jan, "looking back after the window");
        assert_eq!(opened(date(2027, 3, 2)).await, mar, "March's talk is today");
        assert_eq!(opened(date(2027, 3, 20)).await, mar);
        assert_eq!(opened(date(2026, 12, 1)).await, jan, "before either: the next to come");
    }
);
