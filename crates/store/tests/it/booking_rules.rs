//! The booking rules as a state machine, against the real database: random runs of book,
//! change, cancel, join and leave the waiting list, offer freed slots and let offers expire,
//! checked step by step against a plain model. Whatever the order: one booking per slot, one
//! per child, a held slot only for the family it is offered to, and offers in the order the
//! families asked.

use crate::fixtures;
use proptest::prelude::*;
use samenspraak_core::booking::DayPlan;
use samenspraak_core::ids::{ChildId, RoundId};
use samenspraak_store::bookings::{self, BookedBy, Outcome, Request};
use samenspraak_store::{Store, children, rounds, waiting};
use std::collections::BTreeMap;

const CHILDREN: usize = 5;
const SLOTS: usize = 3;

#[derive(Debug, Clone)]
enum Step {
    Book(usize, usize),
    Change(usize, usize),
    Cancel(usize),
    Join(usize),
    Leave(usize),
    Offer,
    Expire,
}

fn step() -> impl Strategy<Value = Step> {
    prop_oneof![
        3 => (0..CHILDREN, 0..SLOTS).prop_map(|(c, s)| Step::Book(c, s)),
        2 => (0..CHILDREN, 0..SLOTS).prop_map(|(c, s)| Step::Change(c, s)),
        2 => (0..CHILDREN).prop_map(Step::Cancel),
        2 => (0..CHILDREN).prop_map(Step::Join),
        1 => (0..CHILDREN).prop_map(Step::Leave),
        2 => Just(Step::Offer),
        1 => Just(Step::Expire),
    ]
}

/// What the rules say should be there.
#[derive(Default, Debug)]
struct Model {
    /// slot → child
    booked: BTreeMap<usize, usize>,
    /// The waiting list in order, with any slot offered and whether that offer expired.
    queue: Vec<(usize, Option<usize>, bool)>,
}

impl Model {
    fn slot_of(&self, child: usize) -> Option<usize> {
        self.booked.iter().find(|(_, c)| **c == child).map(|(s, _)| *s)
    }

    fn held_for_other(&self, slot: usize, child: usize) -> bool {
        self.queue
            .iter()
            .any(|(c, o, expired)| *o == Some(slot) && *c != child && !expired)
    }
}

struct World {
    store: Store,
    round: RoundId,
    class: samenspraak_core::ids::ClassId,
    children: Vec<ChildId>,
    slots: Vec<String>,
    teacher: samenspraak_core::ids::StaffId,
    /// The teacher as the audit log names them.
    who: samenspraak_store::audit::Who,
}

async fn world() -> (samenspraak_store::testing::TestDatabase, World) {
    let db = samenspraak_store::testing::TestDatabase::sqlite().await;
    let w = world_in(db.store.clone()).await;
    (db, w)
}

async fn world_in(store: Store) -> World {
    let f = fixtures::school(&store, "Regels").await;
    let today = samenspraak_core::time::today(samenspraak_store::now());
    let day = |n: i64| today.checked_add(jiff::Span::new().days(n)).unwrap();
    let plan = samenspraak_core::round::RoundInput {
        name: "Ronde".into(),
        child_talk_from: day(1).to_string(),
        child_talk_until: day(2).to_string(),
        parent_prep_until: String::new(),
        booking_opens: format!("{}T00:00", today),
        booking_closes: format!("{}T00:00", day(9)),
        conference_from: day(10).to_string(),
        conference_until: day(10).to_string(),
        follow_up_on: String::new(),
    }
    .parse()
    .unwrap();
    let round = rounds::create(
        &store,
        &f.school.id,
        &plan,
        std::slice::from_ref(&f.class_6a.id),
        &f.teacher.id,
    )
    .await
    .unwrap();
    let day_plan = DayPlan::new(jiff::civil::time(16, 0, 0, 0), jiff::civil::time(17, 0, 0, 0), 20, 0).unwrap();
    bookings::add_day(
        &store,
        &f.school.id,
        &round.id,
        &f.class_6a.id,
        day(10),
        &day_plan,
        samenspraak_store::bookings::DayDetails {
            room: "",
            ..Default::default()
        },
    )
    .await
    .unwrap();
    let slots = bookings::slots(&store, &round.id, &f.class_6a.id)
        .await
        .unwrap()
        .into_iter()
        .map(|s| s.id)
        .collect();
    let mut kids = Vec::new();
    for i in 0..CHILDREN {
        let c = children::create(
            &store,
            &f.school.id,
            children::ChildFields {
                class: Some(&f.class_6a.id),
                first_name: &format!("Kind{i}"),
                last_name: "Regel",
                birth_date: None,
            },
        )
        .await
        .unwrap();
        kids.push(c.id);
    }
    World {
        store,
        round: round.id,
        class: f.class_6a.id,
        children: kids,
        slots,
        who: samenspraak_store::audit::Who::staff(&f.school.id, &f.teacher.id, "127.0.0.1"),
        teacher: f.teacher.id,
    }
}

