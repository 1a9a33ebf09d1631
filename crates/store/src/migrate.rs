//! Schema migrations, embedded in the binary. Each backend has its own folder with the same
//! file names; a migration runs once, inside a transaction, and is recorded in
//! `schema_migration`.

use crate::{Backend, Store};

struct Migration {
    name: &'static str,
    sqlite: &'static str,
    postgres: &'static str,
}

macro_rules! migrations {
    ($($name:literal),* $(,)?) => {
        &[$(Migration {
            name: $name,
            sqlite: include_str!(concat!("../migrations/sqlite/", $name, ".sql")),
            postgres: include_str!(concat!("../migrations/postgres/", $name, ".sql")),
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
];

impl Store {
    /// Brings the schema up to date; returns the names of the migrations it applied.
    pub async fn migrate(&self) -> crate::Result<Vec<&'static str>> {
        sqlx::query("CREATE TABLE IF NOT EXISTS schema_migration (name TEXT PRIMARY KEY, applied_at BIGINT NOT NULL)")
            .execute(&self.pool)
            .await?;
        let mut applied = Vec::new();
        for m in MIGRATIONS {
            let mut tx = self.pool.begin().await?;
            // Claiming the name first makes two instances starting at once apply it once.
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
            let sql = match self.backend() {
                Backend::Sqlite => m.sqlite,
                Backend::Postgres => m.postgres,
            };
            sqlx::raw_sql(sql).execute(&mut *tx).await?;
            tx.commit().await?;
            tracing::info!(migration = m.name, "applied");
            applied.push(m.name);
        }
        Ok(applied)
    }
}
