//! Classes (klassen) of a school year, and who teaches them.

use crate::row::{bool_int, flag, int, opt_int, text};
use crate::staff::AssignmentKind;
use crate::{Store, StoreError, new_id};
use samenspraak_core::ids::{ClassId, SchoolId, SchoolYearId, StaffId};
use sqlx::any::AnyRow;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SchoolClass {
    pub id: ClassId,
    pub school_id: SchoolId,
    pub school_year_id: SchoolYearId,
    pub name: String,
    /// Leerjaar 1–6; the 6th grade prepares the move to secondary school.
    pub grade: Option<i64>,
    pub active: bool,
    /// Active children in the class.
    pub children: i64,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ClassTeacher {
    pub staff_id: StaffId,
    pub name: String,
    pub kind: AssignmentKind,
}

macro_rules! select {
    ($where:literal) => {
        concat!(
            "SELECT c.id, c.school_id, c.school_year_id, c.name, c.grade, c.active, ",
            "(SELECT COUNT(*) FROM child k WHERE k.class_id = c.id AND k.active = 1) AS children ",
            "FROM school_class c WHERE ",
            $where
        )
    };
}

fn class(row: &AnyRow) -> crate::Result<SchoolClass> {
    Ok(SchoolClass {
        id: ClassId(text(row, "id")?),
        school_id: SchoolId(text(row, "school_id")?),
        school_year_id: SchoolYearId(text(row, "school_year_id")?),
        name: text(row, "name")?,
        grade: opt_int(row, "grade")?,
        active: flag(row, "active")?,
        children: int(row, "children")?,
    })
}

pub async fn create(
    store: &Store,
    school: &SchoolId,
    year: &SchoolYearId,
    name: &str,
    grade: Option<i64>,
) -> crate::Result<SchoolClass> {
    let id = new_id();
    sqlx::query(
        "INSERT INTO school_class (id, school_id, school_year_id, name, grade, active) \
         SELECT $1, $2, y.id, $4, $5, 1 FROM school_year y WHERE y.id = $3 AND y.school_id = $2",
    )
    .bind(&id)
    .bind(school.as_str())
    .bind(year.as_str())
    .bind(name)
    .bind(grade)
    .execute(&store.pool)
    .await
    .map_err(StoreError::unique("class name"))?;
    get(store, school, &ClassId(id)).await
}

pub async fn get(store: &Store, school: &SchoolId, id: &ClassId) -> crate::Result<SchoolClass> {
    let row = sqlx::query(select!("c.id = $1 AND c.school_id = $2 "))
        .bind(id.as_str())
        .bind(school.as_str())
        .fetch_optional(&store.pool)
        .await?
        .ok_or(StoreError::NotFound)?;
    class(&row)
}

/// The classes of a school year, by name.
pub async fn list(store: &Store, school: &SchoolId, year: &SchoolYearId) -> crate::Result<Vec<SchoolClass>> {
    sqlx::query(select!("c.school_id = $1 AND c.school_year_id = $2 ORDER BY c.name"))
        .bind(school.as_str())
        .bind(year.as_str())
        .fetch_all(&store.pool)
        .await?
        .iter()
        .map(class)
        .collect()
}

pub async fn update(
    store: &Store,
    school: &SchoolId,
    id: &ClassId,
    name: &str,
    grade: Option<i64>,
    active: bool,
) -> crate::Result<()> {
    let done =
        sqlx::query("UPDATE school_class SET name = $1, grade = $2, active = $3 WHERE id = $4 AND school_id = $5")
            .bind(name)
            .bind(grade)
            .bind(bool_int(active))
            .bind(id.as_str())
            .bind(school.as_str())
            .execute(&store.pool)
            .await
            .map_err(StoreError::unique("class name"))?;
    crate::row::touched(&done)
}

/// The teachers of a class, the titular first.
/// The name of the class's school.
pub async fn school_name(store: &Store, id: &ClassId) -> crate::Result<String> {
    let row = sqlx::query("SELECT s.name FROM school_class c JOIN school s ON s.id = c.school_id WHERE c.id = $1")
        .bind(id.as_str())
        .fetch_optional(&store.pool)
        .await?
        .ok_or(crate::StoreError::NotFound)?;
    text(&row, "name")
}

pub async fn teachers(store: &Store, id: &ClassId) -> crate::Result<Vec<ClassTeacher>> {
    let rows = sqlx::query(
        "SELECT s.id, s.name, a.kind FROM class_assignment a JOIN staff s ON s.id = a.staff_id \
         WHERE a.class_id = $1 AND s.active = 1 ORDER BY a.kind DESC, s.name",
    )
    .bind(id.as_str())
    .fetch_all(&store.pool)
    .await?;
    rows.iter()
        .map(|r| {
            Ok(ClassTeacher {
                staff_id: StaffId(text(r, "id")?),
                name: text(r, "name")?,
                kind: AssignmentKind::parse(&text(r, "kind")?).unwrap_or(AssignmentKind::CoTeacher),
            })
        })
        .collect()
}