async fn run(steps: Vec<Step>) -> Result<(), TestCaseError> {
    let (db, w) = world().await;
    let mut m = Model::default();
    let far = (jiff::civil::date(2000, 1, 1), "00:00".to_string());
    for (n, step) in steps.iter().enumerate() {
        let key = format!("{n:032}");
        let request = |c: usize, s: usize| Request {
            round: &w.round,
            slot: &w.slots[s],
            child: &w.children[c],
            seat: "",
            by: BookedBy::Staff(&w.teacher),
            who: &w.who,
            request_key: &key,
        };
        match *step {
            Step::Book(c, s) => {
                let got = bookings::book(&w.store, request(c, s), Vec::new()).await.unwrap();
                let want = match (m.booked.get(&s), m.slot_of(c)) {
                    (_, Some(mine)) if mine == s => Outcome::Booked,
                    (_, Some(_)) => Outcome::ChildHasOne,
                    (Some(_), None) => Outcome::Taken,
                    (None, None) if m.held_for_other(s, c) => Outcome::Taken,
                    (None, None) => {
                        m.booked.insert(s, c);
                        Outcome::Booked
                    }
                };
                prop_assert_eq!(got, want, "{:?} in {:?}", step, m);
            }
            Step::Change(c, s) => {
                if m.slot_of(c).is_none() {
                    continue;
                }
                let got = bookings::change(&w.store, request(c, s), Vec::new()).await.unwrap();
                let free = m.booked.get(&s).is_none_or(|o| *o == c) && !m.held_for_other(s, c);
                if free {
                    let old = m.slot_of(c).unwrap();
                    m.booked.remove(&old);
                    m.booked.insert(s, c);
                }
                prop_assert_eq!(got, if free { Outcome::Booked } else { Outcome::Taken }, "{:?}", step);
            }
            Step::Cancel(c) => {
                bookings::cancel(&w.store, &w.round, &w.children[c], "", &w.who, &[])
                    .await
                    .unwrap();
                if let Some(s) = m.slot_of(c) {
                    m.booked.remove(&s);
                }
            }
            Step::Join(c) => {
                waiting::join(&w.store, &w.round, &w.class, &w.children[c], None)
                    .await
                    .unwrap();
                if !m.queue.iter().any(|(q, _, _)| *q == c) {
                    m.queue.push((c, None, false));
                }
            }
            Step::Leave(c) => {
                waiting::leave(&w.store, &w.round, &w.children[c]).await.unwrap();
                m.queue.retain(|(q, _, _)| *q != c);
            }
            Step::Offer => {
                let offered = waiting::offer_free_slots(&w.store, &w.round, &w.class, far.clone(), |_, _| {
                    samenspraak_store::now() + 12 * 3600
                })
                .await
                .unwrap();
                // The model: families whose offer expired leave the list; then the free slots
                // nobody holds go, in time order, to the first waiting without an offer.
                m.queue.retain(|(_, _, expired)| !expired);
                let mut free: Vec<usize> = (0..SLOTS)
                    .filter(|s| !m.booked.contains_key(s) && !m.queue.iter().any(|(_, o, _)| *o == Some(*s)))
                    .collect();
                free.reverse();
                let mut want = Vec::new();
                for (c, offer, _) in m.queue.iter_mut() {
                    if offer.is_none()
                        && let Some(s) = free.pop()
                    {
                        *offer = Some(s);
                        want.push((*c, s));
                    }
                }
                let got: Vec<(usize, usize)> = offered
                    .iter()
                    .map(|o| {
                        (
                            w.children.iter().position(|c| *c == o.child).unwrap(),
                            w.slots.iter().position(|s| *s == o.slot).unwrap(),
                        )
                    })
                    .collect();
                prop_assert_eq!(got, want, "offers in order");
            }
            Step::Expire => {
                // Twelve hours pass: every offer made so far runs out (the slot is no longer
                // held; the family leaves the list at the next offering).
                sqlx::query("UPDATE booking_wait SET offer_expires_at = 1 WHERE offer_expires_at IS NOT NULL")
                    .execute(w.store.pool())
                    .await
                    .unwrap();
                // Time passed by a write around the store: the desk is told.
                w.store.forget_all();
                for (_, offer, expired) in m.queue.iter_mut() {
                    if offer.is_some() {
                        *expired = true;
                    }
                }
            }
        }
        // What the database holds is what the model holds.
        let stored: BTreeMap<usize, usize> = bookings::of_round_slots(&w.store, &w.round)
            .await
            .unwrap()
            .into_iter()
            .map(|(c, s)| {
                (
                    w.slots.iter().position(|x| *x == s).unwrap(),
                    w.children.iter().position(|x| *x == c).unwrap(),
                )
            })
            .collect();
        prop_assert_eq!(&stored, &m.booked, "after {:?}", step);
        let queue: Vec<ChildId> = waiting::of_round(&w.store, &w.round).await.unwrap();
        let model_queue: Vec<ChildId> = m.queue.iter().map(|(c, _, _)| w.children[*c].clone()).collect();
        prop_assert_eq!(queue, model_queue, "the waiting list, in order, after {:?}", step);
        // The booking desk, read before this step and kept in memory, shows the same.
        let desk = samenspraak_store::bookings::class_desk(&w.store, &w.round, &w.class)
            .await
            .unwrap();
        let slots = bookings::slots(&w.store, &w.round, &w.class).await.unwrap();
        prop_assert_eq!(&desk.slots, &slots, "the desk's slots after {:?}", step);
        for c in &w.children {
            let place = waiting::place(&w.store, &w.round, c).await.unwrap();
            prop_assert_eq!(desk.place(c), place, "the desk's waiting list after {:?}", step);
        }
    }
    db.drop_now().await;
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]

    #[test]
    fn booking_follows_the_rules_whatever_the_order(steps in prop::collection::vec(step(), 1..40)) {
        let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
        runtime.block_on(run(steps))?;
    }
}

