//! How long the school keeps what, and the run that deletes what has had its time. The
//! school sets its periods; the defaults are the product's advice. What a round gathered
//! about a child goes on 1 July, so many school years after the round; sent mails and
//! log lines after days; children who left after a year, unless the school says not to.
//!
//! The preview counts with the same conditions the run deletes with, so "on 1 July these
//! will be deleted" is what the run will do on that day.

use crate::audit::{self, Kind, Who};
use crate::child_data;
use crate::row::{int, opt_int, text};
use crate::{Store, StoreError};
use jiff::civil::Date;
use samenspraak_core::ids::{ChildId, SchoolId};
use samenspraak_core::time::{local_to_utc, today};

/// A school's periods.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Periods {
    /// Child-talk notes and instruments: school years after the round.
    pub talk_years: i64,
    /// Parents' questionnaires, conversation frames, agreements, summaries: school years.
    pub family_years: i64,
    pub sent_mail_days: i64,
    pub audit_days: i64,
    /// Children who left are erased so many days later; `None`: the school erases them.
    pub left_days: Option<i64>,
}

impl Default for Periods {
    fn default() -> Periods {
        Periods {
            talk_years: 2,
            family_years: 2,
            sent_mail_days: 30,
            audit_days: 730,
            left_days: Some(365),
        }
    }
}

/// The bounds a school can choose within: school years (also for the audit log and
/// children who left, set in years) and days for sent mails.
pub const YEARS: std::ops::RangeInclusive<i64> = 1..=10;
pub const SENT_MAIL_DAYS: std::ops::RangeInclusive<i64> = 7..=365;

/// Where the rows of a round's child-talk (`Talk`) and family part (`Family`) are, by the
/// round ids bound from `$1` on (`{rounds}` is replaced by their placeholders); in the
/// order they are deleted.
const TALK_ROWS: &[(&str, &str)] = &[
    (
        "talk_question",
        "talk_id IN (SELECT id FROM child_talk WHERE round_id IN ({rounds}))",
    ),
    (
        "talk_note",
        "talk_id IN (SELECT id FROM child_talk WHERE round_id IN ({rounds}))",
    ),
];
const INSTRUMENT_ROWS: &[(&str, &str)] = &[
    ("self_assessment", "round_id IN ({rounds})"),
    ("grid_rating", "round_id IN ({rounds})"),
    ("learning_pick", "round_id IN ({rounds})"),
    ("report_note", "round_id IN ({rounds})"),
    ("report_file", "round_id IN ({rounds})"),
];
const QUESTIONNAIRE_ROWS: &[(&str, &str)] = &[
    ("questionnaire_answer", "round_id IN ({rounds})"),
    ("questionnaire_response", "round_id IN ({rounds})"),
];
const SUMMARY_ROWS: &[(&str, &str)] = &[
    ("conference_frame", "round_id IN ({rounds})"),
    ("agreement", "round_id IN ({rounds})"),
    ("conference_prep", "round_id IN ({rounds})"),
    ("summary_read", "round_id IN ({rounds})"),
    ("summary_sent", "round_id IN ({rounds})"),
];

/// What a run deletes (or a preview counts), per kind.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Counts {
    /// Notes and the question jar's answers from child talks.
    pub talk_notes: u64,
    /// Self-assessments, interest grids, learning-wall picks, report notes and files.
    pub instruments: u64,
    /// Parents' questionnaires (their answers go with them).
    pub questionnaires: u64,
    /// Conversation frames, agreements, the teacher's preparation, summaries sent and read.
    pub summaries: u64,
    pub sent_mails: u64,
    pub audit_entries: u64,
    pub children_left: u64,
    /// Videos past their keeping date (the media run deletes them).
    pub videos: u64,
}

impl Counts {
    pub fn total(&self) -> u64 {
        self.talk_notes
            + self.instruments
            + self.questionnaires
            + self.summaries
            + self.sent_mails
            + self.audit_entries
            + self.children_left
            + self.videos
    }

