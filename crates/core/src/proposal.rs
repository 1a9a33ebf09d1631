//! "The school proposes" (DESIGN.md §2, step 4, second way of booking): families say which
//! parts of the conversation days suit them, and one button computes a schedule for every
//! child. Brothers and sisters, also in other classes, come back to back: the next
//! conversation starts when the previous one ends, or a few minutes later when it is in
//! another room, and never after a long wait. A pure function, so that it can be tested on
//! any school one can think of.

use jiff::civil::DateTime;
use std::collections::{HashMap, HashSet};

/// A free slot that can be proposed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OpenSlot {
    pub id: String,
    pub class: String,
    pub start: DateTime,
    pub end: DateTime,
    pub room: String,
}

/// A child to place, in its class.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Child {
    pub id: String,
    pub class: String,
}

/// A family: its children in this round, and the moments that suit them. A slot suits the
/// family when it starts within one of `available` (from, until).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Family {
    pub children: Vec<Child>,
    pub available: Vec<(DateTime, DateTime)>,
}

/// How siblings follow each other.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rules {
    /// Minutes to walk to another classroom between two conversations.
    pub room_change: i64,
    /// The longest wait between two conversations that still counts as back to back.
    pub max_wait: i64,
}

impl Default for Rules {
    fn default() -> Self {
        Self {
            room_change: 5,
            max_wait: 15,
        }
    }
}

/// The proposal: which child in which slot, and what could not be done.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Proposal {
    /// (child, slot).
    pub placed: Vec<(String, String)>,
    /// Children for whom no suitable slot was left: the teacher books them by hand.
    pub unplaced: Vec<String>,
    /// Families (by index) with several children placed, but not back to back.
    pub apart: Vec<usize>,
}

impl Family {
    fn suits(&self, slot: &OpenSlot) -> bool {
        self.available
            .iter()
            .any(|(from, until)| *from <= slot.start && slot.start < *until)
    }
}

/// Whether `next` may follow `prev` for the same family: after it, with the walk to another
/// room if it is elsewhere, and without a long wait.
pub fn follows(prev: &OpenSlot, next: &OpenSlot, rules: Rules) -> bool {
    let need = if prev.room == next.room { 0 } else { rules.room_change };
    let wait = next.start.duration_since(prev.end).as_secs() / 60;
    prev.start.date() == next.start.date() && wait >= need && wait <= need + rules.max_wait
}

/// Makes the proposal. `slots` are the free slots; families are served most constrained first
/// (more children, then fewer suitable moments), each child in the earliest slot that suits,
/// siblings in the earliest chain of back-to-back slots. Deterministic: the same school gives
/// the same proposal.
pub fn propose(families: &[Family], slots: &[OpenSlot], rules: Rules) -> Proposal {
    let mut slots: Vec<&OpenSlot> = slots.iter().collect();
    slots.sort_by(|a, b| (a.start, &a.class, &a.id).cmp(&(b.start, &b.class, &b.id)));
    // Each class's slots, in the same order: a child's candidates are looked for among its
    // own class's slots only, not the whole school's.
    let mut by_class: HashMap<&str, Vec<&OpenSlot>> = HashMap::new();
    for slot in &slots {
        by_class.entry(slot.class.as_str()).or_default().push(slot);
    }
    let mut order: Vec<usize> = (0..families.len()).collect();
    // The key counts a family's suitable slots: computed once per family, not per comparison.
    order.sort_by_cached_key(|&i| {
        let f = &families[i];
        let suitable = slots.iter().filter(|s| f.suits(s)).count();
        (std::cmp::Reverse(f.children.len()), suitable, i)
    });
    let mut taken: HashSet<&str> = HashSet::new();
    let mut out = Proposal::default();
    for i in order {
        let family = &families[i];
        let candidates = |child: &Child, taken: &HashSet<&str>| -> Vec<&OpenSlot> {
            by_class
                .get(child.class.as_str())
                .into_iter()
                .flatten()
                .copied()
                .filter(|s| !taken.contains(s.id.as_str()) && family.suits(s))
                .collect()
        };
        if family.children.len() > 1
            && let Some(chain) = back_to_back(&family.children, &|c| candidates(c, &taken), rules)
        {
            for (child, slot) in chain {
                taken.insert(slot.id.as_str());
                out.placed.push((child.id.clone(), slot.id.clone()));
            }
            continue;
        }
        let mut placed = 0;
        for child in &family.children {
            match candidates(child, &taken).first() {
                Some(slot) => {
                    taken.insert(slot.id.as_str());
                    out.placed.push((child.id.clone(), slot.id.clone()));
                    placed += 1;
                }
                None => out.unplaced.push(child.id.clone()),
            }
        }
        if placed > 1 {
            out.apart.push(i);
        }
    }
    out
}

