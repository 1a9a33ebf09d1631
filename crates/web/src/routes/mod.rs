//! Every route of Samenspraak, in one list, grouped by who uses it; the handlers live in
//! folders of the same names (`site`, `family`, `tablet`, `staff`, `school`), one small file
//! per area. Each handler starts by asking the policy (`core::policy`) what is allowed.

pub mod family;
pub mod school;
pub mod site;
pub mod staff;
pub mod tablet;

use crate::http::error::error_response;
use crate::http::{cross_site, headers, limit, viewer};
use crate::state::AppState;
use axum::Router;
use axum::extract::DefaultBodyLimit;
use axum::http::StatusCode;
use axum::middleware;
use axum::routing::{get, post};
use family::{booking, invitation, portal, questionnaire, study_sheet};
use school::{
    accounts, calendar as school_calendar, consent_register, outbox as school_outbox, privacy, retention, settings,
    study_choice,
};
use site::{csp_report, health, language, login, second_step};
use staff::children::{as_guardian, consent, data, guardian};
use staff::classes::{activities, jar, learning_wall, moments};
use staff::conference::{agreements, frame, prepare, screen, summary};
use staff::invitations::{letters, list, mail, sent};
use staff::rounds::{days, proposal, schedule, slots};
use staff::talks::{actions, grid, instruments, portfolio, report, talk, video};
use staff::{account, calendar, children, classes, import, instrument_settings, invitations, rounds};
use tower_http::catch_panic::CatchPanicLayer;

/// A class list is read only up to its budget (`import_file::budget`); up to this size the
/// rest of a larger upload is read and dropped, so the sender gets the page that says so.
const IMPORT_BODY_LIMIT: usize = 64 * 1024 * 1024;
/// The ceiling for a video upload; the school's own, lower limit is checked while it streams.
const VIDEO_BODY_LIMIT: usize = 520 * 1024 * 1024;
/// A portfolio file, with room for the form around it.
const PORTFOLIO_BODY_LIMIT: usize = 21 * 1024 * 1024;

