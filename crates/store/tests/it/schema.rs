//! Both backends end with the same tables and columns after all migrations.

use samenspraak_store::Store;

async fn columns(store: &Store) -> Vec<(String, String)> {
    use sqlx::Row;
    let sql = match store.backend() {
        samenspraak_store::Backend::Sqlite => {
            "SELECT m.name AS t, p.name AS c FROM sqlite_master m, pragma_table_info(m.name) p \
             WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%' ORDER BY t, c"
        }
        samenspraak_store::Backend::Postgres => {
            "SELECT CAST(table_name AS TEXT) AS t, CAST(column_name AS TEXT) AS c FROM information_schema.columns \
             WHERE table_schema = current_schema() ORDER BY t, c"
        }
    };
    sqlx::query(sql)
        .fetch_all(store.pool())
        .await
        .unwrap()
        .iter()
        .map(|r| (r.get::<String, _>("t"), r.get::<String, _>("c")))
        .collect()
}

#[tokio::test]
async fn migrations_apply_once() {
    let db = samenspraak_store::testing::TestDatabase::sqlite().await;
    assert!(
        db.store.migrate().await.unwrap().is_empty(),
        "a second run applies nothing"
    );
    let cols = columns(&db.store).await;
    assert!(cols.contains(&("child".into(), "match_key".into())));
    assert!(cols.contains(&("user_session".into(), "token_hash".into())));
    db.drop_now().await;
}

/// `/readyz` asks whether the schema is current: a migration missing is counted.
#[tokio::test]
async fn a_missing_migration_is_counted_as_pending() {
    let db = samenspraak_store::testing::TestDatabase::sqlite().await;
    assert_eq!(db.store.pending_migrations().await.unwrap(), 0);
    sqlx::query("DELETE FROM schema_migration WHERE name = '0042_outbox_class'")
        .execute(db.store.pool())
        .await
        .unwrap();
    assert_eq!(db.store.pending_migrations().await.unwrap(), 1);
    db.drop_now().await;
}

/// Four instances starting at once on an empty PostgreSQL database: all start, every
/// migration runs once.
#[cfg(pg_tests)]
#[tokio::test]
async fn instances_starting_at_once_migrate_once() {
    use samenspraak_store::testing::{POSTGRES_ENV, TestDatabase};
    let db = TestDatabase::postgres_empty(&std::env::var(POSTGRES_ENV).unwrap()).await;
    let starts = (0..4).map(|_| {
        let url = db.url.clone();
        tokio::spawn(async move {
            let store = Store::connect(&url).await.expect("connect");
            let applied = store.migrate().await.expect("every instance starts");
            store.close().await;
            applied.len()
        })
    });
    let mut counts = Vec::new();
    for start in starts.collect::<Vec<_>>() {
        counts.push(start.await.unwrap());
    }
    counts.sort_unstable();
    assert_eq!(
        counts[..3],
        [0, 0, 0],
        "one instance migrates, the others find nothing to do"
    );
    assert!(counts[3] > 40, "{counts:?}");
    assert_eq!(db.store.pending_migrations().await.unwrap(), 0);
    db.drop_now().await;
}

#[cfg(pg_tests)]
#[tokio::test]
async fn both_backends_have_the_same_tables_and_columns() {
    use samenspraak_store::{Backend, testing::TestDatabase};
    let lite = TestDatabase::new(Backend::Sqlite).await;
    let pg = TestDatabase::new(Backend::Postgres).await;
    let (a, b) = (columns(&lite.store).await, columns(&pg.store).await);
    assert!(a.len() > 40, "schema looks empty: {a:?}");
    assert_eq!(a, b);
    lite.drop_now().await;
    pg.drop_now().await;
}

/// An erase and an export reach every table that holds rows about a child: a new table
/// with a `child_id` column fails here until it is in the list (or says why it is not).
#[tokio::test]
async fn every_table_about_a_child_is_in_the_childs_data() {
    use samenspraak_store::child_data::{CHILD_ROWS, NOT_CHILD_ROWS};
    let db = samenspraak_store::testing::TestDatabase::sqlite().await;
    let mut with_child: Vec<String> = columns(&db.store)
        .await
        .into_iter()
        .filter(|(_, c)| c == "child_id")
        .map(|(t, _)| t)
        .collect();
    with_child.dedup();
    let mut listed: Vec<String> = CHILD_ROWS
        .iter()
        .chain(NOT_CHILD_ROWS)
        .map(|(t, _)| t.to_string())
        .filter(|t| t != "talk_question")
        .collect();
    listed.sort();
    assert_eq!(with_child, listed);
    db.drop_now().await;
}
