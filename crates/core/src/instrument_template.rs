//! Which axes the spider web has, which statements the smileys ask, and how the interest
//! grid's quadrants are named and coloured. The defaults ship with the app; a school adjusts
//! them for all its classes, and a teacher picks the spider web's axes and the statements
//! for their own class. A class without a choice follows its school, a school without one
//! the defaults.
//!
//! A default item is stored by its key (translated on the page); an item of the school's or
//! the teacher's own words gets a key made from its text, so scores stay with the words they
//! were given for.

use crate::interest::Quadrant;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    SpiderWeb,
    Smileys,
    /// The study domains the class activities of the interest grid are tagged with.
    Domains,
    /// The boxes of the gesprekskader: the school hides, renames and adds its own.
    Frame,
}

impl Kind {
    pub const ALL: [Kind; 4] = [Kind::SpiderWeb, Kind::Smileys, Kind::Domains, Kind::Frame];
    /// What a teacher picks for their class; the domains are the school's.
    pub const FOR_CLASSES: [Kind; 2] = [Kind::SpiderWeb, Kind::Smileys];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::SpiderWeb => "spider_web",
            Self::Smileys => "smileys",
            Self::Domains => "domains",
            Self::Frame => "frame",
        }
    }

    /// The built-in items, by key.
    pub fn defaults(self) -> &'static [&'static str] {
        match self {
            Self::SpiderWeb => &crate::instrument::DEFAULT_AXES,
            Self::Smileys => &crate::instrument::DEFAULT_STATEMENTS,
            Self::Domains => &crate::interest::DOMAIN_KEYS,
            Self::Frame => &crate::frame::FRAME_KEYS,
        }
    }

    /// How many items make a good instrument: a web needs 5 axes to be a shape and gets
    /// unreadable past 8; more than 10 statements is too long for a child; a grid's summary
    /// needs at least 2 domains to compare.
    pub fn bounds(self) -> (usize, usize) {
        match self {
            Self::SpiderWeb => (5, 8),
            Self::Smileys => (3, 10),
            Self::Domains => (2, 12),
            // One box is a frame; past fourteen no conversation fills them.
            Self::Frame => (1, 14),
        }
    }

    /// The catalog key that names a built-in item.
    pub fn label_key(self, key: &str) -> String {
        match self {
            Self::SpiderWeb => format!("axis-{key}"),
            Self::Smileys => format!("statement-{key}"),
            Self::Domains => format!("domain-{key}"),
            Self::Frame => format!("frame-{key}"),
        }
    }
}