/// Two app instances on one database: what one books, the other's desk shows once its
/// entry is older than `MAX_AGE`, or at once after it refused a booking it thought free: the
/// writer that was refused learns who holds the slot or the child's seat, without reading
/// the class again.
async fn another_instance_is_seen_in_time(store: Store, url: &str) {
    let w = world_in(store).await;
    let other = Store::connect(url).await.unwrap();
    let free = |d: &samenspraak_store::bookings::ClassDesk| d.slots.iter().filter(|s| s.child.is_none()).count();
    let seen = samenspraak_store::bookings::class_desk(&other, &w.round, &w.class)
        .await
        .unwrap();
    assert_eq!(free(&seen), SLOTS);

    let request = |c: usize, s: usize, key: &'static str| Request {
        round: &w.round,
        slot: &w.slots[s],
        child: &w.children[c],
        seat: "",
        by: BookedBy::Staff(&w.teacher),
        who: &w.who,
        request_key: key,
    };
    let booked = bookings::book(&w.store, request(0, 0, "k0000000000000000"), Vec::new())
        .await
        .unwrap();
    assert_eq!(booked, Outcome::Booked);
    // A room changed behind both instances' backs: a desk that reads the class again shows it.
    sqlx::query("UPDATE conference_slot SET room = 'elders' WHERE id = $1")
        .bind(&w.slots[1])
        .execute(w.store.pool())
        .await
        .unwrap();
    // This instance knows at once; the other does not yet, and tries the slot in vain.
    let here = samenspraak_store::bookings::class_desk(&w.store, &w.round, &w.class)
        .await
        .unwrap();
    assert_eq!(here.slots[0].child.as_ref(), Some(&w.children[0]));
    let there = samenspraak_store::bookings::class_desk(&other, &w.round, &w.class)
        .await
        .unwrap();
    assert_eq!(free(&there), SLOTS, "read from memory");
    let refused = bookings::book(&other, request(1, 0, "k1111111111111111"), Vec::new())
        .await
        .unwrap();
    assert_eq!(refused, Outcome::Taken);
    let there = samenspraak_store::bookings::class_desk(&other, &w.round, &w.class)
        .await
        .unwrap();
    assert_eq!(
        there.slots[0].child.as_ref(),
        Some(&w.children[0]),
        "learned from the refusal"
    );
    let renamed = there.slots.iter().find(|s| s.id == w.slots[1]).unwrap();
    assert_ne!(renamed.room, "elders", "the class was not read again for it");

    // A child booked through the first instance: the other, not knowing, tries another slot
    // for it, is refused by the child's seat, and learns where the child is.
    let booked = bookings::book(&w.store, request(2, 2, "k2222222222222222"), Vec::new()).await;
    assert_eq!(booked.unwrap(), Outcome::Booked);
    let twice = bookings::book(&other, request(2, 1, "k3333333333333333"), Vec::new()).await;
    assert_eq!(twice.unwrap(), Outcome::ChildHasOne);
    let there = samenspraak_store::bookings::class_desk(&other, &w.round, &w.class)
        .await
        .unwrap();
    let holder = |d: &samenspraak_store::bookings::ClassDesk, slot: usize| {
        d.slots.iter().find(|s| s.id == w.slots[slot]).unwrap().child.clone()
    };
    assert_eq!(holder(&there, 2), Some(w.children[2].clone()));
    // The child moves through the first instance; the other learns it from its next
    // refusal and shows the old slot free.
    let moved = bookings::change(&w.store, request(2, 1, "k4444444444444444"), Vec::new()).await;
    assert_eq!(moved.unwrap(), Outcome::Booked);
    let back = bookings::book(&other, request(2, 2, "k5555555555555555"), Vec::new()).await;
    assert_eq!(back.unwrap(), Outcome::ChildHasOne);
    let there = samenspraak_store::bookings::class_desk(&other, &w.round, &w.class)
        .await
        .unwrap();
    assert_eq!(holder(&there, 1), Some(w.children[2].clone()));
    assert_eq!(holder(&there, 2), None, "the old slot shows free");
    let renamed = there.slots.iter().find(|s| s.id == w.slots[1]).unwrap();
    assert_ne!(renamed.room, "elders", "still not read again");

    // Cancels here reach the other instance within MAX_AGE without being told.
    for c in [0, 2] {
        bookings::cancel(&w.store, &w.round, &w.children[c], "", &w.who, &[])
            .await
            .unwrap();
    }
    tokio::time::sleep(samenspraak_store::MAX_AGE).await;
    let there = samenspraak_store::bookings::class_desk(&other, &w.round, &w.class)
        .await
        .unwrap();
    assert_eq!(free(&there), SLOTS);
    other.close().await;
}

