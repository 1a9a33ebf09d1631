//! Invitations on paper: the letters to print, as a page or one PDF.

use super::*;

#[derive(Template)]
#[template(path = "invitations/letters.html")]
struct LettersPage {
    ctx: PageCtx,
    back: String,
    letters: Vec<Letter>,
}

/// New letter invitations for the `guardian`s given (or everyone), as letters.
async fn make_letters(
    state: &AppState,
    sv: &StaffViewer,
    round: String,
    class: String,
    pairs: &[(String, String)],
) -> Result<(Sending, Vec<Letter>), AppError> {
    let s = Sending::prepare(state, sv, round, class, pairs).await?;
    let mut letters = Vec::new();
    for invitee in s.invitees(state).await? {
        let issued = invitations::issue(
            &state.store,
            &s.class.school_id,
            &s.round.id,
            &invitee.guardian.id,
            Channel::Letter,
            valid_until(s.round.plan.conference_until),
            &sv.who(),
        )
        .await?;
        letters.push(s.letter(&invitee, &issued)?);
    }
    Ok((s, letters))
}

/// `POST /rounds/{id}/invitations/{class}/letters`: makes new letter invitations (for the
/// `guardian`s given, or everyone) and answers with the letters to print, one per page.
pub async fn letters(
    State(state): State<AppState>,
    sv: StaffViewer,
    Path((round, class)): Path<(String, String)>,
    Form(pairs): Form<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    let (s, letters) = make_letters(&state, &sv, round, class, &pairs).await?;
    let t = sv.viewer.tr();
    render(&LettersPage {
        ctx: sv.viewer.page(t.t1("invite-letters-title", "class", &s.class.name)),
        back: base(&s.round, &s.class),
        letters,
    })
}

/// `POST /rounds/{id}/invitations/{class}/letters.pdf`: the same letters as one PDF, one
/// per A4 page, ready to print.
pub async fn letters_pdf(
    State(state): State<AppState>,
    sv: StaffViewer,
    Path((round, class)): Path<(String, String)>,
    Form(pairs): Form<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    let (s, letters) = make_letters(&state, &sv, round, class, &pairs).await?;
    let pages: Vec<pdf::Page> = letters.iter().map(letter_page).collect::<Result<_, _>>()?;
    let t = sv.viewer.tr();
    let title = t.t1("invite-letters-title", "class", &s.class.name);
    let file = format!(
        "attachment; filename=\"{}.pdf\"",
        title
            .chars()
            .map(|c| if c.is_ascii_alphanumeric() { c } else { '-' })
            .collect::<String>()
    );
    Ok((
        [
            (header::CONTENT_TYPE, "application/pdf".to_string()),
            (header::CONTENT_DISPOSITION, file),
            (header::CACHE_CONTROL, "no-store".to_string()),
        ],
        pdf::document(&pages, &title, t.lang),
    )
        .into_response())
}

/// One letter laid out on an A4 page.
fn letter_page(l: &Letter) -> Result<pdf::Page, AppError> {
    const LEFT: f64 = 62.0;
    const WIDTH: f64 = pdf::WIDTH - 2.0 * LEFT;
    let t = &l.t;
    let mut page = pdf::Page::new(t.lang);
    page.heading(LEFT, 780.0, 13.0, pdf::Role::Title, &l.school);
    let date_width = pdf::text_width(&l.date, 10.0, false);
    page.text(pdf::WIDTH - LEFT - date_width, 780.0, 10.0, false, &l.date);
    let mut y = 740.0;
    y = page.paragraph(
        LEFT,
        y,
        WIDTH,
        11.0,
        false,
        &t.t1("letter-greeting", "name", &l.guardian),
    ) - 4.0;
    y = page.paragraph(
        LEFT,
        y,
        WIDTH,
        11.0,
        false,
        &t.t1("letter-intro", "children", &l.children),
    ) - 8.0;
    y = page.heading_paragraph(LEFT, y, WIDTH, 12.5, &t.t("letter-asked")) - 2.0;
    let mut asks = Vec::new();
    if let Some(d) = &l.prepare {
        asks.push(t.args(
            "letter-prepare",
            &[("children", l.children.clone()), ("date", d.clone())],
        ));
    }
    asks.push(t.t1("letter-book", "when", &l.booking));
    asks.push(t.t1("letter-conference", "when", &l.conference));
    for ask in asks {
        page.text(LEFT, y, 11.0, false, "\u{2022}");
        y = page.paragraph(LEFT + 14.0, y, WIDTH - 14.0, 11.0, false, &ask);
    }
    y -= 8.0;
    y = page.heading_paragraph(LEFT, y, WIDTH, 12.5, &t.t("letter-how")) - 4.0;
    let code = qrcode::QrCode::new(l.link.as_bytes()).map_err(|e| AppError::Internal(e.to_string()))?;
    let qr_size = 150.0;
    page.qr(LEFT - 8.0, y + 6.0, qr_size, &code, &t.t("letter-qr"));
    let right = LEFT + qr_size + 8.0;
    let mut ry = y - 14.0;
    ry = page.paragraph(right, ry, WIDTH - qr_size - 8.0, 11.0, false, &t.t("letter-scan")) - 6.0;
    ry = page.paragraph(
        right,
        ry,
        WIDTH - qr_size - 8.0,
        11.0,
        false,
        &t.t1("letter-type", "url", &l.code_url),
    ) - 10.0;
    page.text(right, ry, 22.0, true, &l.code);
    y = (y - qr_size).min(ry - 24.0);
    y = page.paragraph(LEFT, y, WIDTH, 9.5, false, &t.t("letter-personal")) - 2.0;
    y = page.paragraph(LEFT, y, WIDTH, 9.5, false, &l.languages) - 10.0;
    y = page.paragraph(LEFT, y, WIDTH, 11.0, false, &t.t("letter-bye"));
    page.paragraph(LEFT, y, WIDTH, 11.0, false, &l.signed);
    Ok(page)
}
