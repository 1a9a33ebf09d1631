//! When mail may go: not in a school's quiet hours (by default 20:00 to 07:00, so a parent's
//! phone stays quiet at night), and after a failed try only after a growing wait.

/// Whether `hour` (0–23, local) falls in the quiet hours from `from` until `until`; equal
/// hours mean there are none. Quiet hours may run over midnight.
pub fn is_quiet(hour: i64, from: i64, until: i64) -> bool {
    if from == until {
        false
    } else if from < until {
        (from..until).contains(&hour)
    } else {
        hour >= from || hour < until
    }
}

/// Seconds to wait after `attempts` failed tries: `base`, twice that, four times… at most an
/// hour.
pub fn retry_after(attempts: i64, base: i64) -> i64 {
    let factor = 1i64 << attempts.clamp(0, 20);
    base.saturating_mul(factor).min(3600)
}

/// Quiet hours as the school types them: two whole hours from 0 to 23.
pub fn parse_hour(raw: &str) -> Result<i64, crate::values::FieldError> {
    crate::values::parse_whole(raw, 0, 23)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quiet_hours_run_over_midnight() {
        assert!(is_quiet(22, 20, 7));
        assert!(is_quiet(3, 20, 7));
        assert!(!is_quiet(7, 20, 7));
        assert!(!is_quiet(19, 20, 7));
        assert!(is_quiet(13, 12, 14));
        assert!(!is_quiet(3, 0, 0), "equal hours: never quiet");
    }

    #[test]
    fn waits_grow_and_stop_at_an_hour() {
        assert_eq!(retry_after(0, 30), 30);
        assert_eq!(retry_after(1, 30), 60);
        assert_eq!(retry_after(3, 30), 240);
        assert_eq!(retry_after(12, 30), 3600);
        assert_eq!(retry_after(5, 0), 0);
    }
}
