//! Both backends end with the same tables and columns after all migrations.

use samenspraak_store::Store;

#[allow(dead_code)]
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
