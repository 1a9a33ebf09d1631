//! Planning the child talks (kindgesprekken) into class time: a pure function from the
//! class's weekly moments, the round's window and the exceptions to a plan.
//!
//! Rules the plan keeps (property-tested below):
//! - every child to place gets exactly one talk, or is reported as not placed, with why;
//! - no two talks overlap on a day — the teacher holds one talk at a time;
//! - talks fall inside the window, inside a moment, never on a closed day, a cancelled
//!   moment or a day the child is absent;
//! - at most `max_per_moment` talks per moment on a day, locked talks included;
//! - locked talks stay exactly where they are;
//! - the talks are spread over the window (every moment gets about as many talks as the
//!   others) instead of crammed into the first days; moments that overlap on one day share
//!   their time, the earlier-starting one first;
//! - the same input gives the same plan.

use crate::ids::ChildId;
use jiff::civil::{Date, Time, Weekday};
use std::collections::{BTreeMap, BTreeSet};

/// A weekly block of class time in which talks can happen (hoekenwerk, zelfstandig werk, …).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Moment {
    pub id: String,
    pub weekday: Weekday,
    pub start: Time,
    pub end: Time,
}

/// One talk: a child, a day, a moment and its start; it lasts the round's talk length.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Talk {
    pub date: Date,
    pub start: Time,
    pub moment: String,
    pub child: ChildId,
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PlanInput {
    /// The round's child-talk window, both days included.
    pub from: Date,
    pub until: Date,
    pub moments: Vec<Moment>,
    /// Holidays and days off: no talks at all.
    pub closed_days: BTreeSet<Date>,
    /// A moment that does not happen on one day (a trip, a performance).
    pub cancelled: BTreeSet<(String, Date)>,
    /// Children to place, in the order the teacher reads the class list.
    pub children: Vec<ChildId>,
    /// Days a child is not at school.
    pub absent: BTreeSet<(ChildId, Date)>,
    pub talk_minutes: i64,
    pub break_minutes: i64,
    pub max_per_moment: usize,
    /// Talks the teacher fixed (or that already happened); they are kept as they are.
    pub locked: Vec<Talk>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NotPlaced {
    /// All free moments in the window are taken: add moments or widen the window.
    TooFewMoments,
    /// There are free moments, but the child is absent on each of those days.
    AbsentOnEveryFreeDay,
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Plan {
    /// Locked talks first, then the new ones; each list by date and time.
    pub talks: Vec<Talk>,
    pub not_placed: Vec<(ChildId, NotPlaced)>,
}

/// A place a talk could go: one moment on one day, at one start time.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Slot {
    date: Date,
    start: Time,
    moment: String,
    /// Index of the moment-on-a-day this slot belongs to.
    occurrence: usize,
}

fn minutes(t: Time) -> i64 {
    i64::from(t.hour()) * 60 + i64::from(t.minute())
}

fn time_of(minutes: i64) -> Time {
    Time::new((minutes / 60) as i8, (minutes % 60) as i8, 0, 0).expect("within a day")
}

pub fn plan(input: &PlanInput) -> Plan {
    let talk = input.talk_minutes.max(1);
    let step = talk + input.break_minutes.max(0);
    let overlaps = |a: Time, b: Time| (minutes(a) - minutes(b)).abs() < talk;

    // Every moment on every open day of the window, in time order.
    let mut occurrences: Vec<(Date, &Moment)> = Vec::new();
    let mut day = input.from;
    while day <= input.until {
        if !input.closed_days.contains(&day) {
            let mut today: Vec<&Moment> = input
                .moments
                .iter()
                .filter(|m| m.weekday == day.weekday() && !input.cancelled.contains(&(m.id.clone(), day)))
                .collect();
            today.sort_by_key(|m| (m.start, m.id.clone()));
            occurrences.extend(today.into_iter().map(|m| (day, m)));
        }
        match day.tomorrow() {
            Ok(next) => day = next,
            Err(_) => break,
        }
    }

    // Free slots: back to back from the moment's start, never overlapping a locked talk or
    // an earlier slot of the same day, at most `max_per_moment` per occurrence.
    let locked_children: BTreeSet<&ChildId> = input.locked.iter().map(|t| &t.child).collect();
    let mut used: BTreeMap<Date, Vec<Time>> = BTreeMap::new();
    for t in &input.locked {
        used.entry(t.date).or_default().push(t.start);
    }
    let mut slots: Vec<Slot> = Vec::new();
    let mut capacity: Vec<usize> = Vec::new();
    for (i, (date, m)) in occurrences.iter().enumerate() {
        let locked_here = input
            .locked
            .iter()
            .filter(|t| t.date == *date && t.moment == m.id)
            .count();
        let mut room = input.max_per_moment.saturating_sub(locked_here);
        let mut start = minutes(m.start);
        let mut here = 0;
        while room > 0 && start + talk <= minutes(m.end) {
            let at = time_of(start);
            let day_used = used.entry(*date).or_default();
            if day_used.iter().all(|u| !overlaps(*u, at)) {
                day_used.push(at);
                slots.push(Slot {
                    date: *date,
                    start: at,
                    moment: m.id.clone(),
                    occurrence: i,
                });
                room -= 1;
                here += 1;
            }
            start += step;
        }
        capacity.push(here);
    }

    let to_place: Vec<&ChildId> = input.children.iter().filter(|c| !locked_children.contains(c)).collect();
    let wanted = spread(&capacity, to_place.len());
    // The first `wanted[i]` slots of each occurrence are preferred, the rest kept in reserve
    // for children who are absent on the preferred days.
    let mut seen = vec![0usize; capacity.len()];
    let (mut preferred, mut reserve) = (Vec::new(), Vec::new());
    for (s, slot) in slots.iter().enumerate() {
        let n = &mut seen[slot.occurrence];
        if *n < wanted[slot.occurrence] {
            preferred.push(s)
        } else {
            reserve.push(s)
        }
        *n += 1;
    }

    let can = |child: &ChildId, s: usize| !input.absent.contains(&(child.clone(), slots[s].date));
    let mut owner: Vec<Option<usize>> = vec![None; slots.len()];
    let all: Vec<usize> = preferred.iter().chain(reserve.iter()).copied().collect();
    for c in 0..to_place.len() {
        let mut visited = vec![false; slots.len()];
        if !augment(c, &to_place, &preferred, &can, &mut owner, &mut visited) {
            let mut visited = vec![false; slots.len()];
            augment(c, &to_place, &all, &can, &mut owner, &mut visited);
        }
    }

    let mut placed: Vec<Talk> = owner
        .iter()
        .enumerate()
        .filter_map(|(s, o)| {
            o.map(|c| Talk {
                date: slots[s].date,
                start: slots[s].start,
                moment: slots[s].moment.clone(),
                child: to_place[c].clone(),
            })
        })
        .collect();
    placed.sort();
    let placed_children: BTreeSet<&ChildId> = placed.iter().map(|t| &t.child).collect();
    let free_slots = slots.len();
    let not_placed = to_place
        .iter()
        .filter(|c| !placed_children.contains(*c))
        .map(|c| {
            let some_free_day = owner.iter().enumerate().any(|(s, o)| o.is_none() && can(c, s));
            let reason = if free_slots < to_place.len() && !some_free_day {
                NotPlaced::TooFewMoments
            } else {
                NotPlaced::AbsentOnEveryFreeDay
            };
            ((*c).clone(), reason)
        })
        .collect();
    let mut talks = input.locked.clone();
    talks.sort();
    talks.extend(placed);
    Plan { talks, not_placed }
}

/// How many talks each occurrence should get for `n` children: as even as capacity allows,
/// and with fewer children than occurrences, spaced evenly over the window.
fn spread(capacity: &[usize], n: usize) -> Vec<usize> {
    let open: Vec<usize> = (0..capacity.len()).filter(|&i| capacity[i] > 0).collect();
    let mut wanted = vec![0usize; capacity.len()];
    if n == 0 || open.is_empty() {
        return wanted;
    }
    if n <= open.len() {
        for i in 0..n {
            wanted[open[(2 * i + 1) * open.len() / (2 * n)]] = 1;
        }
        return wanted;
    }
    let total: usize = capacity.iter().sum();
    let target = n.min(total);
    let mut level = 0;
    while wanted.iter().sum::<usize>() < target {
        level += 1;
        for &i in &open {
            wanted[i] = capacity[i].min(level);
        }
    }
    // Too many at the last level: take the extra ones away evenly, not all at the end.
    let extra = wanted.iter().sum::<usize>() - target;
    let at_level: Vec<usize> = open.iter().copied().filter(|&i| wanted[i] == level).collect();
    for k in 0..extra {
        wanted[at_level[(2 * k + 1) * at_level.len() / (2 * extra)]] -= 1;
    }
    wanted
}

/// Kuhn's augmenting path: finds a slot for child `c` among `allowed`, moving others along.
/// A free slot is taken first, so children keep the class list's order through the window
/// and others are only moved when that is the only way to place this child.
fn augment(
    c: usize,
    children: &[&ChildId],
    allowed: &[usize],
    can: &dyn Fn(&ChildId, usize) -> bool,
    owner: &mut Vec<Option<usize>>,
    visited: &mut Vec<bool>,
) -> bool {
    if let Some(&s) = allowed
        .iter()
        .find(|&&s| owner[s].is_none() && !visited[s] && can(children[c], s))
    {
        owner[s] = Some(c);
        return true;
    }
    for &s in allowed {
        if visited[s] || !can(children[c], s) {
            continue;
        }
        visited[s] = true;
        let free = match owner[s] {
            None => true,
            Some(other) => augment(other, children, allowed, can, owner, visited),
        };
        if free {
            owner[s] = Some(c);
            return true;
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::{date, time};
    use proptest::prelude::*;

    fn kids(n: usize) -> Vec<ChildId> {
        (0..n).map(|i| ChildId(format!("k{i:02}"))).collect()
    }

    fn moment(id: &str, weekday: Weekday, from: (i8, i8), to: (i8, i8)) -> Moment {
        Moment {
            id: id.into(),
            weekday,
            start: time(from.0, from.1, 0, 0),
            end: time(to.0, to.1, 0, 0),
        }
    }

    /// 6A: hoekenwerk on Tuesday morning, zelfstandig werk Thursday afternoon, three weeks.
    fn class_6a(children: usize) -> PlanInput {
        PlanInput {
            from: date(2026, 11, 16),
            until: date(2026, 12, 4),
            moments: vec![
                moment("hoekenwerk", Weekday::Tuesday, (9, 0), (10, 30)),
                moment("zelfstandig", Weekday::Thursday, (13, 30), (15, 0)),
            ],
            children: kids(children),
            talk_minutes: 20,
            break_minutes: 5,
            max_per_moment: 3,
            ..Default::default()
        }
    }

    #[test]
    fn a_class_is_spread_over_the_three_weeks() {
        let p = plan(&class_6a(12));
        assert!(p.not_placed.is_empty());
        assert_eq!(p.talks.len(), 12);
        let mut per_day: BTreeMap<Date, usize> = BTreeMap::new();
        for t in &p.talks {
            *per_day.entry(t.date).or_default() += 1;
        }
        assert_eq!(per_day.len(), 6, "every Tuesday and Thursday is used");
        assert!(per_day.values().all(|&n| n == 2), "{per_day:?}");
        // Back to back with a break: 9:00 and 9:25.
        let first: Vec<Time> = p
            .talks
            .iter()
            .filter(|t| t.date == date(2026, 11, 17))
            .map(|t| t.start)
            .collect();
        assert_eq!(first, vec![time(9, 0, 0, 0), time(9, 25, 0, 0)]);
    }

    #[test]
    fn children_follow_the_class_list_through_the_window() {
        let p = plan(&class_6a(12));
        let order: Vec<&str> = p.talks.iter().map(|t| t.child.0.as_str()).collect();
        let mut sorted = order.clone();
        sorted.sort();
        assert_eq!(order, sorted);
    }

    #[test]
    fn too_few_moments_are_said_clearly() {
        let p = plan(&class_6a(20));
        assert_eq!(p.talks.len(), 18, "6 moments × 3");
        assert_eq!(p.not_placed.len(), 2);
        assert!(p.not_placed.iter().all(|(_, why)| *why == NotPlaced::TooFewMoments));
    }

    #[test]
    fn holidays_cancellations_and_absences_are_respected() {
        let mut input = class_6a(6);
        input.closed_days.insert(date(2026, 11, 17));
        input.cancelled.insert(("zelfstandig".into(), date(2026, 11, 19)));
        input.absent.insert((ChildId("k00".into()), date(2026, 11, 24)));
        let p = plan(&input);
        assert!(p.not_placed.is_empty());
        assert!(
            p.talks
                .iter()
                .all(|t| t.date != date(2026, 11, 17) && t.date != date(2026, 11, 19))
        );
        let k0 = p.talks.iter().find(|t| t.child.0 == "k00").unwrap();
        assert_ne!(k0.date, date(2026, 11, 24));
    }

    #[test]
    fn a_child_absent_on_every_free_day_is_named() {
        let mut input = class_6a(1);
        for d in [
            date(2026, 11, 17),
            date(2026, 11, 19),
            date(2026, 11, 24),
            date(2026, 11, 26),
            date(2026, 12, 1),
            date(2026, 12, 3),
        ] {
            input.absent.insert((ChildId("k00".into()), d));
        }
        assert_eq!(
            plan(&input).not_placed,
            vec![(ChildId("k00".into()), NotPlaced::AbsentOnEveryFreeDay)]
        );
    }

    #[test]
    fn replanning_keeps_locked_talks_and_moves_the_absent_child() {
        let first = plan(&class_6a(6));
        let absent_talk = first.talks[0].clone();
        let mut input = class_6a(6);
        input.locked = first.talks[1..].to_vec();
        input.absent.insert((absent_talk.child.clone(), absent_talk.date));
        let again = plan(&input);
        assert!(again.not_placed.is_empty());
        for t in &first.talks[1..] {
            assert!(again.talks.contains(t), "locked talk kept: {t:?}");
        }
        let moved = again.talks.iter().find(|t| t.child == absent_talk.child).unwrap();
        assert_ne!(moved.date, absent_talk.date);
    }

    fn weekday(i: u8) -> Weekday {
        [
            Weekday::Monday,
            Weekday::Tuesday,
            Weekday::Wednesday,
            Weekday::Thursday,
            Weekday::Friday,
        ][i as usize % 5]
    }

    fn arb_input() -> impl Strategy<Value = PlanInput> {
        (
            prop::collection::vec((0u8..5, 16i8..28, 2i64..8), 1..4),
            3i64..25,
            1usize..30,
            15i64..21,
            0i64..11,
            1usize..6,
            prop::collection::vec((0usize..30, 0i64..25), 0..20),
            prop::collection::vec(0i64..25, 0..4),
            prop::collection::vec((0usize..4, 0i64..25), 0..4),
        )
            .prop_map(|(moments, days, n, talk, pause, max, absent, closed, cancelled)| {
                let from = date(2026, 11, 16);
                let at = |d: i64| from.checked_add(jiff::Span::new().days(d)).unwrap();
                let moments: Vec<Moment> = moments
                    .iter()
                    .enumerate()
                    .map(|(i, (wd, half_hour, len))| {
                        let start = i64::from(*half_hour) * 30;
                        Moment {
                            id: format!("m{i}"),
                            weekday: weekday(*wd),
                            start: time_of(start),
                            end: time_of(start + len * 15),
                        }
                    })
                    .collect();
                let children = kids(n);
                PlanInput {
                    from,
                    until: at(days),
                    cancelled: cancelled
                        .iter()
                        .filter(|(m, _)| *m < moments.len())
                        .map(|(m, d)| (format!("m{m}"), at(*d)))
                        .collect(),
                    moments,
                    closed_days: closed.iter().map(|d| at(*d)).collect(),
                    absent: absent
                        .iter()
                        .filter(|(c, _)| *c < n)
                        .map(|(c, d)| (children[*c].clone(), at(*d)))
                        .collect(),
                    children,
                    talk_minutes: talk,
                    break_minutes: pause,
                    max_per_moment: max,
                    locked: Vec::new(),
                }
            })
    }

    /// Every moment on every open day of the window, independently of the planner.
    fn occurrences_of(input: &PlanInput) -> Vec<(Date, Moment)> {
        let mut out = Vec::new();
        let mut d = input.from;
        while d <= input.until {
            for m in &input.moments {
                if m.weekday == d.weekday()
                    && !input.closed_days.contains(&d)
                    && !input.cancelled.contains(&(m.id.clone(), d))
                {
                    out.push((d, m.clone()));
                }
            }
            d = d.tomorrow().unwrap();
        }
        out
    }

    /// Whether one more talk fits in this moment on this day next to the plan's talks.
    fn could_take_another(input: &PlanInput, p: &Plan, d: Date, m: &Moment) -> bool {
        let here = p.talks.iter().filter(|t| t.date == d && t.moment == m.id).count();
        if here >= input.max_per_moment {
            return false;
        }
        let step = input.talk_minutes + input.break_minutes;
        let mut start = minutes(m.start);
        while start + input.talk_minutes <= minutes(m.end) {
            let free = p
                .talks
                .iter()
                .filter(|t| t.date == d)
                .all(|t| (minutes(t.start) - start).abs() >= input.talk_minutes);
            if free {
                return true;
            }
            start += step;
        }
        false
    }

    fn check_rules(input: &PlanInput, p: &Plan) {
        let talk = input.talk_minutes;
        // Each child exactly once: in a talk or named as not placed.
        for c in &input.children {
            let talks = p.talks.iter().filter(|t| &t.child == c).count();
            let missing = p.not_placed.iter().filter(|(n, _)| n == c).count();
            assert_eq!(talks + missing, 1, "child {c}");
        }
        for (i, t) in p.talks.iter().enumerate() {
            let m = input.moments.iter().find(|m| m.id == t.moment).expect("a known moment");
            assert!(t.date >= input.from && t.date <= input.until);
            assert_eq!(t.date.weekday(), m.weekday);
            assert!(minutes(t.start) >= minutes(m.start) && minutes(t.start) + talk <= minutes(m.end));
            assert!(!input.closed_days.contains(&t.date));
            assert!(!input.cancelled.contains(&(t.moment.clone(), t.date)));
            assert!(
                !input.absent.contains(&(t.child.clone(), t.date)),
                "absent child planned"
            );
            for u in &p.talks[i + 1..] {
                assert!(
                    u.date != t.date || (minutes(u.start) - minutes(t.start)).abs() >= talk,
                    "overlap {t:?} {u:?}"
                );
            }
            let same = p
                .talks
                .iter()
                .filter(|u| u.date == t.date && u.moment == t.moment)
                .count();
            assert!(same <= input.max_per_moment);
        }
        for l in &input.locked {
            assert!(p.talks.contains(l));
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(300))]

        #[test]
        fn every_plan_keeps_the_rules(input in arb_input()) {
            let p = plan(&input);
            check_rules(&input, &p);
            prop_assert_eq!(plan(&input), p, "deterministic");
        }

        #[test]
        fn nobody_is_left_out_while_a_slot_they_could_take_is_free(input in arb_input()) {
            let p = plan(&input);
            // A child named as not placed has no free slot on a day they are present: if
            // placing them had been possible, the matching would have found it.
            let mut more = input.clone();
            more.locked = p.talks.clone();
            let again = plan(&more);
            prop_assert_eq!(again.talks.len(), p.talks.len());
        }

        #[test]
        fn replanning_with_locks_keeps_them(input in arb_input(), keep in 0usize..30) {
            let first = plan(&input);
            let mut second = input.clone();
            second.locked = first.talks.iter().take(keep).cloned().collect();
            let p = plan(&second);
            check_rules(&second, &p);
        }

        #[test]
        fn without_absences_the_load_is_even(mut input in arb_input()) {
            input.absent.clear();
            let p = plan(&input);
            let load = |d: Date, m: &str| p.talks.iter().filter(|t| t.date == d && t.moment == m).count();
            let occurrences = occurrences_of(&input);
            let busiest = occurrences.iter().map(|(d, m)| load(*d, &m.id)).max().unwrap_or(0);
            for (d, m) in &occurrences {
                // Moments that overlap another on the same day share their time, first
                // come first served; the rule is about moments of their own.
                let alone = occurrences.iter().all(|(e, n)| e != d || n.id == m.id || n.end <= m.start || m.end <= n.start);
                // A moment with two talks fewer than the busiest one was full, or nothing
                // was left to place: talks do not pile up in the first week.
                if alone && load(*d, &m.id) + 2 <= busiest {
                    prop_assert!(!could_take_another(&input, &p, *d, m), "{} {} has room: {:?}", d, m.id, p.talks);
                }
            }
        }

    }
}
