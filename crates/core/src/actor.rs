//! Who is making a request. A session always belongs to one actor kind: staff sign in with a
//! password, guardians with their invitation, children with a class code.

use crate::ids::{ChildId, ClassId, GuardianId, SchoolId, StaffId};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum StaffRole {
    SchoolAdmin,
    Teacher,
    CareCoordinator,
}

impl StaffRole {
    pub const ALL: [StaffRole; 3] = [Self::SchoolAdmin, Self::Teacher, Self::CareCoordinator];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::SchoolAdmin => "school_admin",
            Self::Teacher => "teacher",
            Self::CareCoordinator => "care_coordinator",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|r| r.as_str() == s)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ActorKind {
    Staff,
    Guardian,
    Child,
}

impl ActorKind {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Staff => "staff",
            Self::Guardian => "guardian",
            Self::Child => "child",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        [Self::Staff, Self::Guardian, Self::Child]
            .into_iter()
            .find(|k| k.as_str() == s)
    }
}

/// A signed-in member of staff with the classes they are assigned to.
#[derive(Debug, Clone)]
pub struct StaffActor {
    pub id: StaffId,
    pub school: SchoolId,
    pub role: StaffRole,
    pub name: String,
    pub classes: Vec<ClassId>,
}

#[derive(Debug, Clone)]
pub enum Actor {
    Staff(StaffActor),
    Guardian {
        id: GuardianId,
        school: SchoolId,
        children: Vec<ChildId>,
    },
    Child {
        id: ChildId,
        school: SchoolId,
        class: ClassId,
    },
}

impl Actor {
    pub fn school(&self) -> &SchoolId {
        match self {
            Actor::Staff(s) => &s.school,
            Actor::Guardian { school, .. } | Actor::Child { school, .. } => school,
        }
    }

    pub fn kind(&self) -> ActorKind {
        match self {
            Actor::Staff(_) => ActorKind::Staff,
            Actor::Guardian { .. } => ActorKind::Guardian,
            Actor::Child { .. } => ActorKind::Child,
        }
    }

    /// The id of the staff member, guardian or child.
    pub fn id(&self) -> &str {
        match self {
            Actor::Staff(s) => s.id.as_str(),
            Actor::Guardian { id, .. } => id.as_str(),
            Actor::Child { id, .. } => id.as_str(),
        }
    }

    pub fn as_staff(&self) -> Option<&StaffActor> {
        match self {
            Actor::Staff(s) => Some(s),
            _ => None,
        }
    }
}

/// How long a session lives: it ends after `idle_seconds` without a request, and in any case
/// `absolute_seconds` after sign-in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SessionLimits {
    pub idle_seconds: i64,
    pub absolute_seconds: i64,
}

impl ActorKind {
    pub fn session_limits(self) -> SessionLimits {
        match self {
            // A teacher's working day, with a long lunch on the laptop left open.
            Self::Staff => SessionLimits {
                idle_seconds: 2 * 3600,
                absolute_seconds: 12 * 3600,
            },
            // Family devices are often shared: short-lived.
            Self::Guardian => SessionLimits {
                idle_seconds: 30 * 60,
                absolute_seconds: 2 * 3600,
            },
            // A class tablet changes hands every few minutes.
            Self::Child => SessionLimits {
                idle_seconds: 15 * 60,
                absolute_seconds: 60 * 60,
            },
        }
    }
}