#[tokio::test]
async fn another_instance_is_seen_in_time_on_sqlite() {
    let db = samenspraak_store::testing::TestDatabase::sqlite().await;
    another_instance_is_seen_in_time(db.store.clone(), &db.url).await;
    db.drop_now().await;
}

#[cfg(pg_tests)]
#[tokio::test]
async fn another_instance_is_seen_in_time_on_postgres() {
    let db = samenspraak_store::testing::TestDatabase::new(samenspraak_store::Backend::Postgres).await;
    another_instance_is_seen_in_time(db.store.clone(), &db.url).await;
    db.drop_now().await;
}

/// The same form sent twice at once (a double tap) books once and says "booked" both
/// times; another family's try for that slot in the same instant is told "taken". All
/// three reach the writer together, so they land in one transaction.
async fn a_double_tap_books_once(store: Store) {
    let w = world_in(store).await;
    // The class as a family's page would have read it.
    samenspraak_store::bookings::class_desk(&w.store, &w.round, &w.class)
        .await
        .unwrap();
    let request = |c: usize, key: &'static str| Request {
        round: &w.round,
        slot: &w.slots[0],
        child: &w.children[c],
        seat: "",
        by: BookedBy::Staff(&w.teacher),
        who: &w.who,
        request_key: key,
    };
    let (first, again, other) = tokio::join!(
        bookings::book(&w.store, request(0, "tap0000000000000"), Vec::new()),
        bookings::book(&w.store, request(0, "tap0000000000000"), Vec::new()),
        bookings::book(&w.store, request(1, "tap1111111111111"), Vec::new()),
    );
    assert_eq!(first.unwrap(), Outcome::Booked);
    assert_eq!(again.unwrap(), Outcome::Booked, "the second tap is the same booking");
    assert_eq!(other.unwrap(), Outcome::Taken);
    let made = bookings::of_round_slots(&w.store, &w.round).await.unwrap();
    assert_eq!(made, vec![(w.children[0].clone(), w.slots[0].clone())]);
}

