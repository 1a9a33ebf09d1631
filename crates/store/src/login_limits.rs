//! Failed attempts to get in, counted in the database so that every instance of the server
//! sees the same counts, and kept apart by kind: a school's tablets, laptops and the
//! parents in its hall share one public address, so wrong pictures on a tablet must never
//! lock a teacher out, nor a parent's mistyped letter code a child.
//!
//! Each kind has its limits ([`Attempt::limits`]); an attempt is refused while any of them
//! is reached, and told when to come back. A member of staff is limited per account *and*
//! address: someone who knows only the e-mail address cannot lock the owner out, who signs
//! in from elsewhere as usual. Guesses at one account from many addresses are stopped too:
//! past [`SPREAD_PER_ACCOUNT`] failures, every address that already failed on the account
//! waits, while an address that never failed on it can still sign in.
//!
//! What this costs a guesser of a child's picture code (four pictures out of nine, 6,561
//! codes): on average 3,281 tries for one child; at most [`PICTURES_PER_CHILD_DAY`] a day
//! for that child that is about 328 days, and at most [`PICTURES_PER_CLASS_DAY`] a day for
//! the whole class, about 164 days to get in as *some* child of the class.

use crate::row::int;
use crate::{Store, new_id, now};
use samenspraak_core::ids::{ChildId, ClassId};

const MINUTE: i64 = 60;
const QUARTER: i64 = 15 * MINUTE;
const DAY: i64 = 24 * 60 * MINUTE;

pub const STAFF_PER_ACCOUNT_AND_ADDRESS: i64 = 5;
pub const STAFF_PER_ADDRESS: i64 = 20;
/// Failures on one account from all addresses in a quarter of an hour before every
/// address that failed on it waits.
pub const SPREAD_PER_ACCOUNT: i64 = 50;
pub const PICTURES_PER_CHILD: i64 = 5;
pub const PICTURES_PER_CHILD_DAY: i64 = 10;
pub const PICTURES_PER_CLASS: i64 = 10;
pub const PICTURES_PER_CLASS_DAY: i64 = 20;
pub const PICTURES_PER_ADDRESS_DAY: i64 = 40;
pub const CLASS_CODES_PER_ADDRESS: i64 = 10;
pub const CLASS_CODES_PER_ADDRESS_DAY: i64 = 30;
pub const INVITATIONS_PER_ADDRESS: i64 = 5;
pub const INVITATIONS_PER_ADDRESS_DAY: i64 = 20;

/// The longest window any limit looks back over; older failures are purged.
pub const LONGEST_WINDOW_SECONDS: i64 = DAY;