pub fn router(state: AppState) -> Router {
    let public = Router::new()
        .route("/healthz", get(health::alive))
        .route("/readyz", get(health::ready))
        .route("/static/{file}", get(crate::assets::serve))
        .route("/feed/{secret}", get(calendar::feed))
        // Sent by browsers without a page of ours around it: no cross-site check, a small
        // body, and a limit per address.
        .route(
            "/csp-report",
            post(csp_report::receive)
                .layer(DefaultBodyLimit::max(csp_report::MAX_REPORT_BYTES))
                .layer(middleware::from_fn_with_state(state.clone(), limit::csp_reports)),
        );

    // How often one person may send a file or a booking form (`throttle`).
    let uploads = middleware::from_fn_with_state(state.clone(), limit::uploads);
    let booking_forms = middleware::from_fn_with_state(state.clone(), limit::booking_forms);
    let video_upload = || DefaultBodyLimit::max(VIDEO_BODY_LIMIT);
    let file_upload = || DefaultBodyLimit::max(PORTFOLIO_BODY_LIMIT);
    let pages = Router::new()
        // Everyone
        .route("/login", get(login::show).post(login::submit))
        .route("/logout", post(login::logout))
        .route(
            "/login/code",
            get(second_step::code_form).post(second_step::code_submit),
        )
        .route(
            "/login/enrol",
            get(second_step::enrol_form).post(second_step::enrol_submit),
        )
        .route("/account", get(account::show))
        .route("/account/two-factor", get(account::enrol_form).post(account::enrol))
        .route("/account/two-factor/off", post(account::switch_off))
        .route("/account/recovery-codes", post(account::new_codes))
        .route("/account/password", post(account::change_password))
        .route("/account/sessions/end", post(account::end_session))
        .route("/language", post(language::switch))
        // Guardians: an invitation's link, the letter's code, the portal
        .route("/i/{token}", get(invitation::landing).post(invitation::open))
        .route("/code", get(invitation::code_form).post(invitation::code_submit))
        .route("/family", get(portal::portal))
        .route("/family/done", post(portal::sign_out))
        .route(
            "/family/consent/{child}/{purpose}",
            get(family::consent::confirm).post(family::consent::withdraw),
        )
        .route(
            "/family/questionnaire/{round}/{child}",
            get(questionnaire::show).post(questionnaire::save),
        )
        .route(
            "/family/book/{round}/{child}",
            get(booking::show)
                .post(booking::forms::book)
                .layer(booking_forms.clone()),
        )
        .route("/family/book/{round}/{child}/calendar.ics", get(booking::calendar))
        .route(
            "/family/book/{round}/{child}/cancel",
            post(booking::forms::cancel).layer(booking_forms.clone()),
        )
        .route(
            "/family/book/{round}/{child}/wait",
            post(booking::forms::wait).layer(booking_forms.clone()),
        )
        .route(
            "/family/book/{round}/{child}/wait/leave",
            post(booking::forms::leave).layer(booking_forms.clone()),
        )
        .route(
            "/family/book/{round}/{child}/availability",
            post(booking::forms::availability).layer(booking_forms.clone()),
        )
        .route(
            "/family/book/{round}/{child}/confirm",
            post(booking::forms::confirm).layer(booking_forms.clone()),
        )
        .route("/family/conference/{round}/{child}", get(family::conference::show))
        .route(
            "/family/conference/{round}/{child}/read",
            post(family::conference::mark_read),
        )
        .route(
            "/family/conference/{round}/{child}/print",
            get(family::conference::print),
        )
        .route(
            "/family/conference/{round}/{child}/summary.pdf",
            get(family::conference::pdf),
        )
        .route(
            "/family/conference/{round}/{child}/study-choice",
            get(study_sheet::show),
        )
        .route(
            "/family/conference/{round}/{child}/study-choice.pdf",
            get(study_sheet::pdf),
        )
        // Addresses in summary mails sent before the conversation was called a conference.
        .route("/family/conversation/{*rest}", get(family::conference::moved))
        // Children, on the class tablet: signing in, then their own talk (`access::talk`)
        .route("/tablet", get(tablet::start).post(tablet::enter_code))
        .route("/tablet/done", post(tablet::done))
        .route("/tablet/{code}", get(tablet::names))
        .route("/tablet/{code}/{child}", get(tablet::pictures).post(tablet::sign_in))
        .route("/tablet/talk", get(talk::show))
        .route("/tablet/talk/draw", post(talk::draw))
        .route("/tablet/talk/wall", post(talk::save_wall))
        .route("/tablet/talk/wall/{item}/photo", get(talk::wall_photo))
        .route("/tablet/talk/agreements", post(talk::save_agreements))
        .route("/tablet/talk/thermometer", post(instruments::save_thermometer))
        .route("/tablet/talk/spider", post(instruments::save_spider))
        .route("/tablet/talk/smileys", post(instruments::save_smileys))
        .route("/tablet/talk/grid", post(grid::save_grid))
        .route(
            "/tablet/talk/video",
            get(video::play)
                .post(video::upload)
                .layer(video_upload())
                .layer(uploads.clone()),
        )
        .route("/tablet/talk/video/delete", post(video::remove))
        .route(
            "/tablet/talk/portfolio",
            post(portfolio::add).layer(file_upload()).layer(uploads.clone()),
        )
        .route("/tablet/talk/portfolio/{item}", get(portfolio::file))
        .route("/tablet/talk/portfolio/{item}/delete", post(portfolio::remove))
        .route("/tablet/talk/report/file", get(report::file))
        // Staff: the start page and the calendar feed
        .route("/", get(staff::home::show))
        .route("/calendar", get(calendar::show).post(calendar::renew))
        .route("/calendar/stop", post(calendar::stop))
        // Staff: classes, their children and guardians, and what a class uses in the talks
        .route("/classes", get(classes::list).post(classes::create))
        .route("/classes/new", get(classes::new))
        .route("/classes/{id}", get(classes::show).post(classes::update))
        .route("/classes/{id}/edit", get(classes::edit))
        .route("/classes/{id}/tablet", get(classes::tablet::show))
        .route("/classes/{id}/tablet/code", post(classes::tablet::renew_code))
        .route(
            "/classes/{id}/tablet/{child}/reset",
            post(classes::tablet::reset_picture_code),
        )
        .route("/classes/{id}/moments", get(moments::show).post(moments::add))
        .route("/classes/{id}/moments/{moment}/delete", post(moments::remove))
        .route("/classes/{id}/jar", get(jar::show))
        .route("/classes/{id}/jar/bank", post(jar::add_bank))
        .route("/classes/{id}/jar/own", post(jar::add_own))
        .route("/classes/{id}/jar/reuse", post(jar::reuse))
        .route("/classes/{id}/jar/cards", get(jar::cards))
        .route("/classes/{id}/jar/{entry}", post(jar::edit))
        .route("/classes/{id}/jar/{entry}/remove", post(jar::remove))
        .route("/classes/{id}/wall", get(learning_wall::show).post(learning_wall::add))
        .route("/classes/{id}/wall/{item}/delete", post(learning_wall::remove))
        .route(
            "/classes/{id}/wall/{item}/photo",
            get(learning_wall::photo)
                .post(learning_wall::add_photo)
                .layer(file_upload())
                .layer(uploads.clone()),
        )
        .route(
            "/classes/{id}/wall/{item}/photo/delete",
            post(learning_wall::remove_photo),
        )
        .route("/classes/{id}/activities", get(activities::show).post(activities::add))
        .route("/classes/{id}/activities/{activity}/delete", post(activities::remove))
        .route("/classes/{id}/instruments", get(instrument_settings::class_show))
        .route(
            "/classes/{id}/instruments/{kind}",
            post(instrument_settings::forms::class_save),
        )
        .route(
            "/classes/{id}/instruments/{kind}/school",
            post(instrument_settings::forms::class_follow_school),
        )
        .route("/classes/{id}/agreements", get(agreements::open_of_class))
        .route("/children", post(children::create))
        .route("/children/new", get(children::new))
        .route("/children/{id}", get(children::show).post(children::update))
        .route("/children/{id}/as-guardian/{guardian}", get(as_guardian::show))
        .route("/children/{id}/edit", get(children::edit))
        .route("/children/{id}/export", post(data::export))
        .route("/children/{id}/erase", get(data::confirm).post(data::erase))
        .route("/children/{id}/consent", post(consent::give))
        .route("/children/{id}/consent/withdraw", post(consent::withdraw))
        .route("/children/{id}/guardians", post(guardian::create))
        .route("/children/{id}/guardians/new", get(guardian::new))
        .route("/guardians/{id}", post(guardian::update))
        .route("/guardians/{id}/edit", get(guardian::edit))
        .route(
            "/import",
            get(import::show)
                .post(import::upload)
                .layer(DefaultBodyLimit::max(IMPORT_BODY_LIMIT))
                .layer(uploads.clone()),
        )
        .route("/import/example.csv", get(import::example))
        .route("/import/{id}", get(import::preview).post(import::confirm))
        // Staff: rounds, with their booking and conversation days
        .route("/rounds", get(rounds::list).post(rounds::form::create))
        .route("/rounds/new", get(rounds::form::new))
        .route("/rounds/{id}", get(rounds::show::show).post(rounds::form::update))
        .route("/rounds/{id}/edit", get(rounds::form::edit))
        .route("/rounds/{id}/booking-mode", post(proposal::set_mode))
        .route("/rounds/{id}/propose", post(proposal::propose))
        .route("/rounds/{id}/days", get(days::show).post(days::add))
        .route("/rounds/{id}/slots/{class}", get(slots::show).post(slots::add_day))
        .route("/rounds/{id}/slots/{class}/separate", post(slots::separate))
        .route("/rounds/{id}/slots/{class}/{slot}/delete", post(slots::remove))
        .route("/rounds/{id}/slots/{class}/{slot}/book", post(slots::book_for))
        .route("/rounds/{id}/schedule", get(schedule::my_day))
        .route("/rounds/{id}/schedule.pdf", get(schedule::my_day_pdf))
        .route("/rounds/{id}/schedule/door", get(schedule::my_door))
        .route("/rounds/{id}/schedule/door.pdf", get(schedule::my_door_pdf))
        .route("/rounds/{id}/slots/{class}/print", get(schedule::day))
        .route("/rounds/{id}/slots/{class}/print.pdf", get(schedule::day_pdf))
        .route("/rounds/{id}/slots/{class}/door", get(schedule::door))
        .route("/rounds/{id}/slots/{class}/door.pdf", get(schedule::door_pdf))
        .route("/rounds/{id}/slots/{class}/slips", get(schedule::slips))
        // Staff: inviting the guardians of a class to a round
        .route("/rounds/{id}/invitations/{class}", get(list::list))
        .route("/rounds/{id}/outbox/{class}", get(sent::show))
        .route("/rounds/{id}/outbox/{class}/{mail}/retry", post(sent::retry))
        .route(
            "/rounds/{id}/invitations/{class}/questionnaire",
            post(list::choose_questionnaire),
        )
        .route("/rounds/{id}/invitations/{class}/letters", post(letters::letters))
        .route(
            "/rounds/{id}/invitations/{class}/letters.pdf",
            post(letters::letters_pdf),
        )
        .route("/rounds/{id}/invitations/{class}/emails", post(mail::emails))
        .route("/rounds/{id}/invitations/{class}/remind", post(mail::remind))
        .route(
            "/rounds/{id}/invitations/{class}/{guardian}/revoke",
            post(invitations::revoke),
        )
        // Staff: the child talks of a class in a round
        .route("/rounds/{id}/talks/{class}", get(staff::talks::show))
        .route("/rounds/{id}/talks/{class}/plan", post(actions::plan))
        .route("/rounds/{id}/talks/{class}/settings", post(actions::save_settings))
        .route("/rounds/{id}/talks/{class}/closed", post(actions::add_closed_day))
        .route(
            "/rounds/{id}/talks/{class}/closed/remove",
            post(actions::remove_closed_day),
        )
        .route("/rounds/{id}/talks/{class}/absence", post(actions::absence))
        .route("/rounds/{id}/talks/{class}/cancel", post(actions::cancel_moment))
        .route(
            "/rounds/{id}/talks/{class}/cancel/remove",
            post(actions::uncancel_moment),
        )
        .route("/rounds/{id}/talks/{class}/print", get(staff::talks::print::print))
        .route(
            "/rounds/{id}/talks/{class}/{talk}",
            get(talk::show).post(actions::update_talk),
        )
        .route("/rounds/{id}/talks/{class}/{talk}/unplan", post(actions::unplan))
        .route("/rounds/{id}/talks/{class}/{talk}/swap", post(actions::swap))
        .route("/rounds/{id}/talks/{class}/{talk}/draw", post(talk::draw))
        .route(
            "/rounds/{id}/talks/{class}/{talk}/questions/{entry}",
            post(talk::answer),
        )
        .route(
            "/rounds/{id}/talks/{class}/{talk}/questions/{entry}/back",
            post(talk::put_back),
        )
        .route("/rounds/{id}/talks/{class}/{talk}/notes", post(talk::add_note))
        .route("/rounds/{id}/talks/{class}/{talk}/wall", post(talk::save_wall))
        .route(
            "/rounds/{id}/talks/{class}/{talk}/agreements",
            post(talk::save_agreements),
        )
        .route(
            "/rounds/{id}/talks/{class}/{talk}/thermometer",
            post(instruments::save_thermometer),
        )
        .route(
            "/rounds/{id}/talks/{class}/{talk}/spider",
            post(instruments::save_spider),
        )
        .route(
            "/rounds/{id}/talks/{class}/{talk}/smileys",
            post(instruments::save_smileys),
        )
        .route("/rounds/{id}/talks/{class}/{talk}/grid", post(grid::save_grid))
        .route(
            "/rounds/{id}/talks/{class}/{talk}/video",
            get(video::play)
                .post(video::upload)
                .layer(video_upload())
                .layer(uploads.clone()),
        )
        .route("/rounds/{id}/talks/{class}/{talk}/video/delete", post(video::remove))
        .route(
            "/rounds/{id}/talks/{class}/{talk}/video/show",
            post(video::show_in_conference),
        )
        .route("/rounds/{id}/talks/{class}/{talk}/report", post(report::save_notes))
        .route(
            "/rounds/{id}/talks/{class}/{talk}/report/file",
            get(report::file)
                .post(report::upload_file)
                .layer(file_upload())
                .layer(uploads.clone()),
        )
        .route(
            "/rounds/{id}/talks/{class}/{talk}/report/file/delete",
            post(report::remove_file),
        )
        .route(
            "/rounds/{id}/talks/{class}/{talk}/portfolio",
            post(portfolio::add).layer(file_upload()).layer(uploads.clone()),
        )
        .route(
            "/rounds/{id}/talks/{class}/{talk}/portfolio/{item}",
            get(portfolio::file),
        )
        .route(
            "/rounds/{id}/talks/{class}/{talk}/portfolio/{item}/approve",
            post(portfolio::approve),
        )
        .route(
            "/rounds/{id}/talks/{class}/{talk}/portfolio/{item}/delete",
            post(portfolio::remove),
        )
        // Staff: the KOM conversation — preparation, the child's screen and the teacher's
        // panel, the conversation frame, the family's summary
        .route("/rounds/{id}/prepare/{child}", get(prepare::show).post(prepare::save))
        .route("/rounds/{id}/prepare/{child}/print", get(prepare::print))
        .route("/rounds/{id}/slots/{class}/prepare", get(prepare::print_class))
        .route("/rounds/{id}/conference/{child}", get(screen::show))
        .route("/rounds/{id}/conference/{child}/panel", get(screen::panel))
        .route("/rounds/{id}/frame/{child}", get(frame::show).post(frame::save))
        .route("/rounds/{id}/frame/{child}/agreements", post(frame::add_agreement))
        .route(
            "/rounds/{id}/frame/{child}/agreements/{agreement}",
            post(frame::update_agreement),
        )
        .route("/rounds/{id}/frame/{child}/send", post(summary::send))
        .route("/rounds/{id}/slots/{class}/summaries", get(summary::class_print))
        .route("/rounds/{id}/slots/{class}/summaries.pdf", get(summary::class_pdf))
        // School admin
        .route("/school", get(settings::show).post(settings::rename))
        .route("/school/years", post(settings::add_year))
        .route("/school/videos", post(settings::save_video_limits))
        .route("/school/mail", post(settings::save_quiet_hours))
        .route("/school/instruments", get(instrument_settings::school_show))
        .route(
            "/school/instruments/grid",
            post(instrument_settings::forms::school_save_grid),
        )
        .route(
            "/school/instruments/{kind}",
            post(instrument_settings::forms::school_save),
        )
        .route("/school/study-choice", get(study_choice::show).post(study_choice::add))
        .route("/school/study-choice/{id}/delete", post(study_choice::remove))
        .route("/school/privacy", get(privacy::show))
        .route("/school/privacy/audit.csv", get(privacy::csv))
        .route("/school/privacy/retention", get(retention::show).post(retention::save))
        .route(
            "/school/calendar",
            get(school_calendar::show).post(school_calendar::add),
        )
        .route("/school/calendar/{id}/delete", post(school_calendar::remove))
        .route("/school/outbox", get(school_outbox::show))
        .route("/school/outbox/{mail}/retry", post(school_outbox::retry))
        .route("/staff", get(accounts::list).post(accounts::create))
        .route("/staff/new", get(accounts::new))
        .route("/staff/{id}", post(accounts::update))
        .route("/staff/{id}/edit", get(accounts::edit))
        .route("/staff/{id}/active", post(accounts::set_active))
        .route("/staff/{id}/sessions", post(accounts::end_sessions))
        .route("/staff/{id}/two-factor/off", post(accounts::factor_off))
        .route("/school/privacy/two-factor", post(privacy::require_two_factor))
        .route("/school/privacy/consent", get(consent_register::show))
        .fallback(|| async { error_response(StatusCode::NOT_FOUND) })
        .method_not_allowed_fallback(|| async { error_response(StatusCode::METHOD_NOT_ALLOWED) })
        .layer(CatchPanicLayer::custom(headers::panicked))
        // Cross-site form posts are refused before any handler runs.
        .layer(middleware::from_fn_with_state(state.clone(), cross_site::middleware))
        .layer(middleware::from_fn_with_state(state.clone(), viewer::middleware))
        .layer(middleware::from_fn(crate::ui::page::error_pages));

    let over_https = state.config.secure_cookies();
    headers::secure(public.merge(pages), over_https).with_state(state)
}
