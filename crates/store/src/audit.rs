//! The school's audit log: who did or looked at what about which child, when and from
//! which address. A change writes its entry in its own transaction (so a change without
//! its entry cannot exist); a read that matters (a note, a video, a summary) writes one on
//! its own. Entries hold ids, never names, passwords, codes or note text: the page joins
//! the names in when it shows them, so an erased child's entries name no one.

use crate::row::{int, opt_text, text};
use crate::{Store, new_id, now};
use samenspraak_core::ids::{ChildId, RoundId, SchoolId};

/// Lists every kind once: its variant and the name stored for it.
macro_rules! kinds {
    ($($variant:ident => $name:literal,)*) => {
        /// What an entry records. The names are stored; never rename one.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum Kind {
            $($variant,)*
        }

        impl Kind {
            pub const ALL: &'static [Kind] = &[$(Kind::$variant,)*];

            pub fn as_str(self) -> &'static str {
                match self {
                    $(Kind::$variant => $name,)*
                }
            }
        }
    };
}

kinds! {
    SignIn => "sign-in",
    SignInFailed => "sign-in-failed",
    SignOut => "sign-out",
    InvitationCreated => "invitation-created",
    InvitationOpened => "invitation-opened",
    InvitationRevoked => "invitation-revoked",
    BookingMade => "booking-made",
    BookingChanged => "booking-changed",
    BookingCancelled => "booking-cancelled",
    NoteCreated => "note-created",
    NotesRead => "notes-read",
    VideoViewed => "video-viewed",
    PortfolioViewed => "portfolio-viewed",
    ReportViewed => "report-viewed",
    PreparationOpened => "preparation-opened",
    SummaryOpened => "summary-opened",
    ChildExported => "child-exported",
    ChildErased => "child-erased",
    AccountChanged => "account-changed",
    ClassesChanged => "classes-changed",
    AccountDeactivated => "account-deactivated",
    AccountActivated => "account-activated",
    SettingsChanged => "settings-changed",
    ImportConfirmed => "import-confirmed",
    ConsentGiven => "consent-given",
    ConsentWithdrawn => "consent-withdrawn",
    RetentionRun => "retention-run",
    TwoFactorOn => "two-factor-on",
    TwoFactorOff => "two-factor-off",
    RecoveryCodesMade => "recovery-codes-made",
    PasswordChanged => "password-changed",
    SessionsEnded => "sessions-ended",
    ParentViewOpened => "parent-view-opened",
}

impl Kind {
    pub fn parse(s: &str) -> Option<Kind> {
        Kind::ALL.iter().copied().find(|k| k.as_str() == s)
    }
}

/// Who acts: a signed-in person (`staff`, `guardian`, `child`), someone who tried to
/// (`staff` with the account's id on a failed sign-in), or the app itself (`system`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Who {
    pub school: SchoolId,
    pub actor_kind: &'static str,
    pub actor_id: Option<String>,
    pub address: Option<String>,
}

impl Who {
    pub fn person(school: &SchoolId, kind: samenspraak_core::ActorKind, id: &str, address: &str) -> Who {
        Who {
            school: school.clone(),
            actor_kind: kind.as_str(),
            actor_id: Some(id.to_string()),
            address: Some(address.to_string()).filter(|a| !a.is_empty()),
        }
    }

    /// A member of staff.
    pub fn staff(school: &SchoolId, id: &samenspraak_core::ids::StaffId, address: &str) -> Who {
        Who::person(school, samenspraak_core::ActorKind::Staff, id.as_str(), address)
    }

    /// The app's own work: retention, the command line.
    pub fn system(school: &SchoolId) -> Who {
        Who {
            school: school.clone(),
            actor_kind: "system",
            actor_id: None,
            address: None,
        }
    }

    /// An entry of this person doing `kind`; a child acting is the child it is about.
    pub fn did(&self, kind: Kind) -> Entry {
        Entry {
            who: self.clone(),
            kind,
            child: self.actor_id.clone().filter(|_| self.actor_kind == "child"),
            round: None,
            detail: None,
        }
    }
}

/// One line of the log before it is written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    pub who: Who,
    pub kind: Kind,
    pub child: Option<String>,
    pub round: Option<String>,
    /// Words without personal data: a role, a count, a channel.
    pub detail: Option<String>,
}

impl Entry {
    pub fn child(mut self, child: &ChildId) -> Entry {
        self.child = Some(child.as_str().to_string());
        self
    }

    pub fn round(mut self, round: &RoundId) -> Entry {
        self.round = Some(round.as_str().to_string());
        self
    }

    pub fn detail(mut self, detail: impl Into<String>) -> Entry {
        self.detail = Some(detail.into());
        self
    }
}

/// Writes the entry inside the caller's transaction.
pub(crate) async fn write(conn: &mut sqlx::AnyConnection, e: &Entry) -> crate::Result<()> {
    write_many(conn, &[e]).await
}

/// An id that sorts as the entries were written: the microsecond, the place in the batch,
/// then randomness (entries of the same second keep their order on the page).
fn entry_id(n: usize) -> String {
    let micros = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_micros());
    format!("{micros:016x}{n:04x}{}", new_id())
}

