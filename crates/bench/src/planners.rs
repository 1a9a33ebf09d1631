//! The two planners, timed on a whole school: the child talks of 30 classes of 25 over a
//! six-week window (three moments a week, days off, absences), and the school's proposal
//! for 600 families, one in five with a child in a second class, over two conversation
//! days of 24 classes. Pure functions, so no server: each is timed REPEATS times beside its
//! floor, the same input cloned (touching every child, moment and slot once).

use jiff::civil::{Date, DateTime, Time, Weekday, date};
use samenspraak_core::ids::ChildId;
use samenspraak_core::planner::{self, Moment, PlanInput};
use samenspraak_core::proposal::{self, Child, Family, OpenSlot, Rules};
use std::collections::BTreeSet;
use std::time::Instant;

/// Runs both and returns their JSON lines.
pub fn run(repeats: usize) -> Vec<String> {
    let classes = child_talk_inputs(30, 25);
    let talks = time(repeats, || {
        let placed: usize = classes.iter().map(|c| planner::plan(c).talks.len()).sum();
        assert!(placed > 0, "the planner placed nobody");
    });
    let talks_floor = time(repeats, || {
        std::hint::black_box(classes.clone());
    });
    let (families, slots) = proposal_input(600, 24);
    let proposed = time(repeats, || {
        let p = proposal::propose(&families, &slots, Rules::default());
        assert!(!p.placed.is_empty(), "the proposal placed nobody");
    });
    let proposed_floor = time(repeats, || {
        std::hint::black_box((families.clone(), slots.clone()));
    });
    vec![
        line(
            "child_talk_planner",
            "30 classes of 25, six weeks",
            &talks,
            &talks_floor,
        ),
        line(
            "school_proposal",
            "600 families (120 with two children), 24 classes, 2 days",
            &proposed,
            &proposed_floor,
        ),
    ]
}

/// Milliseconds of each of `repeats` runs, sorted.
fn time(repeats: usize, mut f: impl FnMut()) -> Vec<f64> {
    let mut out: Vec<f64> = (0..repeats)
        .map(|_| {
            let t = Instant::now();
            f();
            t.elapsed().as_secs_f64() * 1000.0
        })
        .collect();
    out.sort_by(f64::total_cmp);
    out
}

fn median(xs: &[f64]) -> f64 {
    xs[xs.len() / 2]
}

fn line(case: &str, what: &str, ms: &[f64], floor: &[f64]) -> String {
    format!(
        concat!(
            "{{\"bench\":\"{}\",\"what\":\"{}\",\"repeats\":{},\"ms\":{:.2},\"spread\":[{:.2},{:.2}],",
            "\"floor\":{{\"what\":\"the input cloned\",\"ms\":{:.3}}},\"ratio\":{:.1},\"target_ms\":100}}"
        ),
        case,
        what,
        ms.len(),
        median(ms),
        ms[0],
        ms[ms.len() - 1],
        median(floor),
        median(ms) / median(floor).max(1e-6),
    )
}

/// A small deterministic generator: the same school every run.
struct Dice(u64);

impl Dice {
    fn below(&mut self, n: u64) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0 % n
    }
}

fn child_talk_inputs(classes: usize, size: usize) -> Vec<PlanInput> {
    let from = date(2027, 1, 11);
    let until = date(2027, 2, 19);
    let mut dice = Dice(0x5eed);
    (0..classes)
        .map(|c| {
            let children: Vec<ChildId> = (0..size).map(|k| ChildId(format!("c{c:02}k{k:02}"))).collect();
            let mut absent = BTreeSet::new();
            for child in &children {
                if dice.below(4) == 0 {
                    let day = from
                        .checked_add(jiff::Span::new().days(dice.below(35) as i64))
                        .unwrap_or(from);
                    absent.insert((child.clone(), day));
                }
            }
            let moment = |id: &str, weekday, hour| Moment {
                id: id.into(),
                weekday,
                start: Time::constant(hour, 0, 0, 0),
                end: Time::constant(hour, 50, 0, 0),
            };
            PlanInput {
                from,
                until,
                moments: vec![
                    moment("ma", Weekday::Monday, 10),
                    moment("wo", Weekday::Wednesday, 11),
                    moment("do", Weekday::Thursday, 14),
                ],
                closed_days: [date(2027, 2, 8), date(2027, 2, 9)]
                    .into_iter()
                    .collect::<BTreeSet<Date>>(),
                cancelled: [("wo".to_string(), date(2027, 1, 20))].into_iter().collect(),
                children,
                absent,
                talk_minutes: 10,
                break_minutes: 0,
                max_per_moment: 4,
                locked: Vec::new(),
            }
        })
        .collect()
}

fn proposal_input(families: usize, classes: usize) -> (Vec<Family>, Vec<OpenSlot>) {
    let days = [date(2027, 1, 25), date(2027, 1, 26)];
    let mut slots = Vec::new();
    for c in 0..classes {
        for day in days {
            // 13:00 to 21:00, ten minutes each.
            for n in 0..48i64 {
                let start = day.at(13, 0, 0, 0) + jiff::Span::new().minutes(n * 10);
                slots.push(OpenSlot {
                    id: format!("s{c:02}d{}n{n:02}", day.day()),
                    class: format!("k{c:02}"),
                    start,
                    end: start + jiff::Span::new().minutes(10),
                    room: format!("lokaal {c}"),
                });
            }
        }
    }
    let mut dice = Dice(0xfa311e5);
    let at = |day: Date, hour: i8| -> DateTime { day.at(hour, 0, 0, 0) };
    let families = (0..families)
        .map(|f| {
            let class = f % classes;
            let mut children = vec![Child {
                id: format!("f{f:03}a"),
                class: format!("k{class:02}"),
            }];
            if f % 5 == 0 {
                children.push(Child {
                    id: format!("f{f:03}b"),
                    class: format!(
                        "k{:02}",
                        (class + 1 + dice.below(classes as u64 - 1) as usize) % classes
                    ),
                });
            }
            let available = (0..2)
                .map(|_| {
                    let day = days[dice.below(2) as usize];
                    let hour = 13 + dice.below(6) as i8;
                    (at(day, hour), at(day, hour + 2))
                })
                .collect();
            Family { children, available }
        })
        .collect();
    (families, slots)
}