    /// The counts as the audit entry's detail: `talk-notes=3 sent-mails=40`, zeros left out.
    fn detail(&self) -> String {
        [
            ("talk-notes", self.talk_notes),
            ("instruments", self.instruments),
            ("questionnaires", self.questionnaires),
            ("summaries", self.summaries),
            ("sent-mails", self.sent_mails),
            ("audit-entries", self.audit_entries),
            ("children-left", self.children_left),
        ]
        .iter()
        .filter(|(_, n)| *n > 0)
        .map(|(k, n)| format!("{k}={n}"))
        .collect::<Vec<_>>()
        .join(" ")
    }
}

pub async fn periods(store: &Store, school: &SchoolId) -> crate::Result<Periods> {
    let r = sqlx::query(
        "SELECT talk_keep_years, family_keep_years, sent_mail_keep_days, audit_keep_days, left_keep_days \
         FROM school WHERE id = $1",
    )
    .bind(school.as_str())
    .fetch_optional(&store.pool)
    .await?
    .ok_or(StoreError::NotFound)?;
    Ok(Periods {
        talk_years: int(&r, "talk_keep_years")?,
        family_years: int(&r, "family_keep_years")?,
        sent_mail_days: int(&r, "sent_mail_keep_days")?,
        audit_days: int(&r, "audit_keep_days")?,
        left_days: opt_int(&r, "left_keep_days")?,
    })
}

/// Sets the school's periods (the caller checked them against the bounds above).
pub async fn set_periods(store: &Store, school: &SchoolId, p: &Periods, by: &Who) -> crate::Result<()> {
    let mut tx = store.pool.begin().await?;
    let done = sqlx::query(
        "UPDATE school SET talk_keep_years = $1, family_keep_years = $2, sent_mail_keep_days = $3, \
         audit_keep_days = $4, left_keep_days = $5 WHERE id = $6",
    )
    .bind(p.talk_years)
    .bind(p.family_years)
    .bind(p.sent_mail_days)
    .bind(p.audit_days)
    .bind(p.left_days)
    .bind(school.as_str())
    .execute(&mut *tx)
    .await?;
    crate::row::touched(&done)?;
    audit::write(&mut tx, &by.did(Kind::SettingsChanged).detail("setting=retention")).await?;
    tx.commit().await?;
    Ok(())
}

/// The 1 July on which a round's data is deleted when kept `years` school years: a round
/// belongs to the school year that ends the 30 June after its conversations.
pub fn round_data_goes_on(conference_until: Date, years: i64) -> Date {
    let ends = if conference_until.month() >= 7 {
        conference_until.year() + 1
    } else {
        conference_until.year()
    };
    let year = i16::try_from(i64::from(ends) + years - 1).unwrap_or(i16::MAX);
    Date::new(year, 7, 1).unwrap_or(Date::MAX)
}

/// The first 1 July after `day`: the end of the school year, when most of it goes.
pub fn next_first_of_july(day: Date) -> Date {
    let this_year = Date::new(day.year(), 7, 1).unwrap_or(Date::MAX);
    if day < this_year {
        this_year
    } else {
        Date::new(day.year() + 1, 7, 1).unwrap_or(Date::MAX)
    }
}

/// The school's rounds whose data kept `years` school years is due by `on`.
async fn rounds_due(
    conn: &mut sqlx::AnyConnection,
    school: &SchoolId,
    years: i64,
    on: Date,
) -> crate::Result<Vec<String>> {
    let rows = sqlx::query("SELECT id, conference_until FROM round WHERE school_id = $1")
        .bind(school.as_str())
        .fetch_all(&mut *conn)
        .await?;
    let mut due = Vec::new();
    for r in &rows {
        if round_data_goes_on(crate::row::date(r, "conference_until")?, years) <= on {
            due.push(text(r, "id")?);
        }
    }
    Ok(due)
}

