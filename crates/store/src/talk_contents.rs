//! What each child's talk of a round holds, counted for the round page: drawn questions,
//! instruments filled in, the interest grid, the video, portfolio items, the report and the
//! teacher's notes. A handful of grouped queries for the whole round, not one per child.

use crate::Store;
use crate::row::{int, text};
use samenspraak_core::ids::{ChildId, RoundId};
use std::collections::HashMap;

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TalkContents {
    /// The talk's id, to link to it.
    pub talk_id: String,
    pub questions: i64,
    /// Instruments filled in, by stored name (`thermometer`, `spider_web`, `smileys`).
    pub instruments: Vec<String>,
    pub grid_ratings: i64,
    pub video: bool,
    pub portfolio: i64,
    pub report: bool,
    pub notes: i64,
}

async fn counts(store: &Store, sql: &'static str, round: &RoundId) -> crate::Result<Vec<(ChildId, i64)>> {
    let rows = sqlx::query(sql).bind(round.as_str()).fetch_all(&store.pool).await?;
    rows.iter()
        .map(|r| Ok((ChildId(text(r, "child_id")?), int(r, "n")?)))
        .collect()
}

/// Per child with a talk in the round: what it holds.
pub async fn of_round(store: &Store, round: &RoundId) -> crate::Result<HashMap<ChildId, TalkContents>> {
    let mut out: HashMap<ChildId, TalkContents> = HashMap::new();
    let rows = sqlx::query("SELECT id, child_id FROM child_talk WHERE round_id = $1")
        .bind(round.as_str())
        .fetch_all(&store.pool)
        .await?;
    for r in &rows {
        out.entry(ChildId(text(r, "child_id")?)).or_default().talk_id = text(r, "id")?;
    }
    let add = |out: &mut HashMap<ChildId, TalkContents>, list: Vec<(ChildId, i64)>, set: fn(&mut TalkContents, i64)| {
        for (child, n) in list {
            if let Some(c) = out.get_mut(&child) {
                set(c, n);
            }
        }
    };
    add(
        &mut out,
        counts(
            store,
            "SELECT t.child_id, COUNT(*) AS n FROM talk_question q JOIN child_talk t ON t.id = q.talk_id \
             WHERE t.round_id = $1 GROUP BY t.child_id",
            round,
        )
        .await?,
        |c, n| c.questions = n,
    );
    add(
        &mut out,
        counts(
            store,
            "SELECT child_id, COUNT(*) AS n FROM grid_rating WHERE round_id = $1 GROUP BY child_id",
            round,
        )
        .await?,
        |c, n| c.grid_ratings = n,
    );
    add(
        &mut out,
        counts(
            store,
            "SELECT child_id, COUNT(*) AS n FROM child_video WHERE round_id = $1 GROUP BY child_id",
            round,
        )
        .await?,
        |c, n| c.video = n > 0,
    );
    add(
        &mut out,
        counts(
            store,
            "SELECT p.child_id, COUNT(*) AS n FROM portfolio_item p JOIN child_talk t ON t.child_id = p.child_id \
             WHERE t.round_id = $1 GROUP BY p.child_id",
            round,
        )
        .await?,
        |c, n| c.portfolio = n,
    );
    add(
        &mut out,
        counts(
            store,
            "SELECT child_id, COUNT(*) AS n FROM (SELECT child_id FROM report_note WHERE round_id = $1 \
             UNION ALL SELECT child_id FROM report_file WHERE round_id = $1) x GROUP BY child_id",
            round,
        )
        .await?,
        |c, n| c.report = n > 0,
    );
    add(
        &mut out,
        counts(
            store,
            "SELECT n.child_id, COUNT(*) AS n FROM talk_note n JOIN child_talk t ON t.id = n.talk_id \
             WHERE t.round_id = $1 GROUP BY n.child_id",
            round,
        )
        .await?,
        |c, n| c.notes = n,
    );
    for (child, instrument) in crate::instruments::filled(store, round).await? {
        if let Some(c) = out.get_mut(&child) {
            c.instruments.push(instrument);
        }
    }
    // In the order the talk page shows them.
    let order = [
        crate::instruments::THERMOMETER,
        crate::instruments::SPIDER_WEB,
        crate::instruments::SMILEYS,
    ];
    for c in out.values_mut() {
        c.instruments
            .sort_by_key(|i| order.iter().position(|o| o == i).unwrap_or(order.len()));
    }
    Ok(out)
}