/// What someone tried.
#[derive(Debug, Clone, Copy)]
pub enum Attempt<'a> {
    /// A member of staff's e-mail address and password.
    Staff { email: &'a str },
    /// A code of the second sign-in step (after a right password), by account: whoever
    /// knows the password gets a handful of guesses a day, not endless ones.
    SecondStep { email: &'a str },
    /// A code asked again on the account page (a stolen session guessing it): counted
    /// apart, per account and address, so it locks that page, not the owner's sign-in.
    AccountCode { email: &'a str },
    /// A child's pictures on a class's tablet.
    Pictures { child: &'a ChildId, class: &'a ClassId },
    /// A class code, typed or in an address.
    ClassCode,
    /// An invitation link or a letter's code.
    Invitation,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    Allowed,
    /// Too many failures; try again after this many seconds. `whole_class` when it is the
    /// class's count of wrong pictures (not this child's own) that is full.
    Locked {
        retry_after_seconds: i64,
        whole_class: bool,
    },
}

/// Which failures one limit counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Over {
    Key,
    Address,
    KeyAndAddress,
    Scope,
}

struct Limit {
    over: Over,
    window: i64,
    max: i64,
}

const fn limit(over: Over, window: i64, max: i64) -> Limit {
    Limit { over, window, max }
}

const STAFF_LIMITS: &[Limit] = &[
    limit(Over::KeyAndAddress, QUARTER, STAFF_PER_ACCOUNT_AND_ADDRESS),
    limit(Over::Address, QUARTER, STAFF_PER_ADDRESS),
];
/// Codes of the second step, counted before they are judged (`reserve`; the try that
/// fills a limit counts itself): ten a quarter from one address, a hundred a day in all.
/// With three codes valid at a time in a million, a whole day of guesses succeeds once in
/// nine years; someone with only the password keeps the owner out from everywhere only by
/// spending a hundred guesses a day, and the admin's reset forgets them.
const SECOND_STEP_LIMITS: &[Limit] = &[limit(Over::KeyAndAddress, QUARTER, 11), limit(Over::Key, DAY, 101)];
const ACCOUNT_CODE_LIMITS: &[Limit] = &[
    limit(Over::KeyAndAddress, QUARTER, 6),
    limit(Over::KeyAndAddress, DAY, 21),
];
const PICTURE_LIMITS: &[Limit] = &[
    limit(Over::Key, QUARTER, PICTURES_PER_CHILD),
    limit(Over::Key, DAY, PICTURES_PER_CHILD_DAY),
    limit(Over::Scope, QUARTER, PICTURES_PER_CLASS),
    limit(Over::Scope, DAY, PICTURES_PER_CLASS_DAY),
    limit(Over::Address, DAY, PICTURES_PER_ADDRESS_DAY),
];
const CLASS_CODE_LIMITS: &[Limit] = &[
    limit(Over::Address, QUARTER, CLASS_CODES_PER_ADDRESS),
    limit(Over::Address, DAY, CLASS_CODES_PER_ADDRESS_DAY),
];
const INVITATION_LIMITS: &[Limit] = &[
    limit(Over::Address, QUARTER, INVITATIONS_PER_ADDRESS),
    limit(Over::Address, DAY, INVITATIONS_PER_ADDRESS_DAY),
];

impl Attempt<'_> {
    fn kind(&self) -> &'static str {
        match self {
            Self::Staff { .. } => "staff",
            Self::SecondStep { .. } => "second_step",
            Self::AccountCode { .. } => "account_code",
            Self::Pictures { .. } => "pictures",
            Self::ClassCode => "class_code",
            Self::Invitation => "invitation",
        }
    }

    fn key(&self) -> String {
        match self {
            Self::Staff { email } | Self::SecondStep { email } | Self::AccountCode { email } => {
                email.trim().to_lowercase()
            }
            Self::Pictures { child, .. } => format!("child:{}", child.as_str()),
            Self::ClassCode | Self::Invitation => String::new(),
        }
    }

    fn scope(&self) -> Option<&str> {
        match self {
            Self::Pictures { class, .. } => Some(class.as_str()),
            _ => None,
        }
    }

    fn limits(&self) -> &'static [Limit] {
        match self {
            Self::Staff { .. } => STAFF_LIMITS,
            Self::SecondStep { .. } => SECOND_STEP_LIMITS,
            Self::AccountCode { .. } => ACCOUNT_CODE_LIMITS,
            Self::Pictures { .. } => PICTURE_LIMITS,
            Self::ClassCode => CLASS_CODE_LIMITS,
            Self::Invitation => INVITATION_LIMITS,
        }
    }
}

/// The condition and its two values for one limit: `kind = $1 AND … = $2 [AND ip = $3]`.
fn filter(over: Over) -> &'static str {
    match over {
        Over::Key => "kind = $1 AND email = $2",
        Over::Address => "kind = $1 AND ip = $2",
        Over::KeyAndAddress => "kind = $1 AND email = $2 AND ip = $3",
        Over::Scope => "kind = $1 AND scope = $2",
    }
}

