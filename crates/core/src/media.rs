//! What an uploaded file really is, told from its first bytes, never from its name or the
//! type the browser claims; and the limits a school sets for a child's video.

/// The kinds of file a child or teacher may upload.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MediaType {
    /// WebM (what Chrome's and Firefox's MediaRecorder make) or Matroska.
    WebM,
    /// MP4, and 3GP and M4V (what Safari's MediaRecorder and phones make).
    Mp4,
    QuickTime,
    Png,
    Jpeg,
    Gif,
    WebP,
    Pdf,
}

/// The first bytes needed to tell every kind apart.
pub const SNIFF_LEN: usize = 16;

impl MediaType {
    /// The kind of file these first bytes start, if it is one we take.
    pub fn sniff(head: &[u8]) -> Option<Self> {
        let at = |i: usize, magic: &[u8]| head.get(i..i + magic.len()) == Some(magic);
        if at(0, &[0x1A, 0x45, 0xDF, 0xA3]) {
            Some(Self::WebM)
        } else if at(4, b"ftyp") {
            // The major brand: "qt  " is QuickTime; isom, mp41/2, avc1, M4V, 3gp… are MP4.
            Some(if at(8, b"qt  ") { Self::QuickTime } else { Self::Mp4 })
        } else if at(0, &[0x89, b'P', b'N', b'G', 0x0D, 0x0A, 0x1A, 0x0A]) {
            Some(Self::Png)
        } else if at(0, &[0xFF, 0xD8, 0xFF]) {
            Some(Self::Jpeg)
        } else if at(0, b"GIF87a") || at(0, b"GIF89a") {
            Some(Self::Gif)
        } else if at(0, b"RIFF") && at(8, b"WEBP") {
            Some(Self::WebP)
        } else if at(0, b"%PDF-") {
            Some(Self::Pdf)
        } else {
            None
        }
    }

    pub fn content_type(self) -> &'static str {
        match self {
            Self::WebM => "video/webm",
            Self::Mp4 => "video/mp4",
            Self::QuickTime => "video/quicktime",
            Self::Png => "image/png",
            Self::Jpeg => "image/jpeg",
            Self::Gif => "image/gif",
            Self::WebP => "image/webp",
            Self::Pdf => "application/pdf",
        }
    }

    pub fn from_content_type(s: &str) -> Option<Self> {
        [
            Self::WebM,
            Self::Mp4,
            Self::QuickTime,
            Self::Png,
            Self::Jpeg,
            Self::Gif,
            Self::WebP,
            Self::Pdf,
        ]
        .into_iter()
        .find(|m| m.content_type() == s)
    }

    pub fn is_video(self) -> bool {
        matches!(self, Self::WebM | Self::Mp4 | Self::QuickTime)
    }

    pub fn is_image(self) -> bool {
        matches!(self, Self::Png | Self::Jpeg | Self::Gif | Self::WebP)
    }
}

/// A school's limits for a child's video.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct VideoLimits {
    /// The recorder stops by itself after this long.
    pub max_seconds: i64,
    /// Checked on the server while the file streams in.
    pub max_bytes: i64,
    /// Kept this many days after the round's conferences; `None`: until the end of the
    /// school year.
    pub keep_days: Option<i64>,
}

impl Default for VideoLimits {
    fn default() -> Self {
        Self {
            max_seconds: 120,
            max_bytes: 100 * 1024 * 1024,
            keep_days: None,
        }
    }
}

/// What the school typed: minutes (1–10), megabytes (10–500), and how long videos are kept
/// (`year`, or `days` with a number of days, 1–730).
pub struct VideoLimitsInput<'a> {
    pub minutes: &'a str,
    pub megabytes: &'a str,
    pub keep: &'a str,
    pub keep_days: &'a str,
}

