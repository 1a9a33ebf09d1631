//! What a child filled in on the visual self-assessment instruments, per round. The value
//! is short text that `core::instrument` parses; a second save replaces the first.

use crate::row::text;
use crate::{Store, now};
use samenspraak_core::ids::{ChildId, RoundId};

/// Instrument names as stored.
pub const THERMOMETER: &str = "thermometer";
pub const SPIDER_WEB: &str = "spider_web";
pub const SMILEYS: &str = "smileys";

pub async fn get(store: &Store, round: &RoundId, child: &ChildId, instrument: &str) -> crate::Result<Option<String>> {
    let row =
        sqlx::query("SELECT value FROM self_assessment WHERE round_id = $1 AND child_id = $2 AND instrument = $3")
            .bind(round.as_str())
            .bind(child.as_str())
            .bind(instrument)
            .fetch_optional(&store.pool)
            .await?;
    row.map(|r| text(&r, "value")).transpose()
}

/// Saves a child's result; the round and child must be of one school (checked by the caller
/// through the talk they belong to).
pub async fn set(store: &Store, round: &RoundId, child: &ChildId, instrument: &str, value: &str) -> crate::Result<()> {
    sqlx::query(
        "INSERT INTO self_assessment (round_id, child_id, instrument, value, visibility, updated_at) \
         VALUES ($1, $2, $3, $4, 'child', $5) \
         ON CONFLICT (round_id, child_id, instrument) DO UPDATE SET value = $4, updated_at = $5",
    )
    .bind(round.as_str())
    .bind(child.as_str())
    .bind(instrument)
    .bind(value)
    .bind(now())
    .execute(&store.pool)
    .await?;
    Ok(())
}

/// Which instruments each child of a round has filled in, for the round page.
pub async fn filled(store: &Store, round: &RoundId) -> crate::Result<Vec<(ChildId, String)>> {
    let rows = sqlx::query("SELECT child_id, instrument FROM self_assessment WHERE round_id = $1")
        .bind(round.as_str())
        .fetch_all(&store.pool)
        .await?;
    rows.iter()
        .map(|r| Ok((ChildId(text(r, "child_id")?), text(r, "instrument")?)))
        .collect()
}

/// The child's result on the same instrument in the latest earlier round (by the start of
/// its child talks), with that round's name: what the spider web lays under this round's.
pub async fn previous(
    store: &Store,
    child: &ChildId,
    instrument: &str,
    before: &RoundId,
) -> crate::Result<Option<(String, String)>> {
    let row = sqlx::query(
        "SELECT r.name, s.value FROM self_assessment s JOIN round r ON r.id = s.round_id \
         WHERE s.child_id = $1 AND s.instrument = $2 AND s.round_id <> $3 \
           AND r.child_talk_from < (SELECT child_talk_from FROM round WHERE id = $3) \
         ORDER BY r.child_talk_from DESC LIMIT 1",
    )
    .bind(child.as_str())
    .bind(instrument)
    .bind(before.as_str())
    .fetch_optional(&store.pool)
    .await?;
    row.map(|r| Ok((text(&r, "name")?, text(&r, "value")?))).transpose()
}
