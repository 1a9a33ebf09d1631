//! Schema migrations, embedded in the binary. Each is written once in SQL that SQLite and
//! PostgreSQL both take (`TEXT`, `BIGINT`, `ON CONFLICT`, no backend-only types); a test
//! compares the tables and columns both backends end up with. A migration runs once, inside
//! a transaction, and is recorded in `schema_migration`.

use crate::{Backend, Store};

struct Migration {
    name: &'static str,
    sql: &'static str,
}

macro_rules! migrations {
    ($($name:literal),* $(,)?) => {
        &[$(Migration {
            name: $name,
            sql: include_str!(concat!("../migrations/", $name, ".sql")),
        }),*]
    };
}

const MIGRATIONS: &[Migration] = migrations![
    "0001_people",
    "0002_rounds",
    "0003_access",
    "0004_child_talks",
    "0005_question_jar",
    "0006_self_assessment",
    "0007_interest_grid",
    "0008_talk_notes",
    "0009_learning_wall",
    "0010_tablet_sign_in",
    "0011_child_media",
    "0012_instrument_templates",
    "0013_report_notes",
    "0014_learning_wall_photos",
    "0015_invitations",
    "0016_outbox",
    "0017_questionnaire",
    "0018_booking",
    "0019_mail_calendar",
    "0020_waiting_list",
    "0021_reminders_and_feeds",
    "0022_interpreter",
    "0023_proposals",
    "0024_separate_conversations",
    "0025_head_start",
    "0026_slot_extras",
    "0027_reserved_slots",
    "0028_conference_frame",
    "0029_summary_read",
    "0030_study_resources",
    "0031_conference_prep",
    "0032_child_key_per_class",
    "0033_attempt_limits",
    "0034_invitation_mail_secret",
    "0035_grid_per_round",
    "0036_audit_log",
    "0037_retention",
    "0038_two_factor",
    "0039_consent_register",
    "0040_school_calendar",
    "0041_siblings_parallel",
    "0042_outbox_class",
];

/// The key of the PostgreSQL advisory lock held while migrating (any constant shared by
/// every instance; "KOM" in ASCII).
const MIGRATION_LOCK: i64 = 0x004b_4f4d;

impl Store {
    /// Brings the schema up to date; returns the names of the migrations it applied.
    ///
    /// Several instances may start at once on one PostgreSQL database: the first takes an
    /// advisory lock and migrates, the others wait for it and then find nothing to do.
    /// (Without it, two `CREATE TABLE IF NOT EXISTS` at once can both fail on PostgreSQL's
    /// catalog.) SQLite has one writer at a time anyway.
    pub async fn migrate(&self) -> crate::Result<Vec<&'static str>> {
        let mut conn = self.pool.acquire().await?;
        let locked = self.backend() == Backend::Postgres;
        if locked {
            sqlx::query("SELECT pg_advisory_lock($1)")
                .bind(MIGRATION_LOCK)
                .execute(&mut *conn)
                .await?;
        }
        let applied = apply(&mut conn).await;
        if locked {
            let unlocked = sqlx::query("SELECT pg_advisory_unlock($1)")
                .bind(MIGRATION_LOCK)
                .execute(&mut *conn)
                .await;
            if unlocked.is_err() {
                // A connection still holding the lock must not go back to the pool.
                conn.detach();
            }
        }
        applied
    }

    /// How many of this build's migrations the database has not applied: 0 when the schema
    /// is current (for `/readyz`).
    pub async fn pending_migrations(&self) -> crate::Result<usize> {
        let rows = sqlx::query("SELECT name FROM schema_migration")
            .fetch_all(&self.pool)
            .await?;
        let done: std::collections::HashSet<String> = rows
            .iter()
            .map(|r| crate::row::text(r, "name"))
            .collect::<crate::Result<_>>()?;
        Ok(MIGRATIONS.iter().filter(|m| !done.contains(m.name)).count())
    }
}

async fn apply(conn: &mut sqlx::AnyConnection) -> crate::Result<Vec<&'static str>> {
    sqlx::query("CREATE TABLE IF NOT EXISTS schema_migration (name TEXT PRIMARY KEY, applied_at BIGINT NOT NULL)")
        .execute(&mut *conn)
        .await?;
    let mut applied = Vec::new();
    for m in MIGRATIONS {
        let mut tx = sqlx::Connection::begin(&mut *conn).await?;
        // Claiming the name first makes it run once even where nothing else orders the
        // instances (SQLite, or a database migrated by hand meanwhile).
        let claimed = sqlx::query(
            "INSERT INTO schema_migration (name, applied_at) VALUES ($1, $2) ON CONFLICT (name) DO NOTHING",
        )
        .bind(m.name)
        .bind(crate::now())
        .execute(&mut *tx)
        .await?
        .rows_affected();
        if claimed == 0 {
            continue;
        }
        sqlx::raw_sql(m.sql).execute(&mut *tx).await?;
        tx.commit().await?;
        tracing::info!(migration = m.name, "applied");
        applied.push(m.name);
    }
    Ok(applied)
}
