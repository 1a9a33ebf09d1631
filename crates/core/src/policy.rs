//! The one place that decides who may do what (DESIGN.md §3). Every handler asks
//! [`decide`] before it reads or changes anything; the access-matrix test enumerates it.
//!
//! Rules:
//! - nothing crosses schools: a resource of another school is reported as not found, so its
//!   existence is not revealed;
//! - a school admin manages everything of their school;
//! - a care coordinator sees every class, child and round of their school, and changes none;
//! - a teacher sees the classes assigned to them, their children and the rounds that
//!   include one of their classes; they create and edit rounds, import class lists and plan
//!   child talks only for their own classes;
//! - guardians and children see no staff pages;
//! - a child signed in on the class tablet holds only their own talk.

use crate::actor::{Actor, StaffActor, StaffRole};
use crate::ids::{ChildId, ClassId, SchoolId};

/// What a request wants to do, with the facts about the resource the rules need.
#[derive(Debug, Clone, Copy)]
pub enum Action<'a> {
    /// The staff start page and the lists scoped to what the actor may see.
    UseStaffPages,
    ViewClass {
        school: &'a SchoolId,
        class: &'a ClassId,
    },
    ViewChild {
        school: &'a SchoolId,
        class: &'a ClassId,
    },
    /// Create, edit and deactivate staff, classes, children and guardians.
    ManagePeople {
        school: &'a SchoolId,
    },
    /// Import a class list; rows for classes the actor may not manage are refused per row.
    ImportClassList {
        school: &'a SchoolId,
    },
    /// Write children and guardians of this class (the import does this per row).
    WriteClassList {
        school: &'a SchoolId,
        class: Option<&'a ClassId>,
    },
    ViewRound {
        school: &'a SchoolId,
        classes: &'a [ClassId],
    },
    /// Create or edit a round for these classes.
    WriteRound {
        school: &'a SchoolId,
        classes: &'a [ClassId],
    },
    /// Enter a class's moments and exceptions, and plan and hold its child talks.
    PlanChildTalks {
        school: &'a SchoolId,
        class: &'a ClassId,
    },
    /// Record or withdraw the consent for recordings of a child of this class: the school
    /// admin and the class's teachers.
    RecordConsent {
        school: &'a SchoolId,
        class: Option<&'a ClassId>,
    },
    /// See a child on the parent portal: their own guardians only.
    ViewOwnChild {
        school: &'a SchoolId,
        child: &'a ChildId,
    },
    /// Fill in the instruments of this child's talk on the tablet: the child themselves.
    HoldOwnTalk {
        school: &'a SchoolId,
        child: &'a ChildId,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Decision {
    Allow,
    /// Same school, but not for this actor: 403.
    Forbidden,
    /// Another school's resource, or not visible at all: 404.
    NotFound,
}

impl Decision {
    pub fn is_allowed(self) -> bool {
        self == Decision::Allow
    }
}

pub fn decide(actor: &Actor, action: Action<'_>) -> Decision {
    if let Some(school) = action_school(&action)
        && school != actor.school()
    {
        return Decision::NotFound;
    }
    match actor {
        Actor::Staff(staff) => decide_staff(staff, action),
        Actor::Child { id, .. } => match action {
            Action::HoldOwnTalk { child, .. } if child == id => Decision::Allow,
            // Another child's talk: the tablet does not even say it exists.
            Action::HoldOwnTalk { .. } => Decision::NotFound,
            _ => Decision::Forbidden,
        },
        Actor::Guardian { children, .. } => match action {
            Action::ViewOwnChild { child, .. } if children.contains(child) => Decision::Allow,
            // Another family's child: not even its existence is told.
            Action::ViewOwnChild { .. } => Decision::NotFound,
            _ => Decision::Forbidden,
        },
    }
}

