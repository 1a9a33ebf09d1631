//! Staff accounts (school admin, teacher, care coordinator) and their class assignments.

use crate::cache::Change;
use crate::row::{bool_int, flag, opt_text, text};
use crate::{Store, StoreError, new_id, now};
use samenspraak_core::ids::{ClassId, SchoolId, StaffId};
use samenspraak_core::values::Email;
use samenspraak_core::{ActorKind, Language, StaffActor, StaffRole};
use sqlx::any::AnyRow;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Staff {
    pub id: StaffId,
    pub school_id: SchoolId,
    pub name: String,
    pub email: String,
    pub role: StaffRole,
    pub language: Option<Language>,
    pub active: bool,
}

/// How a teacher is attached to a class.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AssignmentKind {
    /// The klastitularis.
    Titular,
    CoTeacher,
}

impl AssignmentKind {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Titular => "titular",
            Self::CoTeacher => "co_teacher",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        [Self::Titular, Self::CoTeacher].into_iter().find(|k| k.as_str() == s)
    }
}

pub struct NewStaff<'a> {
    pub school: &'a SchoolId,
    pub name: &'a str,
    pub email: &'a Email,
    pub password_hash: &'a str,
    pub role: StaffRole,
    pub language: Option<Language>,
}

/// The columns `staff()` reads, as a macro so queries stay `&'static str` via `concat!`.
macro_rules! columns {
    () => {
        "id, school_id, name, email, role, language, active"
    };
}

fn staff(row: &AnyRow) -> crate::Result<Staff> {
    let role = text(row, "role")?;
    Ok(Staff {
        id: StaffId(text(row, "id")?),
        school_id: SchoolId(text(row, "school_id")?),
        name: text(row, "name")?,
        email: text(row, "email")?,
        role: StaffRole::parse(&role).ok_or_else(|| StoreError::Other(format!("unknown role {role}")))?,
        language: opt_text(row, "language")?.as_deref().and_then(Language::parse),
        active: flag(row, "active")?,
    })
}

pub async fn create(store: &Store, new: NewStaff<'_>) -> crate::Result<Staff> {
    let id = new_id();
    sqlx::query(
        "INSERT INTO staff (id, school_id, name, email, password_hash, role, language, active, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, 1, $8)",
    )
    .bind(&id)
    .bind(new.school.as_str())
    .bind(new.name)
    .bind(new.email.as_str())
    .bind(new.password_hash)
    .bind(new.role.as_str())
    .bind(new.language.map(|l| l.code()))
    .bind(now())
    .execute(&store.pool)
    .await
    .map_err(StoreError::unique("email"))?;
    get(store, new.school, &StaffId(id)).await
}

pub async fn get(store: &Store, school: &SchoolId, id: &StaffId) -> crate::Result<Staff> {
    let sql = concat!("SELECT ", columns!(), " FROM staff WHERE id = $1 AND school_id = $2");
    let row = sqlx::query(sql)
        .bind(id.as_str())
        .bind(school.as_str())
        .fetch_optional(&store.pool)
        .await?
        .ok_or(StoreError::NotFound)?;
    staff(&row)
}

/// The account and its password hash, for signing in. Inactive accounts are included so
/// the caller can refuse them after checking the password (no account enumeration).
pub async fn find_for_login(store: &Store, email: &str) -> crate::Result<Option<(Staff, String)>> {
    let sql = concat!("SELECT ", columns!(), ", password_hash FROM staff WHERE email = $1");
    let row = sqlx::query(sql)
        .bind(email.trim().to_lowercase())
        .fetch_optional(&store.pool)
        .await?;
    row.map(|r| Ok((staff(&r)?, text(&r, "password_hash")?))).transpose()
}

pub async fn list(store: &Store, school: &SchoolId) -> crate::Result<Vec<Staff>> {
    let sql = concat!(
        "SELECT ",
        columns!(),
        " FROM staff WHERE school_id = $1 ORDER BY active DESC, name"
    );
    sqlx::query(sql)
        .bind(school.as_str())
        .fetch_all(&store.pool)
        .await?
        .iter()
        .map(staff)
        .collect()
}

