//! The codes of the class tablet: one class code per class, one picture code per child.
//! Codes are made when first asked for, so a class or child added later simply gets one.

use crate::db::random_bytes;
use crate::row::text;
use crate::{Store, StoreError, now};
use samenspraak_core::ids::{ChildId, ClassId, SchoolId};
use samenspraak_core::tablet::{self, PictureCode};

/// The class a class code opens.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TabletClass {
    pub school_id: SchoolId,
    pub class_id: ClassId,
    pub class_name: String,
}

/// The class's code, made on first use.
pub async fn class_code(store: &Store, class: &ClassId) -> crate::Result<String> {
    if let Some(row) = sqlx::query("SELECT code FROM class_tablet_code WHERE class_id = $1")
        .bind(class.as_str())
        .fetch_optional(&store.pool)
        .await?
    {
        return text(&row, "code");
    }
    renew_class_code(store, class).await
}

/// A new class code; the old one stops working at once. A code that happens to be taken by
/// another class is drawn again.
pub async fn renew_class_code(store: &Store, class: &ClassId) -> crate::Result<String> {
    for _ in 0..5 {
        let code = tablet::class_code(random_bytes());
        let done = sqlx::query(
            "INSERT INTO class_tablet_code (class_id, code, created_at) VALUES ($1, $2, $3) \
             ON CONFLICT (class_id) DO UPDATE SET code = excluded.code, created_at = excluded.created_at",
        )
        .bind(class.as_str())
        .bind(&code)
        .bind(now())
        .execute(&store.pool)
        .await
        .map_err(StoreError::unique("class code"));
        match done {
            Ok(_) => return Ok(code),
            Err(StoreError::Conflict(_)) => continue,
            Err(e) => return Err(e),
        }
    }
    Err(StoreError::Other("no free class code after five tries".into()))
}

/// The active class a class code belongs to.
pub async fn class_by_code(store: &Store, code: &str) -> crate::Result<Option<TabletClass>> {
    let row = sqlx::query(
        "SELECT c.school_id, c.id, c.name FROM class_tablet_code t JOIN school_class c ON c.id = t.class_id \
         WHERE t.code = $1",
    )
    .bind(code)
    .fetch_optional(&store.pool)
    .await?;
    row.map(|r| {
        Ok(TabletClass {
            school_id: SchoolId(text(&r, "school_id")?),
            class_id: ClassId(text(&r, "id")?),
            class_name: text(&r, "name")?,
        })
    })
    .transpose()
}

/// The picture code of every child in the class, making the missing ones.
pub async fn picture_codes(store: &Store, class: &ClassId) -> crate::Result<Vec<(ChildId, PictureCode)>> {
    let rows = sqlx::query(
        "SELECT c.id, p.code FROM child c LEFT JOIN child_picture_code p ON p.child_id = c.id \
         WHERE c.class_id = $1 AND c.active = 1",
    )
    .bind(class.as_str())
    .fetch_all(&store.pool)
    .await?;
    let mut out = Vec::with_capacity(rows.len());
    for r in &rows {
        let child = ChildId(text(r, "id")?);
        let code = match crate::row::opt_text(r, "code")?
            .as_deref()
            .and_then(PictureCode::decode)
        {
            Some(code) => code,
            None => reset_picture_code(store, &child).await?,
        };
        out.push((child, code));
    }
    Ok(out)
}

/// A new picture code for the child.
pub async fn reset_picture_code(store: &Store, child: &ChildId) -> crate::Result<PictureCode> {
    let code = PictureCode::random(random_bytes());
    sqlx::query(
        "INSERT INTO child_picture_code (child_id, code, updated_at) VALUES ($1, $2, $3) \
         ON CONFLICT (child_id) DO UPDATE SET code = excluded.code, updated_at = excluded.updated_at",
    )
    .bind(child.as_str())
    .bind(code.encode())
    .bind(now())
    .execute(&store.pool)
    .await?;
    // A new code also forgives the child's wrong tries: the child can sign in straight away.
    crate::login_limits::forget_child(store, child).await?;
    Ok(code)
}

/// True when `tapped` is the child's picture code. A child without a code yet has none to
/// match: their teacher's tablet page makes it.
pub async fn picture_code_matches(store: &Store, child: &ChildId, tapped: PictureCode) -> crate::Result<bool> {
    let row = sqlx::query("SELECT code FROM child_picture_code WHERE child_id = $1")
        .bind(child.as_str())
        .fetch_optional(&store.pool)
        .await?;
    Ok(match row {
        Some(r) => PictureCode::decode(&text(&r, "code")?) == Some(tapped),
        None => false,
    })
}

/// Keeps the school in the query's sight: a child is found only in its own school.
pub async fn child_in_class(store: &Store, school: &SchoolId, class: &ClassId, child: &ChildId) -> crate::Result<bool> {
    let row =
        sqlx::query("SELECT 1 AS found FROM child WHERE id = $1 AND school_id = $2 AND class_id = $3 AND active = 1")
            .bind(child.as_str())
            .bind(school.as_str())
            .bind(class.as_str())
            .fetch_optional(&store.pool)
            .await?;
    Ok(row.is_some())
}