fn action_school<'a>(action: &Action<'a>) -> Option<&'a SchoolId> {
    match *action {
        Action::UseStaffPages => None,
        Action::ViewClass { school, .. }
        | Action::ViewChild { school, .. }
        | Action::ManagePeople { school }
        | Action::ImportClassList { school }
        | Action::WriteClassList { school, .. }
        | Action::ViewRound { school, .. }
        | Action::WriteRound { school, .. }
        | Action::PlanChildTalks { school, .. }
        | Action::HoldOwnTalk { school, .. }
        | Action::RecordConsent { school, .. }
        | Action::ViewOwnChild { school, .. } => Some(school),
    }
}

fn decide_staff(staff: &StaffActor, action: Action<'_>) -> Decision {
    use StaffRole::*;
    let teaches = |class: &ClassId| staff.classes.contains(class);
    let allowed = match (staff.role, action) {
        (_, Action::UseStaffPages) => true,
        // Staff hold a talk through its class (PlanChildTalks), never as the child, and
        // see a child through the class, not as a guardian.
        (_, Action::HoldOwnTalk { .. } | Action::ViewOwnChild { .. }) => false,
        (SchoolAdmin, _) => true,
        (CareCoordinator, Action::ViewClass { .. } | Action::ViewChild { .. } | Action::ViewRound { .. }) => true,
        (CareCoordinator, _) => false,
        (Teacher, Action::ViewClass { class, .. } | Action::ViewChild { class, .. }) => teaches(class),
        (Teacher, Action::ManagePeople { .. }) => false,
        (Teacher, Action::ImportClassList { .. }) => !staff.classes.is_empty(),
        (Teacher, Action::WriteClassList { class, .. }) => class.is_some_and(teaches),
        (Teacher, Action::ViewRound { classes, .. }) => classes.iter().any(teaches),
        (Teacher, Action::WriteRound { classes, .. }) => !classes.is_empty() && classes.iter().all(teaches),
        (Teacher, Action::PlanChildTalks { class, .. }) => teaches(class),
        (Teacher, Action::RecordConsent { class, .. }) => class.is_some_and(teaches),
    };
    if allowed {
        Decision::Allow
    } else if is_view(&action) {
        // A teacher asking for another class's page learns nothing about it.
        Decision::NotFound
    } else {
        Decision::Forbidden
    }
}