pub struct StaffUpdate<'a> {
    pub name: &'a str,
    pub email: &'a Email,
    pub role: StaffRole,
    pub language: Option<Language>,
}

/// Changes an account; `by` changes it, for the audit log.
pub async fn update(
    store: &Store,
    school: &SchoolId,
    id: &StaffId,
    u: StaffUpdate<'_>,
    by: &crate::audit::Who,
) -> crate::Result<()> {
    let mut tx = store.pool.begin().await?;
    let done = sqlx::query(
        "UPDATE staff SET name = $1, email = $2, role = $3, language = $4 WHERE id = $5 AND school_id = $6",
    )
    .bind(u.name)
    .bind(u.email.as_str())
    .bind(u.role.as_str())
    .bind(u.language.map(|l| l.code()))
    .bind(id.as_str())
    .bind(school.as_str())
    .execute(&mut *tx)
    .await
    .map_err(StoreError::unique("email"))?;
    crate::row::touched(&done)?;
    let entry =
        by.did(crate::audit::Kind::AccountChanged)
            .detail(format!("account={} role={}", id.as_str(), u.role.as_str()));
    crate::audit::write(&mut tx, &entry).await?;
    tx.commit().await?;
    Ok(())
}

/// Activates or deactivates an account. Deactivating ends its sessions in the same
/// transaction, so the next request of that person is already signed out.
pub async fn set_active(
    store: &Store,
    school: &SchoolId,
    id: &StaffId,
    active: bool,
    by: &crate::audit::Who,
) -> crate::Result<()> {
    let mut tx = store.pool.begin().await?;
    let done = sqlx::query("UPDATE staff SET active = $1 WHERE id = $2 AND school_id = $3")
        .bind(bool_int(active))
        .bind(id.as_str())
        .bind(school.as_str())
        .execute(&mut *tx)
        .await?;
    if done.rows_affected() == 0 {
        return Err(StoreError::NotFound);
    }
    if !active {
        sqlx::query("DELETE FROM user_session WHERE actor_kind = $1 AND actor_id = $2")
            .bind(ActorKind::Staff.as_str())
            .bind(id.as_str())
            .execute(&mut *tx)
            .await?;
    }
    let kind = if active {
        crate::audit::Kind::AccountActivated
    } else {
        crate::audit::Kind::AccountDeactivated
    };
    let entry = by.did(kind).detail(format!("account={}", id.as_str()));
    crate::audit::write(&mut tx, &entry).await?;
    tx.commit().await?;
    if !active {
        store.changed(Change::Sessions);
    }
    Ok(())
}

pub async fn set_password(store: &Store, id: &StaffId, password_hash: &str) -> crate::Result<()> {
    sqlx::query("UPDATE staff SET password_hash = $1 WHERE id = $2")
        .bind(password_hash)
        .bind(id.as_str())
        .execute(&store.pool)
        .await?;
    Ok(())
}

/// Someone changes their own password, written with its line in the log.
pub async fn change_password(
    store: &Store,
    id: &StaffId,
    password_hash: &str,
    by: &crate::audit::Who,
) -> crate::Result<()> {
    let mut tx = store.pool.begin().await?;
    sqlx::query("UPDATE staff SET password_hash = $1 WHERE id = $2")
        .bind(password_hash)
        .bind(id.as_str())
        .execute(&mut *tx)
        .await?;
    let entry = by
        .did(crate::audit::Kind::PasswordChanged)
        .detail(format!("account={}", id.as_str()));
    crate::audit::write(&mut tx, &entry).await?;
    tx.commit().await?;
    Ok(())
}

/// The password hash of an account, to check the current password before a change.
pub async fn password_hash(store: &Store, id: &StaffId) -> crate::Result<String> {
    let row = sqlx::query("SELECT password_hash FROM staff WHERE id = $1")
        .bind(id.as_str())
        .fetch_optional(&store.pool)
        .await?
        .ok_or(crate::StoreError::NotFound)?;
    crate::row::text(&row, "password_hash")
}