/// The earliest chain of slots, one per child in some order, each following the previous.
fn back_to_back<'s, 'c>(
    children: &'c [Child],
    candidates: &dyn Fn(&Child) -> Vec<&'s OpenSlot>,
    rules: Rules,
) -> Option<Vec<(&'c Child, &'s OpenSlot)>> {
    let options: Vec<Vec<&OpenSlot>> = children.iter().map(candidates).collect();
    let mut best: Option<Vec<(usize, &OpenSlot)>> = None;
    let mut chain = Vec::new();
    let mut used = vec![false; children.len()];
    extend(&options, rules, &mut chain, &mut used, &mut best);
    best.map(|b| b.into_iter().map(|(i, s)| (&children[i], s)).collect())
}

/// Depth-first: every order of the children, every slot that follows; keeps the chain that
/// starts earliest.
fn extend<'s>(
    options: &[Vec<&'s OpenSlot>],
    rules: Rules,
    chain: &mut Vec<(usize, &'s OpenSlot)>,
    used: &mut [bool],
    best: &mut Option<Vec<(usize, &'s OpenSlot)>>,
) {
    if chain.len() == options.len() {
        if best.as_ref().is_none_or(|b| chain[0].1.start < b[0].1.start) {
            *best = Some(chain.clone());
        }
        return;
    }
    for child in 0..options.len() {
        if used[child] {
            continue;
        }
        for &slot in &options[child] {
            let fits = match chain.last() {
                None => best.as_ref().is_none_or(|b| slot.start < b[0].1.start),
                Some((_, prev)) => follows(prev, slot, rules),
            };
            if !fits {
                continue;
            }
            used[child] = true;
            chain.push((child, slot));
            extend(options, rules, chain, used, best);
            chain.pop();
            used[child] = false;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;
    use proptest::prelude::*;

    fn slot(id: &str, class: &str, h: i8, m: i8, minutes: i64, room: &str) -> OpenSlot {
        let start = date(2026, 12, 14).at(h, m, 0, 0);
        OpenSlot {
            id: id.into(),
            class: class.into(),
            start,
            end: start.checked_add(jiff::Span::new().minutes(minutes)).unwrap(),
            room: room.into(),
        }
    }

    fn child(id: &str, class: &str) -> Child {
        Child {
            id: id.into(),
            class: class.into(),
        }
    }

    fn all_day() -> Vec<(DateTime, DateTime)> {
        vec![(date(2026, 12, 14).at(0, 0, 0, 0), date(2026, 12, 15).at(0, 0, 0, 0))]
    }

    #[test]
    fn siblings_in_two_classes_come_back_to_back_with_time_to_change_rooms() {
        let slots = vec![
            slot("6a-1600", "6A", 16, 0, 20, "6A"),
            slot("6a-1620", "6A", 16, 20, 20, "6A"),
            slot("4b-1600", "4B", 16, 0, 20, "4B"),
            slot("4b-1625", "4B", 16, 25, 20, "4B"),
        ];
        let family = Family {
            children: vec![child("amira", "6A"), child("yasmine", "4B")],
            available: all_day(),
        };
        let p = propose(&[family], &slots, Rules::default());
        assert!(p.apart.is_empty() && p.unplaced.is_empty());
        // 16:00 in 6A, then 16:25 in 4B: five minutes to walk over. 16:20 in 4B is not free.
        assert_eq!(
            p.placed,
            vec![("amira".into(), "6a-1600".into()), ("yasmine".into(), "4b-1625".into())]
        );
    }

    #[test]
    fn a_family_comes_only_when_it_can_and_the_rest_waits_for_the_teacher() {
        let slots = vec![slot("a", "6A", 16, 0, 20, ""), slot("b", "6A", 19, 0, 20, "")];
        let evening = vec![(date(2026, 12, 14).at(17, 0, 0, 0), date(2026, 12, 14).at(22, 0, 0, 0))];
        let families = vec![
            Family {
                children: vec![child("x", "6A")],
                available: evening.clone(),
            },
            Family {
                children: vec![child("y", "6A")],
                available: evening,
            },
        ];
        let p = propose(&families, &slots, Rules::default());
        assert_eq!(p.placed, vec![("x".into(), "b".into())]);
        assert_eq!(p.unplaced, vec!["y".to_string()]);
    }

    #[test]
    fn without_a_chain_siblings_are_placed_apart_and_said_to_be() {
        let slots = vec![slot("a", "6A", 16, 0, 20, "6A"), slot("b", "4B", 18, 0, 20, "4B")];
        let family = Family {
            children: vec![child("x", "6A"), child("y", "4B")],
            available: all_day(),
        };
        let p = propose(&[family], &slots, Rules::default());
        assert_eq!(p.placed.len(), 2);
        assert_eq!(p.apart, vec![0]);
    }

    /// A random school: up to three classes with slots of 15–30 minutes on two days, in their
    /// own room or a shared one; families of one to three children with some of the four
    /// day-parts.
    fn school() -> impl Strategy<Value = (Vec<Family>, Vec<OpenSlot>)> {
        let slots = prop::collection::vec(
            (
                0..3usize,
                0..2i8,
                13..20i8,
                prop::sample::select(vec![0i8, 20, 40]),
                15..31i64,
                any::<bool>(),
            ),
            0..30,
        )
        .prop_map(|raw| {
            raw.into_iter()
                .enumerate()
                .map(|(i, (class, day, h, m, minutes, shared))| {
                    let start = date(2026, 12, 14 + day).at(h, m, 0, 0);
                    OpenSlot {
                        id: format!("s{i}"),
                        class: format!("c{class}"),
                        start,
                        end: start.checked_add(jiff::Span::new().minutes(minutes)).unwrap(),
                        room: if shared { "zaal".into() } else { format!("c{class}") },
                    }
                })
                .collect::<Vec<_>>()
        });
        let families = prop::collection::vec(
            (
                prop::collection::vec(0..3usize, 1..4),
                prop::collection::vec(any::<bool>(), 4),
            ),
            0..15,
        )
        .prop_map(|raw| {
            raw.into_iter()
                .enumerate()
                .map(|(f, (classes, parts))| Family {
                    children: classes
                        .into_iter()
                        .enumerate()
                        .map(|(k, c)| child(&format!("f{f}k{k}"), &format!("c{c}")))
                        .collect(),
                    available: parts
                        .into_iter()
                        .enumerate()
                        .filter(|(_, yes)| *yes)
                        .map(|(p, _)| {
                            let day = date(2026, 12, 14 + (p / 2) as i8);
                            if p % 2 == 0 {
                                (day.at(0, 0, 0, 0), day.at(17, 0, 0, 0))
                            } else {
                                (day.at(17, 0, 0, 0), day.at(23, 59, 0, 0))
                            }
                        })
                        .collect(),
                })
                .collect::<Vec<_>>()
        });
        (families, slots)
    }

    proptest! {
        #[test]
        fn a_proposal_keeps_every_rule((families, slots) in school()) {
            let rules = Rules::default();
            let p = propose(&families, &slots, rules);
            let slot = |id: &str| slots.iter().find(|s| s.id == id).unwrap();
            let family_of = |child: &str| families.iter().position(|f| f.children.iter().any(|c| c.id == child)).unwrap();
            // At most one child per slot, one slot per child; every child placed or listed.
            let used: HashSet<&str> = p.placed.iter().map(|(_, s)| s.as_str()).collect();
            prop_assert_eq!(used.len(), p.placed.len());
            let children: HashSet<&str> = p.placed.iter().map(|(c, _)| c.as_str()).chain(p.unplaced.iter().map(String::as_str)).collect();
            let total: usize = families.iter().map(|f| f.children.len()).sum();
            prop_assert_eq!(children.len(), total);
            prop_assert_eq!(p.placed.len() + p.unplaced.len(), total);
            for (c, s) in &p.placed {
                let f = &families[family_of(c)];
                let kid = f.children.iter().find(|k| k.id == *c).unwrap();
                prop_assert_eq!(&slot(s).class, &kid.class, "a child in its own class");
                prop_assert!(f.suits(slot(s)), "a moment the family said suits them");
            }
            // Nobody is left out while a suitable slot of their class stays free.
            for c in &p.unplaced {
                let f = &families[family_of(c)];
                let kid = f.children.iter().find(|k| k.id == *c).unwrap();
                prop_assert!(!slots.iter().any(|s| s.class == kid.class && !used.contains(s.id.as_str()) && f.suits(s)));
            }
            // Families with all their children placed and not said to be apart come back to back.
            for (i, f) in families.iter().enumerate() {
                let mut mine: Vec<&OpenSlot> = p.placed.iter().filter(|(c, _)| f.children.iter().any(|k| k.id == *c)).map(|(_, s)| slot(s)).collect();
                if mine.len() < 2 || p.apart.contains(&i) {
                    continue;
                }
                mine.sort_by_key(|s| s.start);
                for w in mine.windows(2) {
                    prop_assert!(follows(w[0], w[1], rules), "{:?} then {:?}", w[0], w[1]);
                }
            }
            // The same school, the same proposal.
            prop_assert_eq!(propose(&families, &slots, rules), p);
        }
    }
}
