//! The question jar of a class, a teacher's own questions, and the questions drawn in a
//! child talk. A question is drawn at most once per talk (the primary key says so).

use crate::row::text;
use crate::{Store, StoreError, new_id, now};
use samenspraak_core::ids::{ClassId, SchoolId, StaffId};
use samenspraak_core::question_bank::Category;
use sqlx::any::AnyRow;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct JarEntry {
    pub id: String,
    pub bank_id: Option<String>,
    pub own_id: Option<String>,
    pub category: Category,
    pub text: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OwnQuestion {
    pub id: String,
    pub category: Category,
    pub text: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Drawn {
    pub entry_id: String,
    pub text: String,
    pub answer: String,
}

fn category(row: &AnyRow) -> crate::Result<Category> {
    Ok(Category::parse(&text(row, "category")?).unwrap_or(Category::LookingBack))
}

fn entry(row: &AnyRow) -> crate::Result<JarEntry> {
    Ok(JarEntry {
        id: text(row, "id")?,
        bank_id: crate::row::opt_text(row, "bank_id")?,
        own_id: crate::row::opt_text(row, "own_id")?,
        category: category(row)?,
        text: text(row, "text")?,
    })
}

/// The jar of a class, by category and then in the order questions were added.
pub async fn jar(store: &Store, class: &ClassId) -> crate::Result<Vec<JarEntry>> {
    let mut list: Vec<JarEntry> = sqlx::query(
        "SELECT id, bank_id, own_id, category, text FROM jar_entry WHERE class_id = $1 ORDER BY created_at, id",
    )
    .bind(class.as_str())
    .fetch_all(&store.pool)
    .await?
    .iter()
    .map(entry)
    .collect::<crate::Result<_>>()?;
    list.sort_by_key(|e| e.category);
    Ok(list)
}

/// Puts bank questions (id, category, text) in a class's jar; one already there stays.
pub async fn add_from_bank(
    store: &Store,
    school: &SchoolId,
    class: &ClassId,
    questions: &[(&str, Category, &str)],
) -> crate::Result<usize> {
    let mut tx = store.pool.begin().await?;
    let mut added = 0;
    for (bank_id, category, text) in questions {
        let done = sqlx::query(
            "INSERT INTO jar_entry (id, school_id, class_id, bank_id, own_id, category, text, created_at) \
             SELECT $1, $2, c.id, $4, NULL, $5, $6, $7 FROM school_class c WHERE c.id = $3 AND c.school_id = $2 \
             ON CONFLICT (class_id, bank_id) DO NOTHING",
        )
        .bind(new_id())
        .bind(school.as_str())
        .bind(class.as_str())
        .bind(*bank_id)
        .bind(category.as_str())
        .bind(*text)
        .bind(now())
        .execute(&mut *tx)
        .await?;
        added += done.rows_affected() as usize;
    }
    tx.commit().await?;
    Ok(added)
}

/// A teacher's own question: kept with them for next year, and put in this class's jar.
pub async fn add_own(
    store: &Store,
    school: &SchoolId,
    staff: &StaffId,
    class: &ClassId,
    category: Category,
    text: &str,
) -> crate::Result<()> {
    let mut tx = store.pool.begin().await?;
    let own = new_id();
    sqlx::query("INSERT INTO own_question (id, school_id, staff_id, category, text, created_at) VALUES ($1, $2, $3, $4, $5, $6)")
        .bind(&own)
        .bind(school.as_str())
        .bind(staff.as_str())
        .bind(category.as_str())
        .bind(text)
        .bind(now())
        .execute(&mut *tx)
        .await?;
    let done = sqlx::query(
        "INSERT INTO jar_entry (id, school_id, class_id, bank_id, own_id, category, text, created_at) \
         SELECT $1, $2, c.id, NULL, $4, $5, $6, $7 FROM school_class c WHERE c.id = $3 AND c.school_id = $2",
    )
    .bind(new_id())
    .bind(school.as_str())
    .bind(class.as_str())
    .bind(&own)
    .bind(category.as_str())
    .bind(text)
    .bind(now())
    .execute(&mut *tx)
    .await?;
    if done.rows_affected() == 0 {
        return Err(StoreError::NotFound);
    }
    tx.commit().await?;
    Ok(())
}

/// The questions a teacher wrote, newest first — to reuse in another class or year.
pub async fn own_questions(store: &Store, staff: &StaffId) -> crate::Result<Vec<OwnQuestion>> {
    let rows =
        sqlx::query("SELECT id, category, text FROM own_question WHERE staff_id = $1 ORDER BY created_at DESC, id")
            .bind(staff.as_str())
            .fetch_all(&store.pool)
            .await?;
    rows.iter()
        .map(|r| {
            Ok(OwnQuestion {
                id: text(r, "id")?,
                category: category(r)?,
                text: text(r, "text")?,
            })
        })
        .collect()
}

/// Puts one of the teacher's earlier questions in a class's jar again.
pub async fn reuse_own(
    store: &Store,
    school: &SchoolId,
    staff: &StaffId,
    class: &ClassId,
    own: &str,
) -> crate::Result<()> {
    sqlx::query(
        "INSERT INTO jar_entry (id, school_id, class_id, bank_id, own_id, category, text, created_at) \
         SELECT $1, $2, c.id, NULL, o.id, o.category, o.text, $6 FROM school_class c, own_question o \
         WHERE c.id = $3 AND c.school_id = $2 AND o.id = $4 AND o.staff_id = $5 \
         ON CONFLICT (class_id, own_id) DO NOTHING",
    )
    .bind(new_id())
    .bind(school.as_str())
    .bind(class.as_str())
    .bind(own)
    .bind(staff.as_str())
    .bind(now())
    .execute(&store.pool)
    .await?;
    Ok(())
}

pub async fn edit_entry(store: &Store, class: &ClassId, id: &str, text: &str) -> crate::Result<()> {
    let done = sqlx::query("UPDATE jar_entry SET text = $1 WHERE id = $2 AND class_id = $3")
        .bind(text)
        .bind(id)
        .bind(class.as_str())
        .execute(&store.pool)
        .await?;
    crate::row::touched(&done)
}

pub async fn remove_entry(store: &Store, class: &ClassId, id: &str) -> crate::Result<()> {
    let done = sqlx::query("DELETE FROM jar_entry WHERE id = $1 AND class_id = $2")
        .bind(id)
        .bind(class.as_str())
        .execute(&store.pool)
        .await?;
    crate::row::touched(&done)
}

/// The questions drawn in a talk, in the order they were drawn.
pub async fn drawn(store: &Store, talk: &str) -> crate::Result<Vec<Drawn>> {
    let rows =
        sqlx::query("SELECT entry_id, text, answer FROM talk_question WHERE talk_id = $1 ORDER BY drawn_at, entry_id")
            .bind(talk)
            .fetch_all(&store.pool)
            .await?;
    rows.iter()
        .map(|r| {
            Ok(Drawn {
                entry_id: text(r, "entry_id")?,
                text: text(r, "text")?,
                answer: text(r, "answer")?,
            })
        })
        .collect()
}

/// Records a drawn question; drawing the same one again in this talk is refused.
pub async fn draw(store: &Store, talk: &str, entry: &JarEntry) -> crate::Result<()> {
    sqlx::query("INSERT INTO talk_question (talk_id, entry_id, text, answer, drawn_at) VALUES ($1, $2, $3, '', $4)")
        .bind(talk)
        .bind(&entry.id)
        .bind(&entry.text)
        .bind(now())
        .execute(&store.pool)
        .await
        .map_err(StoreError::unique("drawn"))?;
    Ok(())
}

/// The teacher puts a drawn question back in the jar.
pub async fn put_back(store: &Store, talk: &str, entry: &str) -> crate::Result<()> {
    sqlx::query("DELETE FROM talk_question WHERE talk_id = $1 AND entry_id = $2")
        .bind(talk)
        .bind(entry)
        .execute(&store.pool)
        .await?;
    Ok(())
}

pub async fn set_answer(store: &Store, talk: &str, entry: &str, answer: &str) -> crate::Result<()> {
    let done = sqlx::query("UPDATE talk_question SET answer = $1 WHERE talk_id = $2 AND entry_id = $3")
        .bind(answer)
        .bind(talk)
        .bind(entry)
        .execute(&store.pool)
        .await?;
    crate::row::touched(&done)
}