/// Writes many entries inside the caller's transaction, a few statements of many rows.
pub(crate) async fn write_many(conn: &mut sqlx::AnyConnection, entries: &[&Entry]) -> crate::Result<()> {
    const COLUMNS: usize = 10;
    let t = now();
    for chunk in crate::row::statement_chunks(entries.len(), crate::row::rows_per_statement(conn)) {
        let rows = &entries[chunk];
        let values: Vec<String> = (0..rows.len())
            .map(|r| {
                let p: Vec<String> = (1..=COLUMNS).map(|c| format!("${}", r * COLUMNS + c)).collect();
                format!("({})", p.join(", "))
            })
            .collect();
        let sql = format!(
            "INSERT INTO audit_entry (id, school_id, at, actor_kind, actor_id, address, kind, child_id, round_id, detail) \
             VALUES {}",
            values.join(", ")
        );
        // Only placeholders are formatted into it; every value is bound.
        let mut q = sqlx::query(sqlx::AssertSqlSafe(sql));
        for (n, e) in rows.iter().enumerate() {
            q = q
                .bind(entry_id(n))
                .bind(e.who.school.as_str())
                .bind(t)
                .bind(e.who.actor_kind)
                .bind(e.who.actor_id.as_deref())
                .bind(e.who.address.as_deref())
                .bind(e.kind.as_str())
                .bind(e.child.as_deref())
                .bind(e.round.as_deref())
                .bind(e.detail.as_deref());
        }
        q.execute(&mut *conn).await?;
    }
    Ok(())
}

/// Records something that was looked at (a read changes nothing to pair it with).
pub async fn record(store: &Store, e: &Entry) -> crate::Result<()> {
    let mut conn = store.pool.acquire().await?;
    write(&mut conn, e).await
}

/// Records many entries at once (a class's sheets printed together): a few statements of
/// many rows (up to the placeholders one statement takes), not a write per child. They are
/// written before the sheets are gathered: a page that then fails has still logged them.
pub async fn record_all(store: &Store, entries: &[Entry]) -> crate::Result<()> {
    if entries.is_empty() {
        return Ok(());
    }
    let mut conn = store.pool.acquire().await?;
    write_many(&mut conn, &entries.iter().collect::<Vec<_>>()).await
}

/// Which entries to show.
#[derive(Debug, Clone, Default)]
pub struct Filter {
    pub actor_id: Option<String>,
    pub child: Option<ChildId>,
    pub kind: Option<Kind>,
    /// Unix seconds, inclusive.
    pub from: Option<i64>,
    /// Unix seconds, exclusive.
    pub until: Option<i64>,
    pub limit: Option<i64>,
}

/// An entry as the school reads it, with the names that still exist.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Listed {
    pub at: i64,
    pub actor_kind: String,
    pub actor_id: Option<String>,
    pub actor_name: Option<String>,
    pub address: Option<String>,
    pub kind: String,
    pub child_id: Option<String>,
    pub child_name: Option<String>,
    pub round_id: Option<String>,
    pub round_name: Option<String>,
    pub detail: Option<String>,
}

/// The school's entries that match, the newest first.
pub async fn list(store: &Store, school: &SchoolId, f: &Filter) -> crate::Result<Vec<Listed>> {
    let mut sql = String::from(
        "SELECT a.at, a.actor_kind, a.actor_id, a.address, a.kind, a.child_id, a.round_id, a.detail, \
         COALESCE(s.name, g.name, ca.first_name || ' ' || ca.last_name) AS actor_name, \
         c.first_name || ' ' || c.last_name AS child_name, r.name AS round_name \
         FROM audit_entry a \
         LEFT JOIN staff s ON a.actor_kind = 'staff' AND s.id = a.actor_id \
         LEFT JOIN guardian g ON a.actor_kind = 'guardian' AND g.id = a.actor_id \
         LEFT JOIN child ca ON a.actor_kind = 'child' AND ca.id = a.actor_id \
         LEFT JOIN child c ON c.id = a.child_id \
         LEFT JOIN round r ON r.id = a.round_id \
         WHERE a.school_id = $1",
    );
    let mut n = 1;
    let mut next = |sql: &mut String, clause: &str| {
        n += 1;
        sql.push_str(&clause.replace('?', &format!("${n}")));
    };
    if f.actor_id.is_some() {
        next(&mut sql, " AND a.actor_id = ?");
    }
    if f.child.is_some() {
        next(&mut sql, " AND a.child_id = ?");
    }
    if f.kind.is_some() {
        next(&mut sql, " AND a.kind = ?");
    }
    if f.from.is_some() {
        next(&mut sql, " AND a.at >= ?");
    }
    if f.until.is_some() {
        next(&mut sql, " AND a.at < ?");
    }
    sql.push_str(" ORDER BY a.at DESC, a.id DESC");
    if f.limit.is_some() {
        next(&mut sql, " LIMIT ?");
    }
    // Only placeholders are formatted into it; every value is bound.
    let mut q = sqlx::query(sqlx::AssertSqlSafe(sql)).bind(school.as_str());
    if let Some(a) = &f.actor_id {
        q = q.bind(a.clone());
    }
    if let Some(c) = &f.child {
        q = q.bind(c.as_str().to_string());
    }
    if let Some(k) = f.kind {
        q = q.bind(k.as_str());
    }
    if let Some(t) = f.from {
        q = q.bind(t);
    }
    if let Some(t) = f.until {
        q = q.bind(t);
    }
    if let Some(l) = f.limit {
        q = q.bind(l);
    }
    q.fetch_all(&store.pool)
        .await?
        .iter()
        .map(|r| {
            Ok(Listed {
                at: int(r, "at")?,
                actor_kind: text(r, "actor_kind")?,
                actor_id: opt_text(r, "actor_id")?,
                actor_name: opt_text(r, "actor_name")?,
                address: opt_text(r, "address")?,
                kind: text(r, "kind")?,
                child_id: opt_text(r, "child_id")?,
                child_name: opt_text(r, "child_name")?,
                round_id: opt_text(r, "round_id")?,
                round_name: opt_text(r, "round_name")?,
                detail: opt_text(r, "detail")?,
            })
        })
        .collect()
}