pub async fn set_language(store: &Store, id: &StaffId, language: Language) -> crate::Result<()> {
    sqlx::query("UPDATE staff SET language = $1 WHERE id = $2")
        .bind(language.code())
        .bind(id.as_str())
        .execute(&store.pool)
        .await?;
    Ok(())
}

/// The classes a member of staff is assigned to, with how.
pub async fn assignments(store: &Store, id: &StaffId) -> crate::Result<Vec<(ClassId, AssignmentKind)>> {
    let rows = sqlx::query("SELECT class_id, kind FROM class_assignment WHERE staff_id = $1 ORDER BY class_id")
        .bind(id.as_str())
        .fetch_all(&store.pool)
        .await?;
    rows.iter()
        .map(|r| {
            let kind = AssignmentKind::parse(&text(r, "kind")?).unwrap_or(AssignmentKind::CoTeacher);
            Ok((ClassId(text(r, "class_id")?), kind))
        })
        .collect()
}

/// Replaces the class assignments of one member of staff; classes must be of their school.
pub async fn set_assignments(
    store: &Store,
    school: &SchoolId,
    id: &StaffId,
    classes: &[(ClassId, AssignmentKind)],
    by: &crate::audit::Who,
) -> crate::Result<()> {
    let mut tx = store.pool.begin().await?;
    sqlx::query("DELETE FROM class_assignment WHERE staff_id = $1")
        .bind(id.as_str())
        .execute(&mut *tx)
        .await?;
    for (class, kind) in classes {
        let done = sqlx::query(
            "INSERT INTO class_assignment (staff_id, class_id, kind) \
             SELECT $1, c.id, $2 FROM school_class c JOIN staff s ON s.school_id = c.school_id \
             WHERE c.id = $3 AND s.id = $1 AND c.school_id = $4",
        )
        .bind(id.as_str())
        .bind(kind.as_str())
        .bind(class.as_str())
        .bind(school.as_str())
        .execute(&mut *tx)
        .await?;
        if done.rows_affected() == 0 {
            return Err(StoreError::NotFound);
        }
    }
    let entry =
        by.did(crate::audit::Kind::ClassesChanged)
            .detail(format!("account={} classes={}", id.as_str(), classes.len()));
    crate::audit::write(&mut tx, &entry).await?;
    tx.commit().await?;
    Ok(())
}

/// The signed-in view of an active account: who they are, which classes they teach, the
/// language they chose and their school's name — all a page needs about its viewer.
#[derive(Debug, Clone)]
pub struct SignedIn {
    pub actor: StaffActor,
    pub language: Option<Language>,
    pub school_name: String,
}

pub async fn signed_in(store: &Store, id: &StaffId) -> crate::Result<Option<SignedIn>> {
    let Some(row) = sqlx::query(
        "SELECT s.id, s.school_id, s.name, s.email, s.role, s.language, s.active, sc.name AS school_name, \
         (SELECT COUNT(*) FROM class_assignment a WHERE a.staff_id = s.id) AS classes \
         FROM staff s JOIN school sc ON sc.id = s.school_id WHERE s.id = $1 AND s.active = 1",
    )
    .bind(id.as_str())
    .fetch_optional(&store.pool)
    .await?
    else {
        return Ok(None);
    };
    let s = staff(&row)?;
    // Most staff pages are asked for by teachers with a class or two; admins have none.
    let classes = if crate::row::int(&row, "classes")? == 0 {
        Vec::new()
    } else {
        assignments(store, id).await?.into_iter().map(|(c, _)| c).collect()
    };
    Ok(Some(SignedIn {
        language: s.language,
        school_name: text(&row, "school_name")?,
        actor: StaffActor {
            id: s.id,
            school: s.school_id,
            role: s.role,
            name: s.name,
            classes,
        },
    }))
}

/// The actor of an active account, for the policy.
pub async fn actor(store: &Store, id: &StaffId) -> crate::Result<Option<StaffActor>> {
    Ok(signed_in(store, id).await?.map(|s| s.actor))
}
