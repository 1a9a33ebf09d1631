//! Reading typed values out of `AnyRow`s, with the conventions of this crate: booleans are
//! 0/1 integers and dates ISO text.

use jiff::civil::Date;
use sqlx::Row;
use sqlx::any::AnyRow;

pub(crate) fn text(row: &AnyRow, col: &str) -> crate::Result<String> {
    Ok(row.try_get::<String, _>(col)?)
}

pub(crate) fn opt_text(row: &AnyRow, col: &str) -> crate::Result<Option<String>> {
    Ok(row.try_get::<Option<String>, _>(col)?)
}

pub(crate) fn int(row: &AnyRow, col: &str) -> crate::Result<i64> {
    Ok(row.try_get::<i64, _>(col)?)
}

pub(crate) fn opt_int(row: &AnyRow, col: &str) -> crate::Result<Option<i64>> {
    Ok(row.try_get::<Option<i64>, _>(col)?)
}

pub(crate) fn flag(row: &AnyRow, col: &str) -> crate::Result<bool> {
    Ok(int(row, col)? != 0)
}

pub(crate) fn date(row: &AnyRow, col: &str) -> crate::Result<Date> {
    let t = text(row, col)?;
    t.parse()
        .map_err(|_| crate::StoreError::Other(format!("bad date in {col}: {t}")))
}

pub(crate) fn opt_date(row: &AnyRow, col: &str) -> crate::Result<Option<Date>> {
    match opt_text(row, col)? {
        Some(t) => t
            .parse()
            .map(Some)
            .map_err(|_| crate::StoreError::Other(format!("bad date in {col}: {t}"))),
        None => Ok(None),
    }
}

pub(crate) fn bool_int(b: bool) -> i64 {
    i64::from(b)
}

/// An update or delete that must have hit a row: none means the row is not there (or not
/// the caller's), which callers answer as "not found".
pub(crate) fn touched(done: &sqlx::any::AnyQueryResult) -> crate::Result<()> {
    if done.rows_affected() == 0 {
        Err(crate::StoreError::NotFound)
    } else {
        Ok(())
    }
}

/// The rows of `select` for many keys: its `IN (?)` becomes a list of placeholders, a few
/// statements on one connection.
pub(crate) async fn select_in(pool: &sqlx::AnyPool, select: &str, keys: &[&str]) -> crate::Result<Vec<AnyRow>> {
    let mut conn = pool.acquire().await?;
    let mut rows = Vec::new();
    for chunk in statement_chunks(keys.len(), ROWS_PER_STATEMENT) {
        let keys = &keys[chunk];
        let list: Vec<String> = (1..=keys.len()).map(|i| format!("${i}")).collect();
        // Only placeholders are put into it; every value is bound.
        let sql = select.replace("IN (?)", &format!("IN ({})", list.join(", ")));
        let mut q = sqlx::query(sqlx::AssertSqlSafe(sql));
        for k in keys {
            q = q.bind(*k);
        }
        rows.extend(q.fetch_all(&mut *conn).await?);
    }
    Ok(rows)
}

/// Most rows one multi-row statement takes on SQLite. SQLite looks a numbered parameter up by
/// walking the statement's list of them, so a statement's cost grows with the square of its
/// parameters: a few dozen rows each is faster than hundreds.
pub(crate) const ROWS_PER_STATEMENT: usize = 32;

/// Most rows one multi-row statement takes on PostgreSQL, where each statement is a round
/// trip to another process: under a booking rush, with every core busy, each round trip
/// waits to be scheduled (a batch of ~400 bookings took 110–180 ms to insert in 13
/// statements, 100–130 ms in 4). 512 rows of the widest (the outbox, 14 columns) stay far
/// below the protocol's 65,535 parameters.
const ROWS_PER_STATEMENT_POSTGRES: usize = 512;

/// The most rows a multi-row statement takes on this connection's database.
pub(crate) fn rows_per_statement(conn: &sqlx::AnyConnection) -> usize {
    if conn.backend_name() == "PostgreSQL" {
        ROWS_PER_STATEMENT_POSTGRES
    } else {
        ROWS_PER_STATEMENT
    }
}

/// Cuts `len` rows into the chunks a multi-row statement is written for: as many of `most`
/// (a power of two) as fit, then the rest in powers of two. So there are only a few shapes of
/// statement, each prepared once and then taken from the connection's cache.
pub(crate) fn statement_chunks(len: usize, most: usize) -> impl Iterator<Item = std::ops::Range<usize>> {
    let mut start = 0;
    std::iter::from_fn(move || {
        let left = len - start;
        if left == 0 {
            return None;
        }
        let size = if left >= most { most } else { 1 << left.ilog2() };
        start += size;
        Some(start - size..start)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rows_are_cut_into_a_few_shapes_of_statement() {
        let sizes = |n| {
            statement_chunks(n, ROWS_PER_STATEMENT)
                .map(|r| r.len())
                .collect::<Vec<_>>()
        };
        assert_eq!(sizes(0), Vec::<usize>::new());
        assert_eq!(sizes(1), [1]);
        assert_eq!(sizes(7), [4, 2, 1]);
        assert_eq!(sizes(70), [32, 32, 4, 2]);
        let on_postgres = |n| {
            statement_chunks(n, ROWS_PER_STATEMENT_POSTGRES)
                .map(|r| r.len())
                .collect::<Vec<_>>()
        };
        assert_eq!(on_postgres(420), [256, 128, 32, 4]);
        assert_eq!(on_postgres(1100), [512, 512, 64, 8, 4]);
        for n in 0..300 {
            let chunks: Vec<_> = statement_chunks(n, ROWS_PER_STATEMENT).collect();
            // Every row once, in order.
            assert_eq!(chunks.iter().map(|r| r.len()).sum::<usize>(), n);
            assert!(chunks.windows(2).all(|w| w[0].end == w[1].start));
            assert!(
                chunks
                    .iter()
                    .all(|r| r.len().is_power_of_two() && r.len() <= ROWS_PER_STATEMENT)
            );
        }
    }
}