/// When the newest `max` failures under `condition` since `since` no longer fill the limit:
/// `None` while fewer than `max` are counted.
async fn locked_until(
    store: &Store,
    attempt: &Attempt<'_>,
    over: Over,
    ip: &str,
    window: i64,
    max: i64,
) -> crate::Result<Option<i64>> {
    let since = now() - window;
    let value = match over {
        Over::Address => ip.to_string(),
        Over::Scope => attempt.scope().unwrap_or_default().to_string(),
        Over::Key | Over::KeyAndAddress => attempt.key(),
    };
    // The `max`-th newest failure: once it is older than the window, the count is below.
    let sql = format!(
        "SELECT at FROM login_failure WHERE {} AND at > ${} ORDER BY at DESC LIMIT 1 OFFSET {}",
        filter(over),
        if over == Over::KeyAndAddress { 4 } else { 3 },
        max - 1
    );
    let mut q = sqlx::query(sqlx::AssertSqlSafe(sql)).bind(attempt.kind()).bind(value);
    if over == Over::KeyAndAddress {
        q = q.bind(ip);
    }
    let row = q.bind(since).fetch_optional(&store.pool).await?;
    row.map(|r| int(&r, "at").map(|at| at + window)).transpose()
}

/// Whether `attempt` from `ip` may be tried now.
pub async fn check(store: &Store, attempt: Attempt<'_>, ip: &str) -> crate::Result<Verdict> {
    let mut until: Option<i64> = None;
    let mut whole_class = false;
    for l in attempt.limits() {
        if let Some(t) = locked_until(store, &attempt, l.over, ip, l.window, l.max).await? {
            until = Some(until.map_or(t, |u| u.max(t)));
            whole_class |= l.over == Over::Scope;
        }
    }
    if let Attempt::Staff { .. } = attempt
        && until.is_none()
        && spread_over_addresses(store, &attempt, ip).await?
    {
        until = Some(now() + QUARTER);
    }
    Ok(match until {
        Some(t) => Verdict::Locked {
            retry_after_seconds: (t - now()).max(MINUTE),
            whole_class,
        },
        None => Verdict::Allowed,
    })
}

/// An account guessed at from many addresses: this address failed on it too.
async fn spread_over_addresses(store: &Store, attempt: &Attempt<'_>, ip: &str) -> crate::Result<bool> {
    let since = now() - QUARTER;
    let row = sqlx::query(
        "SELECT (SELECT COUNT(*) FROM login_failure WHERE kind = $1 AND email = $2 AND at > $4) AS everywhere, \
                (SELECT COUNT(*) FROM login_failure WHERE kind = $1 AND email = $2 AND ip = $3 AND at > $4) AS here",
    )
    .bind(attempt.kind())
    .bind(attempt.key())
    .bind(ip)
    .bind(since)
    .fetch_one(&store.pool)
    .await?;
    Ok(int(&row, "everywhere")? >= SPREAD_PER_ACCOUNT && int(&row, "here")? > 0)
}

pub async fn record_failure(store: &Store, attempt: Attempt<'_>, ip: &str) -> crate::Result<()> {
    record_failure_of(store, attempt, ip, None).await
}

/// A failed attempt on a known account or child: counted for the limits, and written to
/// the school's audit log in the same transaction (`audit` says whose).
pub async fn record_failure_of(
    store: &Store,
    attempt: Attempt<'_>,
    ip: &str,
    audit: Option<&crate::audit::Entry>,
) -> crate::Result<()> {
    let mut tx = store.pool.begin().await?;
    sqlx::query("INSERT INTO login_failure (id, kind, email, scope, ip, at) VALUES ($1, $2, $3, $4, $5, $6)")
        .bind(new_id())
        .bind(attempt.kind())
        .bind(attempt.key())
        .bind(attempt.scope())
        .bind(ip)
        .bind(now())
        .execute(&mut *tx)
        .await?;
    if let Some(entry) = audit {
        crate::audit::write(&mut tx, entry).await?;
    }
    tx.commit().await?;
    Ok(())
}