/// Counts or deletes the rows of `tables` for `rounds`.
async fn round_rows(
    conn: &mut sqlx::AnyConnection,
    tables: &[(&str, &str)],
    rounds: &[String],
    delete: bool,
) -> crate::Result<u64> {
    if rounds.is_empty() {
        return Ok(0);
    }
    let places: Vec<String> = (1..=rounds.len()).map(|n| format!("${n}")).collect();
    let mut total = 0;
    for (table, condition) in tables {
        let condition = condition.replace("{rounds}", &places.join(", "));
        // Only names and placeholders from the constant lists above are formatted in.
        let sql = if delete {
            format!("DELETE FROM {table} WHERE {condition}")
        } else {
            format!("SELECT COUNT(*) AS n FROM {table} WHERE {condition}")
        };
        let mut q = sqlx::query(sqlx::AssertSqlSafe(sql));
        for r in rounds {
            q = q.bind(r);
        }
        total += if delete {
            q.execute(&mut *conn).await?.rows_affected()
        } else {
            u64::try_from(int(&q.fetch_one(&mut *conn).await?, "n")?).unwrap_or(0)
        };
    }
    Ok(total)
}

/// Counts or deletes the rows older than a moment: sent mails and log lines.
async fn older_rows(
    conn: &mut sqlx::AnyConnection,
    school: &SchoolId,
    table_condition: (&str, &str),
    before: i64,
    delete: bool,
) -> crate::Result<u64> {
    let (table, condition) = table_condition;
    let sql = if delete {
        format!("DELETE FROM {table} WHERE school_id = $1 AND {condition}")
    } else {
        format!("SELECT COUNT(*) AS n FROM {table} WHERE school_id = $1 AND {condition}")
    };
    // Only names from this module's calls are formatted in.
    let q = sqlx::query(sqlx::AssertSqlSafe(sql)).bind(school.as_str()).bind(before);
    Ok(if delete {
        q.execute(&mut *conn).await?.rows_affected()
    } else {
        u64::try_from(int(&q.fetch_one(&mut *conn).await?, "n")?).unwrap_or(0)
    })
}

const SENT_MAILS: (&str, &str) = ("outbox", "status = 'sent' AND sent_at < $2");
const AUDIT_ENTRIES: (&str, &str) = ("audit_entry", "at < $2");

/// The children who left whose period has passed at `at`. A child marked as gone before
/// the school kept the moment counts from `now`.
async fn children_left_due(
    conn: &mut sqlx::AnyConnection,
    school: &SchoolId,
    p: &Periods,
    at: i64,
    now: i64,
) -> crate::Result<Vec<ChildId>> {
    let Some(days) = p.left_days else {
        return Ok(Vec::new());
    };
    sqlx::query("SELECT id FROM child WHERE school_id = $1 AND active = 0 AND COALESCE(left_at, $2) < $3 ORDER BY id")
        .bind(school.as_str())
        .bind(now)
        .bind(at - days * 86400)
        .fetch_all(&mut *conn)
        .await?
        .iter()
        .map(|r| Ok(ChildId(text(r, "id")?)))
        .collect()
}

/// What a run at the local midnight that starts `on` would delete, counted now.
pub async fn preview(store: &Store, school: &SchoolId, on: Date, now: i64) -> crate::Result<Counts> {
    let p = periods(store, school).await?;
    let at = local_to_utc(on.at(0, 0, 0, 0));
    let mut conn = store.pool.acquire().await?;
    let mut counts = round_counts(&mut conn, school, &p, on, false).await?;
    counts.sent_mails = older_rows(&mut conn, school, SENT_MAILS, at - p.sent_mail_days * 86400, false).await?;
    counts.audit_entries = older_rows(&mut conn, school, AUDIT_ENTRIES, at - p.audit_days * 86400, false).await?;
    counts.children_left = children_left_due(&mut conn, school, &p, at, now).await?.len() as u64;
    let videos = sqlx::query("SELECT COUNT(*) AS n FROM child_video WHERE school_id = $1 AND delete_after < $2")
        .bind(school.as_str())
        .bind(on.to_string())
        .fetch_one(&mut *conn)
        .await?;
    counts.videos = u64::try_from(int(&videos, "n")?).unwrap_or(0);
    Ok(counts)
}

async fn round_counts(
    conn: &mut sqlx::AnyConnection,
    school: &SchoolId,
    p: &Periods,
    on: Date,
    delete: bool,
) -> crate::Result<Counts> {
    let talk = rounds_due(conn, school, p.talk_years, on).await?;
    let family = rounds_due(conn, school, p.family_years, on).await?;
    Ok(Counts {
        talk_notes: round_rows(conn, TALK_ROWS, &talk, delete).await?,
        instruments: round_rows(conn, INSTRUMENT_ROWS, &talk, delete).await?,
        questionnaires: round_rows(conn, QUESTIONNAIRE_ROWS, &family, delete).await?,
        summaries: round_rows(conn, SUMMARY_ROWS, &family, delete).await?,
        ..Counts::default()
    })
}