fn is_view(action: &Action<'_>) -> bool {
    matches!(
        action,
        Action::ViewClass { .. } | Action::ViewChild { .. } | Action::ViewRound { .. }
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ids::{ChildId, StaffId};

    fn staff(role: StaffRole, school: &str, classes: &[&str]) -> Actor {
        Actor::Staff(StaffActor {
            id: StaffId("s".into()),
            school: SchoolId(school.into()),
            role,
            name: "X".into(),
            classes: classes.iter().map(|c| ClassId((*c).into())).collect(),
        })
    }

    #[test]
    fn nothing_crosses_schools_for_any_role() {
        let other = SchoolId("b".into());
        let class = ClassId("6a".into());
        for role in StaffRole::ALL {
            let actor = staff(role, "a", &["6a"]);
            for action in [
                Action::ViewClass {
                    school: &other,
                    class: &class,
                },
                Action::ViewChild {
                    school: &other,
                    class: &class,
                },
                Action::ManagePeople { school: &other },
                Action::ImportClassList { school: &other },
                Action::ViewRound {
                    school: &other,
                    classes: std::slice::from_ref(&class),
                },
                Action::WriteRound {
                    school: &other,
                    classes: std::slice::from_ref(&class),
                },
            ] {
                assert_eq!(decide(&actor, action), Decision::NotFound, "{role:?} {action:?}");
            }
        }
    }

    #[test]
    fn teacher_sees_only_own_classes() {
        let school = SchoolId("a".into());
        let (mine, theirs) = (ClassId("6a".into()), ClassId("6b".into()));
        let t = staff(StaffRole::Teacher, "a", &["6a"]);
        assert!(
            decide(
                &t,
                Action::ViewClass {
                    school: &school,
                    class: &mine
                }
            )
            .is_allowed()
        );
        assert_eq!(
            decide(
                &t,
                Action::ViewClass {
                    school: &school,
                    class: &theirs
                }
            ),
            Decision::NotFound
        );
        let both = [mine.clone(), theirs.clone()];
        assert!(
            decide(
                &t,
                Action::ViewRound {
                    school: &school,
                    classes: &both
                }
            )
            .is_allowed()
        );
        assert_eq!(
            decide(
                &t,
                Action::WriteRound {
                    school: &school,
                    classes: &both
                }
            ),
            Decision::Forbidden
        );
        assert_eq!(
            decide(&t, Action::ManagePeople { school: &school }),
            Decision::Forbidden
        );
    }

    #[test]
    fn care_coordinator_reads_but_never_writes() {
        let school = SchoolId("a".into());
        let class = ClassId("6b".into());
        let c = staff(StaffRole::CareCoordinator, "a", &[]);
        assert!(
            decide(
                &c,
                Action::ViewClass {
                    school: &school,
                    class: &class
                }
            )
            .is_allowed()
        );
        assert_eq!(
            decide(
                &c,
                Action::WriteRound {
                    school: &school,
                    classes: &[class]
                }
            ),
            Decision::Forbidden
        );
        assert_eq!(
            decide(&c, Action::ImportClassList { school: &school }),
            Decision::Forbidden
        );
    }

    #[test]
    fn guardians_and_children_get_no_staff_pages() {
        let g = Actor::Guardian {
            id: crate::ids::GuardianId("g".into()),
            school: SchoolId("a".into()),
            children: vec![],
        };
        let k = Actor::Child {
            id: ChildId("k".into()),
            school: SchoolId("a".into()),
            class: ClassId("6a".into()),
        };
        for a in [g, k] {
            assert_eq!(decide(&a, Action::UseStaffPages), Decision::Forbidden);
        }
    }

    #[test]
    fn a_guardian_sees_only_their_own_children() {
        let school = SchoolId("a".into());
        let (mine, theirs) = (ChildId("k".into()), ChildId("j".into()));
        let g = Actor::Guardian {
            id: crate::ids::GuardianId("g".into()),
            school: school.clone(),
            children: vec![mine.clone()],
        };
        let view = |child| Action::ViewOwnChild { school: &school, child };
        assert!(decide(&g, view(&mine)).is_allowed());
        assert_eq!(decide(&g, view(&theirs)), Decision::NotFound);
        let other_school = SchoolId("b".into());
        assert_eq!(
            decide(
                &g,
                Action::ViewOwnChild {
                    school: &other_school,
                    child: &mine
                }
            ),
            Decision::NotFound
        );
        assert_eq!(
            decide(
                &g,
                Action::HoldOwnTalk {
                    school: &school,
                    child: &mine
                }
            ),
            Decision::Forbidden
        );
    }

    #[test]
    fn a_child_holds_only_their_own_talk() {
        let school = SchoolId("a".into());
        let (me, classmate) = (ChildId("k".into()), ChildId("j".into()));
        let k = Actor::Child {
            id: me.clone(),
            school: school.clone(),
            class: ClassId("6a".into()),
        };
        let hold = |child| Action::HoldOwnTalk { school: &school, child };
        assert!(decide(&k, hold(&me)).is_allowed());
        assert_eq!(decide(&k, hold(&classmate)), Decision::NotFound);
        let class = ClassId("6a".into());
        assert_eq!(
            decide(
                &k,
                Action::PlanChildTalks {
                    school: &school,
                    class: &class
                }
            ),
            Decision::Forbidden
        );
        let admin = staff(StaffRole::SchoolAdmin, "a", &[]);
        assert_eq!(decide(&admin, hold(&me)), Decision::Forbidden);
    }
}
