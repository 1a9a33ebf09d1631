//! Questionnaire answers: per round, child and guardian, so two households each keep their
//! own. A response is opened (the guardian looked), a draft (saved as they go), or
//! submitted; until the deadline it can still change.

use crate::row::{opt_int, text};
use crate::{Store, now};
use samenspraak_core::ids::{ChildId, ClassId, GuardianId, RoundId};
use samenspraak_core::questionnaire::Set;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Progress {
    NotOpened,
    Opened,
    Draft,
    Submitted,
}

impl Progress {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::NotOpened => "not_opened",
            Self::Opened => "opened",
            Self::Draft => "draft",
            Self::Submitted => "submitted",
        }
    }

    fn parse(s: &str) -> Self {
        match s {
            "draft" => Self::Draft,
            "submitted" => Self::Submitted,
            _ => Self::Opened,
        }
    }
}

/// What a class's families are asked: a set, and the teacher's own questions after it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Chosen {
    pub set: Set,
    /// As the teacher typed them, one per line.
    pub own: String,
}

/// The class's questionnaire: the teacher's choice, or the set for its grade.
pub async fn set_of(store: &Store, round: &RoundId, class: &ClassId, grade: Option<i64>) -> crate::Result<Chosen> {
    let row =
        sqlx::query("SELECT set_key, own_questions FROM questionnaire_choice WHERE round_id = $1 AND class_id = $2")
            .bind(round.as_str())
            .bind(class.as_str())
            .fetch_optional(&store.pool)
            .await?;
    Ok(match row {
        Some(r) => Chosen {
            set: Set::parse(&text(&r, "set_key")?).unwrap_or_else(|| Set::for_grade(grade)),
            own: text(&r, "own_questions")?,
        },
        None => Chosen {
            set: Set::for_grade(grade),
            own: String::new(),
        },
    })
}

pub async fn choose_set(store: &Store, round: &RoundId, class: &ClassId, set: Set, own: &str) -> crate::Result<()> {
    sqlx::query(
        "INSERT INTO questionnaire_choice (round_id, class_id, set_key, own_questions) VALUES ($1, $2, $3, $4) \
         ON CONFLICT (round_id, class_id) DO UPDATE SET set_key = excluded.set_key, own_questions = excluded.own_questions",
    )
    .bind(round.as_str())
    .bind(class.as_str())
    .bind(set.as_str())
    .bind(own)
    .execute(&store.pool)
    .await?;
    Ok(())
}

/// Notes that the guardian opened the questionnaire (once).
pub async fn mark_opened(store: &Store, round: &RoundId, child: &ChildId, guardian: &GuardianId) -> crate::Result<()> {
    sqlx::query(
        "INSERT INTO questionnaire_response (round_id, child_id, guardian_id, status, opened_at) VALUES ($1, $2, $3, 'opened', $4) \
         ON CONFLICT (round_id, child_id, guardian_id) DO NOTHING",
    )
    .bind(round.as_str())
    .bind(child.as_str())
    .bind(guardian.as_str())
    .bind(now())
    .execute(&store.pool)
    .await?;
    Ok(())
}

/// Saves a guardian's answers in one transaction, as a draft or submitted; answers left
/// empty are removed. A submitted response saved again as a draft stays submitted.
pub async fn save(
    store: &Store,
    round: &RoundId,
    child: &ChildId,
    guardian: &GuardianId,
    answers: &[(&str, Option<String>)],
    submit: bool,
) -> crate::Result<()> {
    let t = now();
    let mut tx = store.pool.begin().await?;
    for (question, value) in answers {
        match value {
            Some(v) => {
                sqlx::query(
                    "INSERT INTO questionnaire_answer (round_id, child_id, guardian_id, question, value) VALUES ($1, $2, $3, $4, $5) \
                     ON CONFLICT (round_id, child_id, guardian_id, question) DO UPDATE SET value = excluded.value",
                )
                .bind(round.as_str())
                .bind(child.as_str())
                .bind(guardian.as_str())
                .bind(*question)
                .bind(v)
                .execute(&mut *tx)
                .await?;
            }
            None => {
                sqlx::query(
                    "DELETE FROM questionnaire_answer WHERE round_id = $1 AND child_id = $2 AND guardian_id = $3 AND question = $4",
                )
                .bind(round.as_str())
                .bind(child.as_str())
                .bind(guardian.as_str())
                .bind(*question)
                .execute(&mut *tx)
                .await?;
            }
        }
    }
    let status = if submit { "submitted" } else { "draft" };
    sqlx::query(
        "INSERT INTO questionnaire_response (round_id, child_id, guardian_id, status, opened_at, updated_at, submitted_at) \
         VALUES ($1, $2, $3, $4, $5, $5, $6) ON CONFLICT (round_id, child_id, guardian_id) DO UPDATE SET \
         status = CASE WHEN questionnaire_response.status = 'submitted' THEN 'submitted' ELSE excluded.status END, \
         updated_at = excluded.updated_at, \
         submitted_at = COALESCE(excluded.submitted_at, questionnaire_response.submitted_at)",
    )
    .bind(round.as_str())
    .bind(child.as_str())
    .bind(guardian.as_str())
    .bind(status)
    .bind(t)
    .bind(submit.then_some(t))
    .execute(&mut *tx)
    .await?;
    tx.commit().await?;
    Ok(())
}

/// One guardian's answers: (question, value).
pub async fn answers(
    store: &Store,
    round: &RoundId,
    child: &ChildId,
    guardian: &GuardianId,
) -> crate::Result<Vec<(String, String)>> {
    let rows = sqlx::query(
        "SELECT question, value FROM questionnaire_answer WHERE round_id = $1 AND child_id = $2 AND guardian_id = $3",
    )
    .bind(round.as_str())
    .bind(child.as_str())
    .bind(guardian.as_str())
    .fetch_all(&store.pool)
    .await?;
    rows.iter()
        .map(|r| Ok((text(r, "question")?, text(r, "value")?)))
        .collect()
}

/// A guardian's response to a child's questionnaire.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Response {
    pub guardian_id: GuardianId,
    pub progress: Progress,
    pub submitted_at: Option<i64>,
}

/// Every response for a child in a round.
pub async fn responses(store: &Store, round: &RoundId, child: &ChildId) -> crate::Result<Vec<Response>> {
    let rows = sqlx::query(
        "SELECT guardian_id, status, submitted_at FROM questionnaire_response WHERE round_id = $1 AND child_id = $2 \
         ORDER BY opened_at",
    )
    .bind(round.as_str())
    .bind(child.as_str())
    .fetch_all(&store.pool)
    .await?;
    rows.iter()
        .map(|r| {
            Ok(Response {
                guardian_id: GuardianId(text(r, "guardian_id")?),
                progress: Progress::parse(&text(r, "status")?),
                submitted_at: opt_int(r, "submitted_at")?,
            })
        })
        .collect()
}

/// The furthest any guardian got, per child of the round.
pub async fn progress_of_round(store: &Store, round: &RoundId) -> crate::Result<Vec<(ChildId, GuardianId, Progress)>> {
    let rows = sqlx::query("SELECT child_id, guardian_id, status FROM questionnaire_response WHERE round_id = $1")
        .bind(round.as_str())
        .fetch_all(&store.pool)
        .await?;
    rows.iter()
        .map(|r| {
            Ok((
                ChildId(text(r, "child_id")?),
                GuardianId(text(r, "guardian_id")?),
                Progress::parse(&text(r, "status")?),
            ))
        })
        .collect()
}