/// Counts a try before it is judged, so that parallel tries cannot all slip in under a
/// limit: returns the try's id (for `forget_try` when it succeeds) and the verdict that
/// counts it.
pub async fn reserve(store: &Store, attempt: Attempt<'_>, ip: &str) -> crate::Result<(String, Verdict)> {
    let id = new_id();
    sqlx::query("INSERT INTO login_failure (id, kind, email, scope, ip, at) VALUES ($1, $2, $3, $4, $5, $6)")
        .bind(&id)
        .bind(attempt.kind())
        .bind(attempt.key())
        .bind(attempt.scope())
        .bind(ip)
        .bind(now())
        .execute(&store.pool)
        .await?;
    Ok((id, check(store, attempt, ip).await?))
}

/// A reserved try that succeeded is no failure.
pub async fn forget_try(store: &Store, id: &str) -> crate::Result<()> {
    sqlx::query("DELETE FROM login_failure WHERE id = $1")
        .bind(id)
        .execute(&store.pool)
        .await?;
    Ok(())
}

/// Forgets every failure of an account's kind, from everywhere: the school admin's reset
/// of someone's second step.
pub async fn forget_account(store: &Store, attempt: Attempt<'_>) -> crate::Result<()> {
    sqlx::query("DELETE FROM login_failure WHERE kind = $1 AND email = $2")
        .bind(attempt.kind())
        .bind(attempt.key())
        .execute(&store.pool)
        .await?;
    Ok(())
}

/// A success forgets the failures of this attempt from this address only: the owner
/// signing in elsewhere does not give a guesser new tries, and one teacher signing in does
/// not wipe what the school's address did to other accounts. Kinds limited only per
/// address keep their count (a right invitation does not undo wrong ones).
pub async fn clear_after_success(store: &Store, attempt: Attempt<'_>, ip: &str) -> crate::Result<()> {
    if matches!(attempt, Attempt::ClassCode | Attempt::Invitation) {
        return Ok(());
    }
    sqlx::query("DELETE FROM login_failure WHERE kind = $1 AND email = $2 AND ip = $3")
        .bind(attempt.kind())
        .bind(attempt.key())
        .bind(ip)
        .execute(&store.pool)
        .await?;
    Ok(())
}

/// Wrong picture codes tried on a class in the last day: its teacher is told.
pub async fn picture_failures_in_class(store: &Store, class: &ClassId) -> crate::Result<i64> {
    let row = sqlx::query("SELECT COUNT(*) AS n FROM login_failure WHERE kind = 'pictures' AND scope = $1 AND at > $2")
        .bind(class.as_str())
        .bind(now() - DAY)
        .fetch_one(&store.pool)
        .await?;
    int(&row, "n")
}

/// A child with a new picture code starts afresh (the class's and the address's counts stay).
pub async fn forget_child(store: &Store, child: &ChildId) -> crate::Result<()> {
    sqlx::query("DELETE FROM login_failure WHERE kind = 'pictures' AND email = $1")
        .bind(format!("child:{}", child.as_str()))
        .execute(&store.pool)
        .await?;
    Ok(())
}

/// A teacher who renewed the class's codes starts the class afresh.
pub async fn forget_class(store: &Store, class: &ClassId) -> crate::Result<()> {
    sqlx::query("DELETE FROM login_failure WHERE kind = 'pictures' AND scope = $1")
        .bind(class.as_str())
        .execute(&store.pool)
        .await?;
    Ok(())
}

/// Forgets failures that no longer count; run by the server's housekeeping.
pub async fn purge_old(store: &Store) -> crate::Result<u64> {
    let done = sqlx::query("DELETE FROM login_failure WHERE at <= $1")
        .bind(now() - LONGEST_WINDOW_SECONDS)
        .execute(&store.pool)
        .await?;
    Ok(done.rows_affected())
}