impl VideoLimitsInput<'_> {
    pub fn parse(&self) -> Result<VideoLimits, crate::values::FieldProblems> {
        use crate::values::{FieldError, parse_whole};
        let mut problems = Vec::new();
        let minutes = parse_whole(self.minutes, 1, 10).map_err(|e| problems.push(("video_minutes", e)));
        let mb = parse_whole(self.megabytes, 10, 500).map_err(|e| problems.push(("video_megabytes", e)));
        let keep_days = match self.keep {
            "year" => Ok(None),
            "days" => parse_whole(self.keep_days, 1, 730)
                .map(Some)
                .map_err(|e| problems.push(("video_keep_days", e))),
            _ => {
                problems.push(("video_keep", FieldError::Choice));
                Err(())
            }
        };
        match (minutes, mb, keep_days) {
            (Ok(m), Ok(mb), Ok(keep_days)) => Ok(VideoLimits {
                max_seconds: m * 60,
                max_bytes: mb * 1024 * 1024,
                keep_days,
            }),
            _ => Err(problems),
        }
    }
}

/// Portfolio files (a photo from the tablet, a drawing, a PDF) are smaller than videos.
pub const PORTFOLIO_MAX_BYTES: i64 = 20 * 1024 * 1024;

/// Bytes as a person reads them: "100 MB", "1,5 MB" is left to the caller's language.
pub fn megabytes(bytes: i64) -> i64 {
    (bytes + 1024 * 1024 - 1) / (1024 * 1024)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn files_are_told_by_their_first_bytes() {
        assert_eq!(
            MediaType::sniff(&[0x1A, 0x45, 0xDF, 0xA3, 0x9F, 0x42, 0x86, 0x81]),
            Some(MediaType::WebM)
        );
        assert_eq!(MediaType::sniff(b"\0\0\0\x20ftypisom\0\0\x02\0"), Some(MediaType::Mp4));
        assert_eq!(
            MediaType::sniff(b"\0\0\0\x14ftypqt  \0\0\0\0"),
            Some(MediaType::QuickTime)
        );
        assert_eq!(MediaType::sniff(b"\xFF\xD8\xFF\xE0\0\x10JFIF"), Some(MediaType::Jpeg));
        assert_eq!(MediaType::sniff(b"\x89PNG\r\n\x1A\n\0\0"), Some(MediaType::Png));
        assert_eq!(MediaType::sniff(b"RIFF\0\0\0\0WEBPVP8 "), Some(MediaType::WebP));
        assert_eq!(MediaType::sniff(b"%PDF-1.7\n"), Some(MediaType::Pdf));
    }

    #[test]
    fn a_renamed_file_is_still_what_it_is() {
        // A script called filmpje.webm, a Word file, an empty file, a short one.
        assert_eq!(MediaType::sniff(b"<script>alert(1)</script>"), None);
        assert_eq!(MediaType::sniff(b"PK\x03\x04\x14\0\x06\0"), None);
        assert_eq!(MediaType::sniff(b""), None);
        assert_eq!(MediaType::sniff(&[0x1A, 0x45]), None);
        assert_eq!(
            MediaType::sniff(b"RIFF\0\0\0\0WAVEfmt "),
            None,
            "a sound file is no video"
        );
    }

    #[test]
    fn a_school_sets_its_video_limits_within_bounds() {
        let input = |minutes, megabytes, keep, keep_days| VideoLimitsInput {
            minutes,
            megabytes,
            keep,
            keep_days,
        };
        assert_eq!(
            input("3", "50", "days", "30").parse(),
            Ok(VideoLimits {
                max_seconds: 180,
                max_bytes: 50 * 1024 * 1024,
                keep_days: Some(30)
            })
        );
        assert_eq!(input("2", "100", "year", "").parse().unwrap().keep_days, None);
        let problems = input("0", "veel", "days", "").parse().unwrap_err();
        use crate::values::FieldError;
        assert_eq!(
            problems,
            vec![
                ("video_minutes", FieldError::OutOfRange),
                ("video_megabytes", FieldError::OutOfRange),
                ("video_keep_days", FieldError::Required),
            ]
        );
    }

    #[test]
    fn types_round_trip_and_sort_into_video_and_image() {
        for m in [MediaType::WebM, MediaType::Mp4, MediaType::Jpeg, MediaType::Pdf] {
            assert_eq!(MediaType::from_content_type(m.content_type()), Some(m));
        }
        assert!(MediaType::Mp4.is_video() && !MediaType::Mp4.is_image());
        assert!(MediaType::Png.is_image() && !MediaType::Pdf.is_image());
        assert_eq!(megabytes(100 * 1024 * 1024), 100);
        assert_eq!(megabytes(1), 1);
    }
}
