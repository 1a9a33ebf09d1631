//! Guardians (ouders, voogden) of children, grouped into households. Siblings share the
//! guardians of one household; separated parents are two households with a child each.

use crate::cache::Change;
use crate::cache::group_read::ReadMany;
use crate::children::{Child, child};
use crate::row::{bool_int, flag, opt_date, opt_int, opt_text, text};
use crate::{Store, StoreError, new_id, now};
use samenspraak_core::Language;
use samenspraak_core::ids::{ChildId, GuardianId, HouseholdId, SchoolId};
use samenspraak_core::values::Email;
use sqlx::any::AnyRow;
use std::collections::HashMap;
use std::sync::Arc;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Guardian {
    pub id: GuardianId,
    pub school_id: SchoolId,
    pub household_id: HouseholdId,
    pub name: String,
    pub email: Option<String>,
    pub phone: Option<String>,
    pub language: Language,
    /// Whether this person has the legal right to information about the child.
    pub right_to_info: bool,
    /// Needs an interpreter at conversations.
    pub interpreter: bool,
    pub active: bool,
}

pub struct GuardianFields<'a> {
    pub name: &'a str,
    pub email: Option<&'a Email>,
    pub phone: Option<&'a str>,
    pub language: Language,
    pub right_to_info: bool,
    pub interpreter: bool,
}

/// Where a new guardian lives: with an existing household of the child, or on their own.
pub enum HouseholdChoice<'a> {
    Existing(&'a HouseholdId),
    New,
}

macro_rules! select {
    ($rest:literal) => {
        concat!(
            "SELECT g.id, g.school_id, g.household_id, g.name, g.email, g.phone, g.language, ",
            "g.right_to_info, g.interpreter, g.active FROM guardian g ",
            $rest
        )
    };
}

fn guardian(row: &AnyRow) -> crate::Result<Guardian> {
    Ok(Guardian {
        id: GuardianId(text(row, "id")?),
        school_id: SchoolId(text(row, "school_id")?),
        household_id: HouseholdId(text(row, "household_id")?),
        name: text(row, "name")?,
        email: opt_text(row, "email")?,
        phone: opt_text(row, "phone")?,
        language: Language::parse(&text(row, "language")?).unwrap_or_default(),
        right_to_info: flag(row, "right_to_info")?,
        interpreter: flag(row, "interpreter")?,
        active: flag(row, "active")?,
    })
}

pub async fn get(store: &Store, school: &SchoolId, id: &GuardianId) -> crate::Result<Guardian> {
    let row = sqlx::query(select!("WHERE g.id = $1 AND g.school_id = $2"))
        .bind(id.as_str())
        .bind(school.as_str())
        .fetch_optional(&store.pool)
        .await?
        .ok_or(StoreError::NotFound)?;
    guardian(&row)
}

/// A guardian as the portal needs them on every request: who they are, their school's
/// name and their children.
#[derive(Debug, Clone)]
pub struct SignedIn {
    pub guardian: Guardian,
    pub school_name: String,
    /// By first name; also children who left.
    pub children: Vec<Child>,
}

/// The guardian with their school's name and children: from memory when this instance read
/// them less than a second ago (`sign_ins`), else in one query.
pub async fn signed_in(store: &Store, school: &SchoolId, id: &GuardianId) -> crate::Result<Option<Arc<SignedIn>>> {
    let key = (school.to_string(), id.to_string());
    match store
        .sign_ins()
        .guardians
        .get(key.clone(), async || {
            let reads = &store.sign_ins().guardian_reads;
            reads.found(key, || read_signed_in(store.pool.clone())).await
        })
        .await
    {
        Ok(me) => Ok(Some(me)),
        Err(StoreError::NotFound) => Ok(None),
        Err(e) => Err(e),
    }
}

/// Reads many signed-in guardians by (school, guardian), a few statements on one connection.
fn read_signed_in(pool: sqlx::AnyPool) -> ReadMany<(String, String), SignedIn> {
    Arc::new(move |keys: Vec<(String, String)>| {
        let pool = pool.clone();
        Box::pin(async move {
            let ids: Vec<&str> = keys.iter().map(|(_, id)| id.as_str()).collect();
            let rows = crate::row::select_in(
                &pool,
                "SELECT g.id, g.school_id, g.household_id, g.name, g.email, g.phone, g.language, g.right_to_info, \
                 g.interpreter, g.active, s.name AS school_name, c.id AS c_id, c.class_id AS c_class_id, \
                 c.first_name AS c_first_name, c.last_name AS c_last_name, c.birth_date AS c_birth_date, \
                 c.active AS c_active FROM guardian g JOIN school s ON s.id = g.school_id \
                 LEFT JOIN child_guardian cg ON cg.guardian_id = g.id LEFT JOIN child c ON c.id = cg.child_id \
                 WHERE g.id IN (?) ORDER BY g.id, c.first_name",
                &ids,
            )
            .await?;
            let mut found = HashMap::with_capacity(keys.len());
            // A guardian's rows come together, one per child.
            for rows in rows.chunk_by(|a, b| text(a, "id").ok() == text(b, "id").ok()) {
                let me = signed_in_of(rows)?;
                // Asked for with another school: not found.
                found.insert((me.guardian.school_id.to_string(), me.guardian.id.to_string()), me);
            }
            Ok(found)
        })
    })
}

