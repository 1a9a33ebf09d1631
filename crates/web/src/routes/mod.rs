//! Every route of Samenspraak, in one list, grouped by who uses it. Each handler lives in
//! the file of its area and starts by asking the policy (`core::policy`) what is allowed.

mod activities;
pub mod booking;
mod calendar;
mod children;
mod class_tablet;
mod classes;
pub(crate) mod conference;
mod consent;
mod csp_report;
mod family;
mod guardians;
mod health;
mod home;
mod import;
mod instrument_settings;
mod invitations;
mod jar;
mod language;
mod learning_wall;
mod login;
mod moments;
mod questionnaire;
mod rounds;
mod schedule;
mod school;
mod slots;
mod staff;
mod study_choice;
mod tablet;
pub(crate) mod talks;

use crate::http::error::{ErrorPage, error_response};
use crate::http::{cross_site, viewer};
use crate::state::AppState;
use axum::Router;
use axum::extract::DefaultBodyLimit;
use axum::http::{HeaderName, HeaderValue, StatusCode, header};
use axum::middleware;
use axum::routing::{get, post};
use tower_http::catch_panic::CatchPanicLayer;
use tower_http::set_header::SetResponseHeaderLayer;

/// A class list is read only up to its budget (`import_file::budget`); up to this size the
/// rest of a larger upload is read and dropped, so the sender gets the page that says so.
const IMPORT_BODY_LIMIT: usize = 64 * 1024 * 1024;
/// The ceiling for a video upload; the school's own, lower limit is checked while it streams.
const VIDEO_BODY_LIMIT: usize = 520 * 1024 * 1024;
/// A portfolio file, with room for the form around it.
const PORTFOLIO_BODY_LIMIT: usize = 21 * 1024 * 1024;