/// A booking that waited in the writer behind another booking of its slot gets the slot
/// when that other one is refused (here: its child already has a conversation).
async fn behind_a_refused_booking_the_slot_is_still_free(store: Store) {
    let w = world_in(store).await;
    let request = |c: usize, s: usize, key: &'static str| Request {
        round: &w.round,
        slot: &w.slots[s],
        child: &w.children[c],
        seat: "",
        by: BookedBy::Staff(&w.teacher),
        who: &w.who,
        request_key: key,
    };
    let first = bookings::book(&w.store, request(0, 2, "own0000000000000"), Vec::new()).await;
    assert_eq!(first.unwrap(), Outcome::Booked);
    // Both reach the writer together, child 0's first.
    let (again, other) = tokio::join!(
        bookings::book(&w.store, request(0, 0, "own1111111111111"), Vec::new()),
        bookings::book(&w.store, request(1, 0, "own2222222222222"), Vec::new()),
    );
    assert_eq!(again.unwrap(), Outcome::ChildHasOne);
    assert_eq!(other.unwrap(), Outcome::Booked);
    let mut made = bookings::of_round_slots(&w.store, &w.round).await.unwrap();
    made.sort();
    let mut expected = vec![
        (w.children[0].clone(), w.slots[2].clone()),
        (w.children[1].clone(), w.slots[0].clone()),
    ];
    expected.sort();
    assert_eq!(made, expected);
}

#[tokio::test]
async fn behind_a_refused_booking_the_slot_is_still_free_on_sqlite() {
    let db = samenspraak_store::testing::TestDatabase::sqlite().await;
    behind_a_refused_booking_the_slot_is_still_free(db.store.clone()).await;
    db.drop_now().await;
}

#[cfg(pg_tests)]
#[tokio::test]
async fn behind_a_refused_booking_the_slot_is_still_free_on_postgres() {
    let db = samenspraak_store::testing::TestDatabase::new(samenspraak_store::Backend::Postgres).await;
    behind_a_refused_booking_the_slot_is_still_free(db.store.clone()).await;
    db.drop_now().await;
}

#[tokio::test]
async fn a_double_tap_books_once_on_sqlite() {
    let db = samenspraak_store::testing::TestDatabase::sqlite().await;
    a_double_tap_books_once(db.store.clone()).await;
    db.drop_now().await;
}

#[cfg(pg_tests)]
#[tokio::test]
async fn a_double_tap_books_once_on_postgres() {
    let db = samenspraak_store::testing::TestDatabase::new(samenspraak_store::Backend::Postgres).await;
    a_double_tap_books_once(db.store.clone()).await;
    db.drop_now().await;
}
