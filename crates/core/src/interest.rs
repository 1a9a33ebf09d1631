//! The interest–talent grid (the Kies Raak! idea): after each class activity the child says
//! whether they liked it and whether they were good at it. The two answers put the activity
//! in one of four quadrants; over the year the quadrants per study domain show where
//! interests and talents lie. Domains follow the study domains of Flemish secondary school.

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Domain {
    Stem,
    LanguageCulture,
    EconomicsOrganisation,
    SocietyWelfare,
    ArtsCreation,
    Sport,
    FoodHospitality,
    AgricultureNature,
}

impl Domain {
    pub const ALL: [Domain; 8] = [
        Self::Stem,
        Self::LanguageCulture,
        Self::EconomicsOrganisation,
        Self::SocietyWelfare,
        Self::ArtsCreation,
        Self::Sport,
        Self::FoodHospitality,
        Self::AgricultureNature,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Stem => "stem",
            Self::LanguageCulture => "language_culture",
            Self::EconomicsOrganisation => "economics_organisation",
            Self::SocietyWelfare => "society_welfare",
            Self::ArtsCreation => "arts_creation",
            Self::Sport => "sport",
            Self::FoodHospitality => "food_hospitality",
            Self::AgricultureNature => "agriculture_nature",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|d| d.as_str() == s)
    }

    pub fn key(self) -> String {
        format!("domain-{}", self.as_str())
    }
}

/// Where an activity lands for a child.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Quadrant {
    /// Liked it and good at it: interest and talent.
    LikedAndGood,
    /// Liked it, not (yet) good at it: an interest to grow.
    LikedNotYetGood,
    /// Good at it without liking it much: a talent.
    GoodNotLiked,
    Neither,
}

impl Quadrant {
    pub const ALL: [Quadrant; 4] = [
        Self::LikedAndGood,
        Self::LikedNotYetGood,
        Self::GoodNotLiked,
        Self::Neither,
    ];

    pub fn of(liked: bool, good: bool) -> Self {
        match (liked, good) {
            (true, true) => Self::LikedAndGood,
            (true, false) => Self::LikedNotYetGood,
            (false, true) => Self::GoodNotLiked,
            (false, false) => Self::Neither,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Self::LikedAndGood => "liked_good",
            Self::LikedNotYetGood => "liked",
            Self::GoodNotLiked => "good",
            Self::Neither => "neither",
        }
    }

    pub fn key(self) -> String {
        format!("quadrant-{}", self.as_str())
    }

    /// The quadrant's corner of the grid: liked is up, good is right.
    pub fn cell(self) -> (u8, u8) {
        match self {
            Self::LikedNotYetGood => (0, 0),
            Self::LikedAndGood => (1, 0),
            Self::Neither => (0, 1),
            Self::GoodNotLiked => (1, 1),
        }
    }
}

/// The built-in domains' keys, in their order: the default a school starts from (a school
/// may rename, drop or add domains, see `instrument_template`).
pub const DOMAIN_KEYS: [&str; 8] = [
    "stem",
    "language_culture",
    "economics_organisation",
    "society_welfare",
    "arts_creation",
    "sport",
    "food_hospitality",
    "agriculture_nature",
];

/// Per domain that has rated activities: how many landed in each quadrant, in the order of
/// `Quadrant::ALL`; domains in the order of `order` (the school's list), others after.
pub fn summary(ratings: &[(&str, bool, bool)], order: &[&str]) -> Vec<(String, [usize; 4])> {
    let mut out: Vec<(String, [usize; 4])> = Vec::new();
    for &(domain, liked, good) in ratings {
        let q = Quadrant::ALL
            .iter()
            .position(|&q| q == Quadrant::of(liked, good))
            .unwrap_or(3);
        match out.iter_mut().find(|(d, _)| d == domain) {
            Some((_, counts)) => counts[q] += 1,
            None => {
                let mut counts = [0; 4];
                counts[q] = 1;
                out.push((domain.to_string(), counts));
            }
        }
    }
    out.sort_by_key(|(d, _)| order.iter().position(|o| o == d).unwrap_or(order.len()));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn two_answers_make_a_quadrant() {
        assert_eq!(Quadrant::of(true, true), Quadrant::LikedAndGood);
        assert_eq!(Quadrant::of(true, false), Quadrant::LikedNotYetGood);
        assert_eq!(Quadrant::of(false, true), Quadrant::GoodNotLiked);
        assert_eq!(Quadrant::of(false, false).cell(), (0, 1));
    }

    #[test]
    fn the_summary_grows_per_domain() {
        let s = summary(
            &[
                ("arts_creation", false, true),
                ("stem", true, true),
                ("stem", true, false),
                ("stem", true, true),
            ],
            &DOMAIN_KEYS,
        );
        assert_eq!(
            s,
            vec![
                ("stem".to_string(), [2, 1, 0, 0]),
                ("arts_creation".to_string(), [0, 0, 1, 0])
            ]
        );
        assert!(Domain::ALL.iter().zip(DOMAIN_KEYS).all(|(d, k)| d.as_str() == k));
    }
}