/// One axis or statement: a built-in key, or own words with a key made from them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Item {
    pub key: String,
    /// The school's or teacher's own words; `None` for a built-in item.
    pub own: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Template {
    pub kind: Kind,
    pub items: Vec<Item>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TemplateError {
    TooFew {
        min: usize,
    },
    TooMany {
        max: usize,
    },
    /// An own item of more than [`MAX_OWN_CHARS`] characters.
    TooLong,
}

pub const MAX_OWN_CHARS: usize = 80;

/// A stable key for own words: FNV-1a of the text, so the same words keep their scores.
pub fn own_key(text: &str) -> String {
    let mut hash: u32 = 0x811c_9dc5;
    for b in text.to_lowercase().bytes() {
        hash ^= u32::from(b);
        hash = hash.wrapping_mul(0x0100_0193);
    }
    format!("own{hash:08x}")
}

impl Template {
    pub fn default_for(kind: Kind) -> Self {
        Self {
            kind,
            items: kind
                .defaults()
                .iter()
                .map(|k| Item {
                    key: (*k).to_string(),
                    own: None,
                })
                .collect(),
        }
    }

    /// From a form: the built-in or offered items that were ticked, in the order offered,
    /// then one own item per non-empty line.
    pub fn choose(kind: Kind, offered: &[Item], ticked: &[String], own_lines: &str) -> Result<Self, TemplateError> {
        let mut items: Vec<Item> = offered.iter().filter(|i| ticked.contains(&i.key)).cloned().collect();
        for line in own_lines.lines().map(str::trim).filter(|l| !l.is_empty()) {
            if line.chars().count() > MAX_OWN_CHARS {
                return Err(TemplateError::TooLong);
            }
            let item = Item {
                key: own_key(line),
                own: Some(line.to_string()),
            };
            if !items.iter().any(|i| i.key == item.key) {
                items.push(item);
            }
        }
        let (min, max) = kind.bounds();
        if items.len() < min {
            return Err(TemplateError::TooFew { min });
        }
        if items.len() > max {
            return Err(TemplateError::TooMany { max });
        }
        Ok(Self { kind, items })
    }

    pub fn keys(&self) -> Vec<&str> {
        self.items.iter().map(|i| i.key.as_str()).collect()
    }

    /// Gives built-in items the school's own name: `names` holds (key, words); empty words
    /// or the built-in name itself keep the built-in one (translated for each reader).
    pub fn rename(mut self, names: &[(String, String)]) -> Result<Self, TemplateError> {
        for item in self
            .items
            .iter_mut()
            .filter(|i| self.kind.defaults().contains(&i.key.as_str()))
        {
            let Some((_, words)) = names.iter().find(|(k, _)| *k == item.key) else {
                continue;
            };
            let words = words.split_whitespace().collect::<Vec<_>>().join(" ");
            if words.chars().count() > MAX_OWN_CHARS {
                return Err(TemplateError::TooLong);
            }
            item.own = (!words.is_empty()).then_some(words);
        }
        Ok(self)
    }

    /// One line per item: `alone`, or `own1a2b3c4d<TAB>Mijn eigen zin`.
    pub fn encode(&self) -> String {
        self.items
            .iter()
            .map(|i| match &i.own {
                Some(text) => format!("{}\t{text}", i.key),
                None => i.key.clone(),
            })
            .collect::<Vec<_>>()
            .join("\n")
    }

    /// A stored template; built-in keys no longer known are dropped.
    pub fn decode(kind: Kind, stored: &str) -> Self {
        let items = stored
            .lines()
            .filter_map(|line| match line.split_once('\t') {
                Some((key, text)) => Some(Item {
                    key: key.to_string(),
                    own: Some(text.to_string()),
                }),
                None if kind.defaults().contains(&line) => Some(Item {
                    key: line.to_string(),
                    own: None,
                }),
                None => None,
            })
            .collect();
        Self { kind, items }
    }
}

/// How the interest grid names and colours its four quadrants.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GridStyle {
    /// Per quadrant, in [`Quadrant::ALL`] order: the school's own name (or `None` for the
    /// built-in one) and its colour as `#rrggbb`.
    pub quadrants: Vec<(Quadrant, Option<String>, String)>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ColourError {
    NotAColour,
    /// The grid's dark text would be hard to read on it.
    TooDark,
}

/// The grid's text colour; every quadrant colour must keep it readable.
pub const GRID_INK: (u8, u8, u8) = (0x1c, 0x2b, 0x2a);

impl Default for GridStyle {
    fn default() -> Self {
        let colour = |q: Quadrant| match q {
            Quadrant::LikedAndGood => "#cfe6b0",
            Quadrant::LikedNotYetGood => "#f8e7a8",
            Quadrant::GoodNotLiked => "#cfe0f3",
            Quadrant::Neither => "#eceeed",
        };
        Self {
            quadrants: Quadrant::ALL
                .iter()
                .map(|q| (*q, None, colour(*q).to_string()))
                .collect(),
        }
    }
}

impl GridStyle {
    pub fn colour(&self, q: Quadrant) -> &str {
        self.quadrants
            .iter()
            .find(|(x, _, _)| *x == q)
            .map(|(_, _, c)| c.as_str())
            .unwrap_or("#ffffff")
    }

    pub fn own_label(&self, q: Quadrant) -> Option<&str> {
        self.quadrants
            .iter()
            .find(|(x, _, _)| *x == q)
            .and_then(|(_, l, _)| l.as_deref())
    }

    /// Lines of `quadrant<TAB>#colour<TAB>own name`.
    pub fn encode(&self) -> String {
        self.quadrants
            .iter()
            .map(|(q, label, colour)| format!("{}\t{colour}\t{}", q.as_str(), label.clone().unwrap_or_default()))
            .collect::<Vec<_>>()
            .join("\n")
    }

    pub fn decode(stored: &str) -> Self {
        let mut style = Self::default();
        for line in stored.lines() {
            let mut parts = line.splitn(3, '\t');
            let (Some(q), Some(colour)) = (parts.next(), parts.next()) else {
                continue;
            };
            let label = parts.next().map(str::trim).filter(|l| !l.is_empty()).map(String::from);
            if let Some(entry) = style.quadrants.iter_mut().find(|(x, _, _)| x.as_str() == q)
                && parse_colour(colour).is_ok()
            {
                entry.1 = label;
                entry.2 = colour.to_lowercase();
            }
        }
        style
    }
}

/// A colour as `#rrggbb`, light enough for the grid's dark text (contrast at least 4.5:1,
/// WCAG AA for normal text).
pub fn parse_colour(raw: &str) -> Result<(u8, u8, u8), ColourError> {
    let hex = raw.trim().strip_prefix('#').ok_or(ColourError::NotAColour)?;
    if hex.len() != 6 || !hex.bytes().all(|b| b.is_ascii_hexdigit()) {
        return Err(ColourError::NotAColour);
    }
    let byte = |i: usize| u8::from_str_radix(&hex[i..i + 2], 16).map_err(|_| ColourError::NotAColour);
    let rgb = (byte(0)?, byte(2)?, byte(4)?);
    if contrast(rgb, GRID_INK) < 4.5 {
        return Err(ColourError::TooDark);
    }
    Ok(rgb)
}

/// The WCAG contrast ratio of two colours.
pub fn contrast(a: (u8, u8, u8), b: (u8, u8, u8)) -> f64 {
    let lum = |(r, g, b): (u8, u8, u8)| {
        let c = |v: u8| {
            let s = f64::from(v) / 255.0;
            if s <= 0.03928 {
                s / 12.92
            } else {
                ((s + 0.055) / 1.055).powf(2.4)
            }
        };
        0.2126 * c(r) + 0.7152 * c(g) + 0.0722 * c(b)
    };
    let (la, lb) = (lum(a), lum(b));
    let (hi, lo) = if la > lb { (la, lb) } else { (lb, la) };
    (hi + 0.05) / (lo + 0.05)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_school_hides_renames_and_adds_boxes_of_the_frame() {
        let offered = Template::default_for(Kind::Frame).items;
        let ticked: Vec<String> = ["going_well", "hard", "study_choice"].map(String::from).to_vec();
        let frame = Template::choose(Kind::Frame, &offered, &ticked, "Wat zegt de zorgjuf?")
            .unwrap()
            .rename(&[
                ("hard".into(), "  Mijn   werkpunten ".into()),
                ("going_well".into(), String::new()),
            ])
            .unwrap();
        assert_eq!(
            frame.keys(),
            vec!["going_well", "hard", "study_choice", &own_key("Wat zegt de zorgjuf?")]
        );
        assert_eq!(frame.items[0].own, None);
        assert_eq!(frame.items[1].own.as_deref(), Some("Mijn werkpunten"));
        // Stored and read back, a renamed built-in box keeps its key and its name.
        assert_eq!(Template::decode(Kind::Frame, &frame.encode()), frame);
        assert_eq!(
            Template::default_for(Kind::Frame).rename(&[("hard".into(), "x".repeat(81))]),
            Err(TemplateError::TooLong)
        );
        assert_eq!(
            Template::choose(Kind::Frame, &offered, &[], ""),
            Err(TemplateError::TooFew { min: 1 })
        );
    }

    fn offered(kind: Kind) -> Vec<Item> {
        Template::default_for(kind).items
    }

    #[test]
    fn a_teacher_picks_axes_and_adds_their_own() {
        let ticked: Vec<String> = ["reading", "alone", "maths", "sport"].map(String::from).to_vec();
        let t = Template::choose(
            Kind::SpiderWeb,
            &offered(Kind::SpiderWeb),
            &ticked,
            "Luisteren\n\n  Vragen stellen  \n",
        )
        .unwrap();
        // Ticked items keep the order they were offered in; own lines follow.
        let labels: Vec<String> = t.items.iter().map(|i| i.own.clone().unwrap_or(i.key.clone())).collect();
        assert_eq!(
            labels,
            ["alone", "reading", "maths", "sport", "Luisteren", "Vragen stellen"]
        );
        assert_eq!(Template::decode(Kind::SpiderWeb, &t.encode()), t);
        // The same words keep their key, so their scores stay with them.
        let again = Template::choose(
            Kind::SpiderWeb,
            &offered(Kind::SpiderWeb),
            &ticked,
            "luisteren\nVragen stellen",
        )
        .unwrap();
        assert_eq!(again.items[4].key, t.items[4].key);
    }

    #[test]
    fn too_few_or_too_many_items_are_refused() {
        let two: Vec<String> = ["alone", "maths"].map(String::from).to_vec();
        assert_eq!(
            Template::choose(Kind::SpiderWeb, &offered(Kind::SpiderWeb), &two, ""),
            Err(TemplateError::TooFew { min: 5 })
        );
        let all: Vec<String> = crate::instrument::DEFAULT_AXES.map(String::from).to_vec();
        assert_eq!(
            Template::choose(Kind::SpiderWeb, &offered(Kind::SpiderWeb), &all, "Luisteren"),
            Err(TemplateError::TooMany { max: 8 })
        );
        let long = "x".repeat(MAX_OWN_CHARS + 1);
        assert_eq!(
            Template::choose(Kind::Smileys, &offered(Kind::Smileys), &[], &long),
            Err(TemplateError::TooLong)
        );
    }

    #[test]
    fn grid_colours_must_keep_the_text_readable() {
        assert_eq!(parse_colour("#CFE6B0"), Ok((0xcf, 0xe6, 0xb0)));
        assert_eq!(parse_colour("groen"), Err(ColourError::NotAColour));
        assert_eq!(parse_colour("#12345"), Err(ColourError::NotAColour));
        assert_eq!(parse_colour("#1f5f5b"), Err(ColourError::TooDark));
        assert!((contrast((0, 0, 0), (255, 255, 255)) - 21.0).abs() < 1e-9);
        let mut style = GridStyle::default();
        style.quadrants[0].1 = Some("Mijn talent".into());
        style.quadrants[0].2 = "#ffe0e0".into();
        let back = GridStyle::decode(&style.encode());
        assert_eq!(back, style);
        assert_eq!(back.own_label(Quadrant::ALL[0]), Some("Mijn talent"));
        assert_eq!(
            GridStyle::decode("liked_good\t#000000\tZwart").colour(Quadrant::LikedAndGood),
            "#cfe6b0"
        );
    }
}
