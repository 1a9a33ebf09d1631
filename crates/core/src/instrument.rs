//! Visual self-assessment (DESIGN.md §2, step 1): the thermometer and the spider web a child
//! fills in on a tablet, with the geometry of their SVG pictures. Values are parsed here and
//! stored as short text, so a result reads the same on SQLite and PostgreSQL.

use crate::values::FieldError;

/// "How do I feel in class these weeks?" from 0 to 10, and an optional why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Thermometer {
    pub value: u8,
    pub why: String,
}

impl Thermometer {
    pub const MAX: u8 = 10;

    pub fn parse(value: &str, why: &str) -> Result<Self, FieldError> {
        let value = value
            .trim()
            .parse::<u8>()
            .ok()
            .filter(|v| *v <= Self::MAX)
            .ok_or(FieldError::Choice)?;
        let why: String = why.trim().chars().take(500).collect();
        Ok(Self { value, why })
    }

    /// Stored as `7|because …`.
    pub fn encode(&self) -> String {
        format!("{}|{}", self.value, self.why)
    }

    pub fn decode(stored: &str) -> Option<Self> {
        let (v, why) = stored.split_once('|')?;
        Self::parse(v, why).ok()
    }

    /// The height of the mercury in a tube of `height`, from the bottom.
    pub fn fill(&self, height: f64) -> f64 {
        height * f64::from(self.value) / f64::from(Self::MAX)
    }
}

/// The default axes of the spider web; a teacher may choose others later.
pub const DEFAULT_AXES: [&str; 8] = [
    "alone",
    "together",
    "asking_help",
    "planning",
    "reading",
    "maths",
    "sport",
    "creativity",
];

/// Statements a child answers with a face, from very unhappy (1) to very happy (5).
pub const DEFAULT_STATEMENTS: [&str; 6] = [
    "like_school",
    "friends",
    "work_not_too_hard",
    "dare_to_ask",
    "concentrate",
    "safe_playground",
];

/// One score from 1 to 5 per key, in the order of the keys: the spider web's axes, or the
/// smileys' statements.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Scores {
    pub scores: Vec<(String, u8)>,
}

pub type SpiderWeb = Scores;
pub type Smileys = Scores;

impl Scores {
    pub const MAX: u8 = 5;

    /// Reads one value per key; a key left open is not scored.
    pub fn parse(axes: &[&str], value_of: impl Fn(&str) -> Option<String>) -> Result<Self, FieldError> {
        let mut scores = Vec::new();
        for axis in axes {
            match value_of(axis).as_deref().map(str::trim) {
                None | Some("") => {}
                Some(v) => {
                    let n = v
                        .parse::<u8>()
                        .ok()
                        .filter(|n| (1..=Self::MAX).contains(n))
                        .ok_or(FieldError::Choice)?;
                    scores.push(((*axis).to_string(), n));
                }
            }
        }
        Ok(Self { scores })
    }

    /// Stored as `alone=3;together=5`.
    pub fn encode(&self) -> String {
        self.scores
            .iter()
            .map(|(a, n)| format!("{a}={n}"))
            .collect::<Vec<_>>()
            .join(";")
    }

    pub fn decode(stored: &str) -> Self {
        let scores = stored
            .split(';')
            .filter_map(|p| p.split_once('='))
            .filter_map(|(a, n)| {
                n.parse::<u8>()
                    .ok()
                    .filter(|n| (1..=Self::MAX).contains(n))
                    .map(|n| (a.to_string(), n))
            })
            .collect();
        Self { scores }
    }

    pub fn score(&self, axis: &str) -> Option<u8> {
        self.scores.iter().find(|(a, _)| a == axis).map(|(_, n)| *n)
    }
}

/// Where axis `i` of `n` points, at `fraction` of `radius` from `center`: the first axis
/// straight up, the others clockwise.
pub fn spider_point(i: usize, n: usize, fraction: f64, center: (f64, f64), radius: f64) -> (f64, f64) {
    let angle = std::f64::consts::TAU * i as f64 / n.max(1) as f64 - std::f64::consts::FRAC_PI_2;
    let r = radius * fraction;
    (center.0 + r * angle.cos(), center.1 + r * angle.sin())
}

/// The polygon of a spider web's scores over `axes`; an unscored axis sits at the centre.
pub fn spider_polygon(web: &SpiderWeb, axes: &[&str], center: (f64, f64), radius: f64) -> Vec<(f64, f64)> {
    axes.iter()
        .enumerate()
        .map(|(i, axis)| {
            let fraction = f64::from(web.score(axis).unwrap_or(0)) / f64::from(SpiderWeb::MAX);
            spider_point(i, axes.len(), fraction, center, radius)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_thermometer_keeps_its_number_and_why() {
        let t = Thermometer::parse("7", " omdat ik een nieuwe vriendin heb | echt ").unwrap();
        assert_eq!(Thermometer::decode(&t.encode()), Some(t.clone()));
        assert_eq!(t.fill(200.0), 140.0);
        assert_eq!(Thermometer::parse("11", ""), Err(FieldError::Choice));
        assert_eq!(Thermometer::parse("veel", ""), Err(FieldError::Choice));
    }

    #[test]
    fn the_spider_web_reads_each_axis() {
        let web = SpiderWeb::parse(&DEFAULT_AXES, |a| match a {
            "alone" => Some("4".into()),
            "maths" => Some("2".into()),
            "sport" => Some(String::new()),
            _ => None,
        })
        .unwrap();
        assert_eq!(web.scores, vec![("alone".to_string(), 4), ("maths".to_string(), 2)]);
        assert_eq!(SpiderWeb::decode(&web.encode()), web);
        assert_eq!(
            SpiderWeb::parse(&DEFAULT_AXES, |_| Some("6".into())),
            Err(FieldError::Choice)
        );
    }

    #[test]
    fn the_polygon_points_where_the_scores_say() {
        let web = SpiderWeb::decode("a=5;b=5;c=5;d=5");
        let p = spider_polygon(&web, &["a", "b", "c", "d"], (100.0, 100.0), 80.0);
        let close = |x: (f64, f64), y: (f64, f64)| (x.0 - y.0).abs() < 1e-9 && (x.1 - y.1).abs() < 1e-9;
        assert!(close(p[0], (100.0, 20.0)), "first axis straight up: {:?}", p[0]);
        assert!(close(p[1], (180.0, 100.0)), "then clockwise: {:?}", p[1]);
        let half = spider_polygon(&SpiderWeb::decode("a=1"), &["a", "b"], (0.0, 0.0), 50.0);
        assert!(close(half[0], (0.0, -10.0)) && close(half[1], (0.0, 0.0)));
    }
}
