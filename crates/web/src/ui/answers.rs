//! The parents' answers to the questionnaire as staff read them: per guardian, each
//! answered question with its answer in words, on the child talk and the preparation.

use crate::http::error::AppError;
use crate::i18n::Tr;
use crate::state::AppState;
use crate::ui::instruments::item_label;
use samenspraak_core::instrument_template::{Kind, Template as InstrumentTemplate};
use samenspraak_core::questionnaire::{QuestionKind, own_questions};
use samenspraak_store::questionnaires;
use samenspraak_store::{children, instrument_templates, rounds};

/// A stored answer in words, for the teacher.
fn describe(t: &Tr, child: &str, axes: &InstrumentTemplate, kind: QuestionKind, key: &str, value: &str) -> String {
    let label = |c: &str| t.args(&format!("q-{key}-{c}"), &[("child", child.to_string())]);
    match kind {
        QuestionKind::Text => value.to_string(),
        QuestionKind::Single(_) => label(value),
        QuestionKind::Multiple(_) => value.split(',').map(label).collect::<Vec<_>>().join(", "),
        QuestionKind::Smiley => t.t(&format!("face-{value}")),
        QuestionKind::Thermometer => format!("{value} / 10"),
        QuestionKind::SpiderWeb => samenspraak_core::instrument::SpiderWeb::decode(value)
            .scores
            .iter()
            .map(|(axis, n)| {
                let words = axes
                    .items
                    .iter()
                    .find(|i| &i.key == axis)
                    .map(|i| item_label(t, Kind::SpiderWeb, i))
                    .unwrap_or_else(|| axis.clone());
                format!("{words} {n}/5")
            })
            .collect::<Vec<_>>()
            .join(", "),
    }
}

/// One guardian's answers, for the teacher's talk page.
pub struct GuardianAnswers {
    pub name: String,
    pub progress: String,
    /// (question, answer in words), only the questions answered.
    pub rows: Vec<(String, String)>,
}

/// Every guardian's answers to the child's questionnaire of the round, side by side.
pub async fn for_teacher(
    state: &AppState,
    t: &Tr,
    round: &rounds::Round,
    class: &samenspraak_store::classes::SchoolClass,
    child: &children::Child,
) -> Result<Vec<GuardianAnswers>, AppError> {
    let chosen = questionnaires::set_of(&state.store, &round.id, &class.id, class.grade).await?;
    let own = own_questions(&chosen.own);
    let axes = instrument_templates::effective(&state.store, &class.school_id, &class.id, Kind::SpiderWeb).await?;
    let family = samenspraak_store::guardians::of_child(&state.store, &child.id).await?;
    let mut out = Vec::new();
    for response in questionnaires::responses(&state.store, &round.id, &child.id).await? {
        let name = family
            .iter()
            .find(|g| g.id == response.guardian_id)
            .map(|g| g.name.clone())
            .unwrap_or_default();
        let stored = questionnaires::answers(&state.store, &round.id, &child.id, &response.guardian_id).await?;
        let rows = chosen
            .set
            .questions()
            .iter()
            .filter_map(|q| {
                let (_, value) = stored.iter().find(|(k, _)| k == q.key)?;
                Some((
                    t.args(&format!("q-{}", q.key), &[("child", child.first_name.clone())]),
                    describe(t, &child.first_name, &axes, q.kind, q.key, value),
                ))
            })
            .chain(own.iter().filter_map(|(key, words)| {
                let (_, value) = stored.iter().find(|(k, _)| k == key)?;
                Some((words.clone(), value.clone()))
            }))
            .collect();
        out.push(GuardianAnswers {
            name,
            progress: t.t(&format!("q-progress-{}", response.progress.as_str())),
            rows,
        });
    }
    Ok(out)
}
