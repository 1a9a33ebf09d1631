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
