//! The child talk on the class tablet, one thing per screen: a ten-year-old sees the question
//! jar, then the thermometer, the smileys, the spider web, the grid, the look back over the
//! learning wall, the report, the video and the portfolio — each a screen of its own with
//! "verder" and "terug" — and last a screen that says to give the tablet back. The teacher's
//! view of the same talk stays one page.

/// One screen of the talk on the tablet, in the order the child goes through them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    /// How the agreements of the last conversation went (only when there are some).
    Agreements,
    Jar,
    Thermometer,
    Smileys,
    Spider,
    /// The interest–talent grid (only when the class has activities).
    Grid,
    /// The look back over the learning wall.
    Wall,
    Report,
    Video,
    Portfolio,
    /// "Klaar! Geef de tablet terug."
    Done,
}

impl Step {
    pub const ALL: [Step; 11] = [
        Step::Agreements,
        Step::Jar,
        Step::Thermometer,
        Step::Smileys,
        Step::Spider,
        Step::Grid,
        Step::Wall,
        Step::Report,
        Step::Video,
        Step::Portfolio,
        Step::Done,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Step::Agreements => "agreements",
            Step::Jar => "jar",
            Step::Thermometer => "thermometer",
            Step::Smileys => "smileys",
            Step::Spider => "spider",
            Step::Grid => "grid",
            Step::Wall => "wall",
            Step::Report => "report",
            Step::Video => "video",
            Step::Portfolio => "portfolio",
            Step::Done => "done",
        }
    }

    pub fn parse(s: &str) -> Option<Step> {
        Step::ALL.into_iter().find(|k| k.as_str() == s)
    }

    /// The screen a section of the talk page is on, by the anchor a form goes back to.
    pub fn of_section(section: &str) -> Step {
        match section {
            "earlier-heading" => Step::Agreements,
            "thermometer" => Step::Thermometer,
            "smileys" => Step::Smileys,
            "spider" => Step::Spider,
            "grid" => Step::Grid,
            "wall" => Step::Wall,
            "report" => Step::Report,
            "video" => Step::Video,
            "portfolio" => Step::Portfolio,
            _ => Step::Jar,
        }
    }
}

/// The screens of one child's talk: every step, less the agreements when there are none to
/// look back on and the grid when the class has no activities.
pub fn steps(has_agreements: bool, has_activities: bool) -> Vec<Step> {
    Step::ALL
        .into_iter()
        .filter(|s| match s {
            Step::Agreements => has_agreements,
            Step::Grid => has_activities,
            _ => true,
        })
        .collect()
}

/// The screen before and after `at` among `steps`.
pub fn around(steps: &[Step], at: Step) -> (Option<Step>, Option<Step>) {
    let i = steps.iter().position(|s| *s == at).unwrap_or(0);
    (i.checked_sub(1).map(|p| steps[p]), steps.get(i + 1).copied())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_talk_without_agreements_or_activities_starts_at_the_jar_and_ends_with_done() {
        let s = steps(false, false);
        assert_eq!(s.first(), Some(&Step::Jar));
        assert_eq!(s.last(), Some(&Step::Done));
        assert!(!s.contains(&Step::Grid) && !s.contains(&Step::Agreements));
        assert_eq!(around(&s, Step::Jar), (None, Some(Step::Thermometer)));
        assert_eq!(around(&s, Step::Spider), (Some(Step::Smileys), Some(Step::Wall)));
        assert_eq!(around(&s, Step::Done), (Some(Step::Portfolio), None));
    }

    #[test]
    fn every_step_and_section_reads_back() {
        for s in Step::ALL {
            assert_eq!(Step::parse(s.as_str()), Some(s));
        }
        assert_eq!(Step::of_section("drawn-heading"), Step::Jar);
        assert_eq!(Step::of_section("earlier-heading"), Step::Agreements);
        assert_eq!(Step::of_section("video"), Step::Video);
        let all = steps(true, true);
        assert_eq!(all.len(), Step::ALL.len());
        assert_eq!(
            around(&all, Step::Smileys),
            (Some(Step::Thermometer), Some(Step::Spider))
        );
    }
}
