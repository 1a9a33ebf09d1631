//! QR codes as inline SVG, and the addresses they hold: the class tablet's sign-in, an
//! invitation's link, a study-choice link on the summary.

use crate::http::error::AppError;

/// The address a class code opens, as printed and as the QR code holds it.
pub fn tablet_link(base_url: &str, code: &str) -> String {
    format!("{}/tablet/{code}", base_url.trim_end_matches('/'))
}

/// An inline SVG QR code; the XML prologue is left out so it can sit inside HTML.
pub fn qr_svg(text: &str) -> Result<String, AppError> {
    let code = qrcode::QrCode::new(text.as_bytes()).map_err(|e| AppError::Internal(e.to_string()))?;
    let svg = code
        .render::<qrcode::render::svg::Color<'_>>()
        .min_dimensions(200, 200)
        .quiet_zone(true)
        .build();
    Ok(svg.find("<svg").map(|at| svg[at..].to_string()).unwrap_or(svg))
}