pub fn router(state: AppState) -> Router {
    let public = Router::new()
        .route("/healthz", get(health::check))
        .route("/static/{file}", get(crate::assets::serve))
        .route("/feed/{secret}", get(calendar::feed))
        // Sent by browsers without a page of ours around it: no cross-site check, a small
        // body, and a limit per address.
        .route(
            "/csp-report",
            post(csp_report::receive)
                .layer(DefaultBodyLimit::max(csp_report::MAX_REPORT_BYTES))
                .layer(middleware::from_fn_with_state(
                    state.clone(),
                    crate::http::limit::csp_reports,
                )),
        );
    let public = if state.config.bench_floor {
        public.route("/bench/floor", post(health::floor))
    } else {
        public
    };

    // How often one person may send a file or a booking form (`throttle`).
    let uploads = middleware::from_fn_with_state(state.clone(), crate::http::limit::uploads);
    let booking_forms = middleware::from_fn_with_state(state.clone(), crate::http::limit::booking_forms);
    let pages = Router::new()
        // Everyone
        .route("/login", get(login::show).post(login::submit))
        .route("/logout", post(login::logout))
        .route("/language", post(language::switch))
        // Guardians: an invitation's link, the letter's code, the portal
        .route("/i/{token}", get(family::landing).post(family::open))
        .route("/code", get(family::code_form).post(family::code_submit))
        .route("/family", get(family::portal))
        .route("/family/done", post(family::sign_out))
        .route(
            "/family/book/{round}/{child}",
            get(booking::show).post(booking::book).layer(booking_forms.clone()),
        )
        .route(
            "/family/book/{round}/{child}/cancel",
            post(booking::cancel).layer(booking_forms.clone()),
        )
        .route("/family/conversation/{round}/{child}", get(conference::for_family))
        .route("/family/conversation/{round}/{child}/read", post(conference::mark_read))
        .route(
            "/family/conversation/{round}/{child}/print",
            get(conference::summary::family_print),
        )
        .route(
            "/family/conversation/{round}/{child}/summary.pdf",
            get(conference::summary::family_pdf),
        )
        .route(
            "/family/conversation/{round}/{child}/study-choice",
            get(conference::study_sheet::show),
        )
        .route(
            "/family/conversation/{round}/{child}/study-choice.pdf",
            get(conference::study_sheet::pdf),
        )
        .route(
            "/family/book/{round}/{child}/wait",
            post(booking::wait).layer(booking_forms.clone()),
        )
        .route(
            "/family/book/{round}/{child}/availability",
            post(booking::availability).layer(booking_forms.clone()),
        )
        .route(
            "/family/book/{round}/{child}/confirm",
            post(booking::confirm).layer(booking_forms.clone()),
        )
        .route(
            "/family/book/{round}/{child}/wait/leave",
            post(booking::leave).layer(booking_forms.clone()),
        )
        .route(
            "/family/questionnaire/{round}/{child}",
            get(questionnaire::show).post(questionnaire::save),
        )
        // Children, on the class tablet
        .route("/tablet", get(tablet::start).post(tablet::enter_code))
        .route("/tablet/done", post(tablet::done))
        .route("/tablet/talk", get(talks::show_talk))
        .route("/tablet/talk/draw", post(talks::draw))
        .route("/tablet/talk/thermometer", post(talks::save_thermometer))
        .route("/tablet/talk/spider", post(talks::save_spider))
        .route("/tablet/talk/smileys", post(talks::save_smileys))
        .route("/tablet/talk/grid", post(talks::save_grid))
        .route("/tablet/talk/wall", post(talks::save_wall))
        .route("/tablet/talk/agreements", post(talks::save_agreements))
        .route(
            "/tablet/talk/video",
            get(talks::play_video)
                .post(talks::upload_video)
                .layer(DefaultBodyLimit::max(VIDEO_BODY_LIMIT))
                .layer(uploads.clone()),
        )
        .route("/tablet/talk/video/delete", post(talks::remove_video))
        .route(
            "/tablet/talk/portfolio",
            post(talks::add_to_portfolio)
                .layer(DefaultBodyLimit::max(PORTFOLIO_BODY_LIMIT))
                .layer(uploads.clone()),
        )
        .route("/tablet/talk/portfolio/{item}", get(talks::portfolio_file))
        .route("/tablet/talk/report/file", get(talks::report_file))
        .route("/tablet/talk/wall/{item}/photo", get(talks::wall_photo))
        .route(
            "/tablet/talk/portfolio/{item}/delete",
            post(talks::remove_portfolio_item),
        )
        .route("/tablet/{code}", get(tablet::names))
        .route("/tablet/{code}/{child}", get(tablet::pictures).post(tablet::sign_in))
        // Staff
        .route("/", get(home::show))
        .route("/calendar", get(calendar::show).post(calendar::renew))
        .route("/calendar/stop", post(calendar::stop))
        .route("/classes", get(classes::list).post(classes::create))
        .route("/classes/new", get(classes::new))
        .route("/classes/{id}", get(classes::show).post(classes::update))
        .route("/classes/{id}/edit", get(classes::edit))
        .route("/children", post(children::create))
        .route("/children/new", get(children::new))
        .route("/children/{id}", get(children::show).post(children::update))
        .route("/children/{id}/edit", get(children::edit))
        .route("/children/{id}/consent", post(consent::give))
        .route("/children/{id}/consent/withdraw", post(consent::withdraw))
        .route("/children/{id}/guardians", post(guardians::create))
        .route("/children/{id}/guardians/new", get(guardians::new))
        .route("/guardians/{id}", post(guardians::update))
        .route("/guardians/{id}/edit", get(guardians::edit))
        .route("/rounds", get(rounds::list).post(rounds::create))
        .route("/rounds/new", get(rounds::new))
        .route("/rounds/{id}", get(rounds::show).post(rounds::update))
        .route("/rounds/{id}/edit", get(rounds::edit))
        .route("/rounds/{id}/booking-mode", post(rounds::set_mode))
        .route("/rounds/{id}/propose", post(rounds::propose))
        .route("/rounds/{id}/days", get(rounds::days).post(rounds::add_days))
        .route(
            "/rounds/{id}/frame/{child}",
            get(conference::show).post(conference::save),
        )
        .route("/rounds/{id}/frame/{child}/agreements", post(conference::add_agreement))
        .route("/classes/{id}/agreements", get(conference::open_of_class))
        .route(
            "/rounds/{id}/prepare/{child}",
            get(conference::prepare::show).post(conference::prepare::save),
        )
        .route("/rounds/{id}/prepare/{child}/print", get(conference::prepare::print))
        .route(
            "/rounds/{id}/slots/{class}/prepare",
            get(conference::prepare::print_class),
        )
        .route(
            "/rounds/{id}/slots/{class}/summaries",
            get(conference::summary::class_print),
        )
        .route(
            "/rounds/{id}/slots/{class}/summaries.pdf",
            get(conference::summary::class_pdf),
        )
        .route("/rounds/{id}/frame/{child}/send", post(conference::summary::send))
        .route("/rounds/{id}/conversation/{child}", get(conference::mode::screen))
        .route("/rounds/{id}/conversation/{child}/panel", get(conference::mode::panel))
        .route(
            "/rounds/{id}/frame/{child}/agreements/{agreement}",
            post(conference::update_agreement),
        )
        // Child talks: a class's moments, and the plan of a class in a round
        .route("/classes/{id}/moments", get(moments::show).post(moments::add))
        .route("/classes/{id}/moments/{moment}/delete", post(moments::remove))
        .route("/rounds/{id}/invitations/{class}", get(invitations::list))
        .route("/rounds/{id}/invitations/{class}/letters", post(invitations::letters))
        .route(
            "/rounds/{id}/invitations/{class}/letters.pdf",
            post(invitations::letters_pdf),
        )
        .route("/rounds/{id}/invitations/{class}/emails", post(invitations::emails))
        .route("/rounds/{id}/invitations/{class}/remind", post(invitations::remind))
        .route(
            "/rounds/{id}/invitations/{class}/questionnaire",
            post(invitations::choose_questionnaire),
        )
        .route(
            "/rounds/{id}/invitations/{class}/{guardian}/revoke",
            post(invitations::revoke),
        )
        .route("/rounds/{id}/slots/{class}", get(slots::show).post(slots::add_day))
        .route("/rounds/{id}/slots/{class}/separate", post(slots::separate))
        .route("/rounds/{id}/slots/{class}/print", get(schedule::day))
        .route("/rounds/{id}/slots/{class}/print.pdf", get(schedule::day_pdf))
        .route("/rounds/{id}/slots/{class}/door", get(schedule::door))
        .route("/rounds/{id}/slots/{class}/door.pdf", get(schedule::door_pdf))
        .route("/rounds/{id}/slots/{class}/slips", get(schedule::slips))
        .route("/rounds/{id}/slots/{class}/{slot}/delete", post(slots::remove))
        .route("/rounds/{id}/slots/{class}/{slot}/book", post(slots::book_for))
        .route("/rounds/{id}/talks/{class}", get(talks::show))
        .route("/rounds/{id}/talks/{class}/plan", post(talks::plan))
        .route("/rounds/{id}/talks/{class}/settings", post(talks::save_settings))
        .route("/rounds/{id}/talks/{class}/closed", post(talks::add_closed_day))
        .route(
            "/rounds/{id}/talks/{class}/closed/remove",
            post(talks::remove_closed_day),
        )
        .route("/rounds/{id}/talks/{class}/absence", post(talks::absence))
        .route("/rounds/{id}/talks/{class}/cancel", post(talks::cancel_moment))
        .route("/rounds/{id}/talks/{class}/cancel/remove", post(talks::uncancel_moment))
        .route("/rounds/{id}/talks/{class}/print", get(talks::print))
        .route(
            "/rounds/{id}/talks/{class}/{talk}",
            get(talks::show_talk).post(talks::update_talk),
        )
        .route("/rounds/{id}/talks/{class}/{talk}/draw", post(talks::draw))
        .route(
            "/rounds/{id}/talks/{class}/{talk}/thermometer",
            post(talks::save_thermometer),
        )
        .route("/rounds/{id}/talks/{class}/{talk}/spider", post(talks::save_spider))
        .route("/rounds/{id}/talks/{class}/{talk}/smileys", post(talks::save_smileys))
        .route("/rounds/{id}/talks/{class}/{talk}/grid", post(talks::save_grid))
        .route("/rounds/{id}/talks/{class}/{talk}/notes", post(talks::add_note))
        .route("/rounds/{id}/talks/{class}/{talk}/wall", post(talks::save_wall))
        .route(
            "/rounds/{id}/talks/{class}/{talk}/agreements",
            post(talks::save_agreements),
        )
        .route(
            "/rounds/{id}/talks/{class}/{talk}/video",
            get(talks::play_video)
                .post(talks::upload_video)
                .layer(DefaultBodyLimit::max(VIDEO_BODY_LIMIT))
                .layer(uploads.clone()),
        )
        .route(
            "/rounds/{id}/talks/{class}/{talk}/video/delete",
            post(talks::remove_video),
        )
        .route(
            "/rounds/{id}/talks/{class}/{talk}/video/show",
            post(talks::show_in_conversation),
        )
        .route("/rounds/{id}/talks/{class}/{talk}/report", post(talks::save_report))
        .route(
            "/rounds/{id}/talks/{class}/{talk}/report/file",
            get(talks::report_file)
                .post(talks::upload_report_file)
                .layer(DefaultBodyLimit::max(PORTFOLIO_BODY_LIMIT))
                .layer(uploads.clone()),
        )
        .route(
            "/rounds/{id}/talks/{class}/{talk}/report/file/delete",
            post(talks::remove_report_file),
        )
        .route(
            "/rounds/{id}/talks/{class}/{talk}/portfolio",
            post(talks::add_to_portfolio)
                .layer(DefaultBodyLimit::max(PORTFOLIO_BODY_LIMIT))
                .layer(uploads.clone()),
        )
        .route(
            "/rounds/{id}/talks/{class}/{talk}/portfolio/{item}",
            get(talks::portfolio_file),
        )
        .route(
            "/rounds/{id}/talks/{class}/{talk}/portfolio/{item}/approve",
            post(talks::approve_portfolio_item),
        )
        .route(
            "/rounds/{id}/talks/{class}/{talk}/portfolio/{item}/delete",
            post(talks::remove_portfolio_item),
        )
        .route("/classes/{id}/instruments", get(instrument_settings::class_show))
        .route(
            "/classes/{id}/instruments/{kind}",
            post(instrument_settings::class_save),
        )
        .route(
            "/classes/{id}/instruments/{kind}/school",
            post(instrument_settings::class_follow_school),
        )
        .route("/classes/{id}/tablet", get(class_tablet::show))
        .route("/classes/{id}/tablet/code", post(class_tablet::renew_code))
        .route(
            "/classes/{id}/tablet/{child}/reset",
            post(class_tablet::reset_picture_code),
        )
        .route("/classes/{id}/wall", get(learning_wall::show).post(learning_wall::add))
        .route("/classes/{id}/wall/{item}/delete", post(learning_wall::remove))
        .route(
            "/classes/{id}/wall/{item}/photo",
            get(learning_wall::photo)
                .post(learning_wall::add_photo)
                .layer(DefaultBodyLimit::max(PORTFOLIO_BODY_LIMIT))
                .layer(uploads.clone()),
        )
        .route(
            "/classes/{id}/wall/{item}/photo/delete",
            post(learning_wall::remove_photo),
        )
        .route("/classes/{id}/activities", get(activities::show).post(activities::add))
        .route("/classes/{id}/activities/{activity}/delete", post(activities::remove))
        .route(
            "/rounds/{id}/talks/{class}/{talk}/questions/{entry}",
            post(talks::answer),
        )
        .route(
            "/rounds/{id}/talks/{class}/{talk}/questions/{entry}/back",
            post(talks::put_back),
        )
        // The question jar of a class
        .route("/classes/{id}/jar", get(jar::show))
        .route("/classes/{id}/jar/bank", post(jar::add_bank))
        .route("/classes/{id}/jar/own", post(jar::add_own))
        .route("/classes/{id}/jar/reuse", post(jar::reuse))
        .route("/classes/{id}/jar/cards", get(jar::cards))
        .route("/classes/{id}/jar/{entry}", post(jar::edit))
        .route("/classes/{id}/jar/{entry}/remove", post(jar::remove))
        .route("/rounds/{id}/talks/{class}/{talk}/unplan", post(talks::unplan))
        .route("/rounds/{id}/talks/{class}/{talk}/swap", post(talks::swap))
        .route(
            "/import",
            get(import::show)
                .post(import::upload)
                .layer(DefaultBodyLimit::max(IMPORT_BODY_LIMIT))
                .layer(uploads.clone()),
        )
        .route("/import/example.csv", get(import::example))
        .route("/import/{id}", get(import::preview).post(import::confirm))
        // School admin
        .route("/school", get(school::show).post(school::rename))
        .route("/school/years", post(school::add_year))
        .route("/school/videos", post(school::save_video_limits))
        .route("/school/mail", post(school::save_quiet_hours))
        .route("/school/instruments", get(instrument_settings::school_show))
        .route("/school/study-choice", get(study_choice::show).post(study_choice::add))
        .route("/school/study-choice/{id}/delete", post(study_choice::remove))
        .route("/school/instruments/grid", post(instrument_settings::school_save_grid))
        .route("/school/instruments/{kind}", post(instrument_settings::school_save))
        .route("/staff", get(staff::list).post(staff::create))
        .route("/staff/new", get(staff::new))
        .route("/staff/{id}", post(staff::update))
        .route("/staff/{id}/edit", get(staff::edit))
        .route("/staff/{id}/active", post(staff::set_active))
        .fallback(|| async { error_response(StatusCode::NOT_FOUND) })
        // A handler that panics answers this request with the error page; the server and
        // every other request go on.
        .layer(CatchPanicLayer::custom(|_: Box<dyn std::any::Any + Send + 'static>| {
            tracing::error!("a request handler panicked");
            let mut r = axum::response::Response::new(axum::body::Body::empty());
            *r.status_mut() = StatusCode::INTERNAL_SERVER_ERROR;
            r.extensions_mut().insert(ErrorPage {
                status: StatusCode::INTERNAL_SERVER_ERROR,
            });
            r
        }))
        // Cross-site form posts are refused before any handler runs.
        .layer(middleware::from_fn_with_state(state.clone(), cross_site::middleware))
        .layer(middleware::from_fn_with_state(state.clone(), viewer::middleware))
        .layer(middleware::from_fn(crate::ui::page::error_pages));

    let mut app = public.merge(pages);
    for (name, value) in SECURITY_HEADERS {
        app = app.layer(SetResponseHeaderLayer::if_not_present(
            name,
            HeaderValue::from_static(value),
        ));
    }
    // Served over https, browsers are told never to come back over plain http. Not for
    // subdomains: a school's domain has other sites, which are not ours to bind.
    if state.config.secure_cookies() {
        app = app.layer(SetResponseHeaderLayer::if_not_present(
            header::STRICT_TRANSPORT_SECURITY,
            HeaderValue::from_static("max-age=31536000"),
        ));
    }
    app.with_state(state)
}

/// Headers every response carries: a strict content policy (only our own embedded assets),
/// no framing, no MIME sniffing, no referrer to other sites.
const SECURITY_HEADERS: [(HeaderName, &str); 4] = [
    (
        header::CONTENT_SECURITY_POLICY,
        "default-src 'self'; img-src 'self' data: blob:; media-src 'self' blob:; style-src 'self'; script-src 'self'; \
         object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'; report-uri /csp-report",
    ),
    (header::X_CONTENT_TYPE_OPTIONS, "nosniff"),
    (header::X_FRAME_OPTIONS, "DENY"),
    (header::REFERRER_POLICY, "same-origin"),
];