/// What one school's run deleted, and the files the caller removes from the media folder.
#[derive(Debug, Clone, Default)]
pub struct Ran {
    pub counts: Counts,
    pub files: Vec<String>,
}

/// Deletes what is due at `at` for one school, in one transaction with its log line
/// (counts, never contents); children who left are erased each in their own.
pub async fn run_school(store: &Store, school: &SchoolId, at: i64) -> crate::Result<Ran> {
    let p = periods(store, school).await?;
    let mut ran = Ran::default();
    let mut tx = store.pool.begin().await?;
    // The report files of the rounds that go, before their rows do.
    let talk = rounds_due(&mut tx, school, p.talk_years, today(at)).await?;
    for round in &talk {
        let files = sqlx::query("SELECT file_id FROM report_file WHERE round_id = $1")
            .bind(round)
            .fetch_all(&mut *tx)
            .await?;
        for f in &files {
            ran.files.push(text(f, "file_id")?);
        }
    }
    ran.counts = round_counts(&mut tx, school, &p, today(at), true).await?;
    ran.counts.sent_mails = older_rows(&mut tx, school, SENT_MAILS, at - p.sent_mail_days * 86400, true).await?;
    ran.counts.audit_entries = older_rows(&mut tx, school, AUDIT_ENTRIES, at - p.audit_days * 86400, true).await?;
    // From now on the children marked as gone before the moment was kept count.
    sqlx::query("UPDATE child SET left_at = $1 WHERE school_id = $2 AND active = 0 AND left_at IS NULL")
        .bind(crate::now())
        .bind(school.as_str())
        .execute(&mut *tx)
        .await?;
    let left = children_left_due(&mut tx, school, &p, at, crate::now()).await?;
    ran.counts.children_left = left.len() as u64;
    if ran.counts.total() > 0 {
        let entry = Who::system(school).did(Kind::RetentionRun).detail(ran.counts.detail());
        audit::write(&mut tx, &entry).await?;
    }
    tx.commit().await?;
    for child in &left {
        let erased = child_data::erase(store, school, child, &Who::system(school)).await?;
        ran.files.extend(erased.files);
    }
    Ok(ran)
}

/// Runs every school's retention at `at`; returns what went in all.
pub async fn run(store: &Store, at: i64) -> crate::Result<Ran> {
    let schools = sqlx::query("SELECT id FROM school ORDER BY id")
        .fetch_all(&store.pool)
        .await?;
    let mut all = Ran::default();
    for row in &schools {
        let ran = run_school(store, &SchoolId(text(row, "id")?), at).await?;
        let (a, b) = (&mut all.counts, &ran.counts);
        a.talk_notes += b.talk_notes;
        a.instruments += b.instruments;
        a.questionnaires += b.questionnaires;
        a.summaries += b.summaries;
        a.sent_mails += b.sent_mails;
        a.audit_entries += b.audit_entries;
        a.children_left += b.children_left;
        all.files.extend(ran.files);
    }
    Ok(all)
}

/// Takes (or keeps) the chore `name` for `holder` until `until`, when no other instance
/// holds it now: of several instances on one database, one runs it.
pub async fn claim(store: &Store, name: &str, holder: &str, at: i64, until: i64) -> crate::Result<bool> {
    sqlx::query("INSERT INTO chore_lease (name, holder, until) VALUES ($1, $2, 0) ON CONFLICT (name) DO NOTHING")
        .bind(name)
        .bind(holder)
        .execute(&store.pool)
        .await?;
    let done =
        sqlx::query("UPDATE chore_lease SET holder = $1, until = $2 WHERE name = $3 AND (holder = $1 OR until < $4)")
            .bind(holder)
            .bind(until)
            .bind(name)
            .bind(at)
            .execute(&store.pool)
            .await?;
    Ok(done.rows_affected() == 1)
}
