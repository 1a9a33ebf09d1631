//! When a family can come, per child and round: the parts of the conversation days that
//! suit them, as their guardian said on the portal. The proposal is made from these.

use crate::row::{date, text};
use crate::{Store, StoreError};
use jiff::civil::Date;
use samenspraak_core::booking::DayPart;
use samenspraak_core::ids::{ChildId, GuardianId, RoundId};

/// Replaces what suits the family for each of `children` (siblings say it once for all).
pub async fn set(
    store: &Store,
    round: &RoundId,
    children: &[ChildId],
    guardian: &GuardianId,
    parts: &[(Date, DayPart)],
) -> crate::Result<()> {
    let mut tx = store.pool.begin().await?;
    for child in children {
        sqlx::query("DELETE FROM availability WHERE round_id = $1 AND child_id = $2")
            .bind(round.as_str())
            .bind(child.as_str())
            .execute(&mut *tx)
            .await?;
        for (day, part) in parts {
            sqlx::query(
                "INSERT INTO availability (round_id, child_id, day, part, guardian_id) VALUES ($1, $2, $3, $4, $5)",
            )
            .bind(round.as_str())
            .bind(child.as_str())
            .bind(day.to_string())
            .bind(part.as_str())
            .bind(guardian.as_str())
            .execute(&mut *tx)
            .await?;
        }
    }
    tx.commit().await?;
    Ok(())
}

/// What suits the family of every child in the round that said so: (child, day, part).
pub async fn of_round(store: &Store, round: &RoundId) -> crate::Result<Vec<(ChildId, Date, DayPart)>> {
    let rows = sqlx::query("SELECT child_id, day, part FROM availability WHERE round_id = $1 ORDER BY day, part")
        .bind(round.as_str())
        .fetch_all(&store.pool)
        .await?;
    rows.iter()
        .map(|r| {
            let part = text(r, "part")?;
            Ok((
                ChildId(text(r, "child_id")?),
                date(r, "day")?,
                DayPart::parse(&part).ok_or_else(|| StoreError::Other(format!("bad day part {part}")))?,
            ))
        })
        .collect()
}

/// What suits the family of one child.
pub async fn of_child(store: &Store, round: &RoundId, child: &ChildId) -> crate::Result<Vec<(Date, DayPart)>> {
    Ok(of_round(store, round)
        .await?
        .into_iter()
        .filter(|(c, _, _)| c == child)
        .map(|(_, d, p)| (d, p))
        .collect())
}