/// A guardian with their school's name and children, from the rows of one guardian.
fn signed_in_of(rows: &[AnyRow]) -> crate::Result<SignedIn> {
    let first = rows.first().ok_or(StoreError::NotFound)?;
    let mut children = Vec::with_capacity(rows.len());
    for r in rows {
        let Some(child_id) = opt_text(r, "c_id")? else {
            continue;
        };
        children.push(Child {
            id: ChildId(child_id),
            school_id: SchoolId(text(first, "school_id")?),
            class_id: opt_text(r, "c_class_id")?.map(samenspraak_core::ids::ClassId),
            first_name: text(r, "c_first_name")?,
            last_name: text(r, "c_last_name")?,
            birth_date: opt_date(r, "c_birth_date")?,
            active: opt_int(r, "c_active")? == Some(1),
        });
    }
    Ok(SignedIn {
        guardian: guardian(first)?,
        school_name: text(first, "school_name")?,
        children,
    })
}

/// The guardians of a child, grouped by household.
pub async fn of_child(store: &Store, child: &ChildId) -> crate::Result<Vec<Guardian>> {
    sqlx::query(select!(
        "JOIN child_guardian cg ON cg.guardian_id = g.id WHERE cg.child_id = $1 ORDER BY g.household_id, g.name"
    ))
    .bind(child.as_str())
    .fetch_all(&store.pool)
    .await?
    .iter()
    .map(guardian)
    .collect()
}

/// The guardians of every child in a class at once, as (child, guardian), grouped by child
/// and household: one query for a class page instead of one per child.
pub async fn of_class(
    store: &Store,
    class: &samenspraak_core::ids::ClassId,
) -> crate::Result<Vec<(ChildId, Guardian)>> {
    let rows = sqlx::query(
        "SELECT g.id, g.school_id, g.household_id, g.name, g.email, g.phone, g.language, g.right_to_info, g.interpreter, g.active, \
         cg.child_id FROM guardian g JOIN child_guardian cg ON cg.guardian_id = g.id JOIN child c ON c.id = cg.child_id \
         WHERE c.class_id = $1 ORDER BY cg.child_id, g.household_id, g.name",
    )
    .bind(class.as_str())
    .fetch_all(&store.pool)
    .await?;
    rows.iter()
        .map(|r| Ok((ChildId(text(r, "child_id")?), guardian(r)?)))
        .collect()
}

/// The children a guardian is linked to, across classes.
pub async fn children_of(store: &Store, guardian: &GuardianId) -> crate::Result<Vec<Child>> {
    sqlx::query(
        "SELECT c.id, c.school_id, c.class_id, c.first_name, c.last_name, c.birth_date, c.active \
         FROM child c JOIN child_guardian cg ON cg.child_id = c.id WHERE cg.guardian_id = $1 \
         ORDER BY c.first_name",
    )
    .bind(guardian.as_str())
    .fetch_all(&store.pool)
    .await?
    .iter()
    .map(child)
    .collect()
}

/// Brothers and sisters: other children of the same guardians, in any class.
pub async fn siblings(store: &Store, child_id: &ChildId) -> crate::Result<Vec<Child>> {
    sqlx::query(
        "SELECT DISTINCT c.id, c.school_id, c.class_id, c.first_name, c.last_name, c.birth_date, c.active \
         FROM child c JOIN child_guardian cg ON cg.child_id = c.id \
         WHERE c.id <> $1 AND cg.guardian_id IN (SELECT guardian_id FROM child_guardian WHERE child_id = $1) \
         ORDER BY c.first_name",
    )
    .bind(child_id.as_str())
    .fetch_all(&store.pool)
    .await?
    .iter()
    .map(child)
    .collect()
}

/// A new, empty household of the school; its id.
pub(crate) async fn new_household(
    tx: &mut sqlx::Transaction<'_, sqlx::Any>,
    school: &SchoolId,
) -> crate::Result<String> {
    let id = new_id();
    sqlx::query("INSERT INTO household (id, school_id, created_at) VALUES ($1, $2, $3)")
        .bind(&id)
        .bind(school.as_str())
        .bind(now())
        .execute(&mut **tx)
        .await?;
    Ok(id)
}

