//! Typed identifiers. Ids are opaque strings made by the store; the types keep a child id
//! from being passed where a class id is expected.

macro_rules! id_type {
    ($($name:ident),* $(,)?) => {$(
        #[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub struct $name(pub String);

        impl $name {
            pub fn as_str(&self) -> &str {
                &self.0
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(&self.0)
            }
        }

        impl From<String> for $name {
            fn from(s: String) -> Self {
                Self(s)
            }
        }
    )*};
}

id_type!(
    SchoolId,
    SchoolYearId,
    ClassId,
    ChildId,
    GuardianId,
    HouseholdId,
    StaffId,
    RoundId,
    ImportId
);