/// Adds a guardian to a child; with `HouseholdChoice::New` a household is created for them.
pub async fn create(
    store: &Store,
    school: &SchoolId,
    child: &ChildId,
    f: GuardianFields<'_>,
    household: HouseholdChoice<'_>,
) -> crate::Result<Guardian> {
    let mut tx = store.pool.begin().await?;
    // The child must be of this school; the insert below checks it in the same statement.
    let household_id = match household {
        HouseholdChoice::Existing(h) => h.as_str().to_string(),
        HouseholdChoice::New => new_household(&mut tx, school).await?,
    };
    let id = new_id();
    let done = sqlx::query(
        "INSERT INTO guardian (id, school_id, household_id, name, email, phone, language, right_to_info, interpreter, \
         active, created_at) SELECT $1, $2, h.id, $4, $5, $6, $7, $8, $10, 1, $9 FROM household h \
         WHERE h.id = $3 AND h.school_id = $2",
    )
    .bind(&id)
    .bind(school.as_str())
    .bind(&household_id)
    .bind(f.name)
    .bind(f.email.map(Email::as_str))
    .bind(f.phone)
    .bind(f.language.code())
    .bind(bool_int(f.right_to_info))
    .bind(now())
    .bind(bool_int(f.interpreter))
    .execute(&mut *tx)
    .await?;
    if done.rows_affected() == 0 {
        return Err(StoreError::NotFound);
    }
    let linked = sqlx::query(
        "INSERT INTO child_guardian (child_id, guardian_id) SELECT c.id, $2 FROM child c WHERE c.id = $1 AND c.school_id = $3",
    )
    .bind(child.as_str())
    .bind(&id)
    .bind(school.as_str())
    .execute(&mut *tx)
    .await?;
    if linked.rows_affected() == 0 {
        return Err(StoreError::NotFound);
    }
    tx.commit().await?;
    store.changed(Change::People);
    get(store, school, &GuardianId(id)).await
}

pub async fn update(
    store: &Store,
    school: &SchoolId,
    id: &GuardianId,
    f: GuardianFields<'_>,
    active: bool,
) -> crate::Result<()> {
    let done = sqlx::query(
        "UPDATE guardian SET name = $1, email = $2, phone = $3, language = $4, right_to_info = $5, active = $6, \
         interpreter = $9 WHERE id = $7 AND school_id = $8",
    )
    .bind(f.name)
    .bind(f.email.map(Email::as_str))
    .bind(f.phone)
    .bind(f.language.code())
    .bind(bool_int(f.right_to_info))
    .bind(bool_int(active))
    .bind(id.as_str())
    .bind(school.as_str())
    .bind(bool_int(f.interpreter))
    .execute(&store.pool)
    .await?;
    store.changed(Change::People);
    crate::row::touched(&done)
}

/// Moves a guardian to another household of the same school, or to a new one of their own
/// (when parents separate).
pub async fn move_household(
    store: &Store,
    school: &SchoolId,
    id: &GuardianId,
    household: HouseholdChoice<'_>,
) -> crate::Result<()> {
    let mut tx = store.pool.begin().await?;
    let target = match household {
        HouseholdChoice::Existing(h) => h.as_str().to_string(),
        HouseholdChoice::New => new_household(&mut tx, school).await?,
    };
    let done = sqlx::query(
        "UPDATE guardian SET household_id = $1 WHERE id = $2 AND school_id = $3 \
         AND EXISTS (SELECT 1 FROM household h WHERE h.id = $1 AND h.school_id = $3)",
    )
    .bind(&target)
    .bind(id.as_str())
    .bind(school.as_str())
    .execute(&mut *tx)
    .await?;
    if done.rows_affected() == 0 {
        return Err(StoreError::NotFound);
    }
    tx.commit().await?;
    store.changed(Change::People);
    Ok(())
}

/// Links one more child to a guardian (a brother or sister). Both must be of one school.
pub async fn link_child(store: &Store, child: &str, guardian: &str) -> crate::Result<()> {
    let done = sqlx::query(
        "INSERT INTO child_guardian (child_id, guardian_id) \
         SELECT c.id, g.id FROM child c JOIN guardian g ON g.school_id = c.school_id WHERE c.id = $1 AND g.id = $2 \
         ON CONFLICT (child_id, guardian_id) DO NOTHING",
    )
    .bind(child)
    .bind(guardian)
    .execute(&store.pool)
    .await?;
    store.changed(Change::People);
    crate::row::touched(&done)
}

/// The guardians of a child by household, in the order they come: separated parents
/// each have their own.
pub fn households(list: Vec<Guardian>) -> Vec<Vec<Guardian>> {
    let mut households: Vec<Vec<Guardian>> = Vec::new();
    for g in list {
        match households.iter_mut().find(|h| h[0].household_id == g.household_id) {
            Some(h) => h.push(g),
            None => households.push(vec![g]),
        }
    }
    households
}
