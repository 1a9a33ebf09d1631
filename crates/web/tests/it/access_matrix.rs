//! Access proven from the router itself. Every route `routes/mod.rs` declares (method and
//! path) must have a row in [`row`], or this test fails: a new page cannot be added without
//! saying who may open it. Each row is asked by fourteen roles — school A's admin, 6A's
//! teacher and co-teacher, 6B's teacher, the care coordinator, 6A's guardian, 6B's
//! guardian, a guardian without a right to information, the child on the tablet, another
//! child, someone signed out, and school B's admin, teacher and care coordinator — and
//! what each gets is checked: allowed, refused (403 or 404), or sent to sign in. A refused
//! request shows no data of 6A's child and changes no table. Refusals of forms are sent for
//! real; a form a role may send is not (it would change the world the next row is asked
//! in): those are covered by the tests of each page.

use crate::on_both;
use crate::support::{Client, TestApp};
use samenspraak_core::ActorKind;
use samenspraak_core::ids::{ChildId, GuardianId};
use samenspraak_core::values::Email;
use samenspraak_core::{Language, StaffRole};
use samenspraak_store::guardians::{GuardianFields, HouseholdChoice};
use samenspraak_store::staff::{AssignmentKind, NewStaff};
use samenspraak_store::{children, guardians, sessions, staff};
use std::collections::BTreeMap;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Role {
    Admin,
    Teacher,
    CoTeacher,
    OtherTeacher,
    Care,
    Guardian,
    OtherGuardian,
    NoRightGuardian,
    Child,
    OtherChild,
    SignedOut,
    BAdmin,
    BTeacher,
    BCare,
}

const ROLES: [Role; 14] = [
    Role::Admin,
    Role::Teacher,
    Role::CoTeacher,
    Role::OtherTeacher,
    Role::Care,
    Role::Guardian,
    Role::OtherGuardian,
    Role::NoRightGuardian,
    Role::Child,
    Role::OtherChild,
    Role::SignedOut,
    Role::BAdmin,
    Role::BTeacher,
    Role::BCare,
];

/// Who a route is for.
#[derive(Debug, Clone, Copy)]
enum Audience {
    /// Anyone, signed in or not.
    Public,
    /// 6A's child's guardians only, about that child.
    Family,
    /// Any guardian signed in (their own portal).
    Portal,
    /// The child signed in on the class tablet, their own talk.
    Tablet,
    /// Staff of school A; the letters say who of them: a = admin, t = 6A's teacher,
    /// k = 6A's co-teacher, o = 6B's teacher, c = care coordinator. `bound` when the path
    /// names a resource of school A (then school B's staff are refused; else they get their
    /// own school's page).
    Staff { who: &'static str, bound: bool },
    /// The site's address: the staff start page; a guardian or a child is sent on to their
    /// own start page.
    Start,
}

/// What a role must get.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Expect {
    Allowed,
    Refused,
    /// Redirected to the sign-in page that starts with this path.
    SignIn(&'static str),
    /// Anything but a server error, and nothing of 6A's child in it (their own page).
    OwnOnly,
}

fn staff(who: &'static str, bound: bool) -> Audience {
    Audience::Staff { who, bound }
}

/// The access matrix: a row for every route of the router. A route without one fails the
/// test, so the matrix can never fall behind the router.
fn row(method: &str, path: &str) -> Option<Audience> {
    use Audience::*;
    let post = method == "POST";
    Some(match path {
        // `/csp-report` takes what browsers report.
        "/healthz"
        | "/readyz"
        | "/csp-report"
        | "/static/{file}"
        | "/feed/{secret}"
        | "/login"
        | "/login/code"
        | "/login/enrol"
        | "/logout"
        | "/language"
        | "/i/{token}"
        | "/code"
        | "/tablet"
        | "/tablet/done"
        | "/tablet/{code}"
        | "/tablet/{code}/{child}"
        // Only turns an old address of a summary mail into its new one.
        | "/family/conversation/{*rest}" => Public,
        "/family" | "/family/done" => Portal,
        p if p.starts_with("/family/") => Family,
        p if p.starts_with("/tablet/talk") => Tablet,
        // Every member of staff: their own home, calendar and lists.
        "/" => Start,
        "/calendar" | "/calendar/stop" => staff("atkoc", false),
        p if p.starts_with("/account") => staff("atkoc", false),
        "/classes" | "/rounds" | "/children" if !post => staff("atkoc", false),
        "/classes" | "/children" => staff("a", false),
        "/rounds" | "/rounds/new" => staff("atko", false),
        "/classes/new" | "/children/new" => staff("a", false),
        "/import" | "/import/example.csv" => staff("atko", false),
        // Only its uploader's: any other id goes back to the upload page.
        "/import/{id}" => staff("atko", false),
        "/school"
        | "/school/years"
        | "/school/videos"
        | "/school/mail"
        | "/school/instruments"
        | "/school/study-choice"
        | "/school/privacy"
        | "/school/privacy/audit.csv"
        | "/school/privacy/retention"
        | "/school/calendar"
        | "/school/outbox"
        | "/school/privacy/two-factor"
        | "/school/privacy/consent"
        | "/school/instruments/grid"
        | "/school/instruments/{kind}" => staff("a", false),
        "/school/study-choice/{id}/delete" | "/school/calendar/{id}/delete" => staff("a", true),
        "/school/outbox/{mail}/retry" => staff("a", false),
        "/staff" | "/staff/new" => staff("a", false),
        "/staff/{id}"
        | "/staff/{id}/edit"
        | "/staff/{id}/active"
        | "/staff/{id}/sessions"
        | "/staff/{id}/two-factor/off" => staff("a", true),
        // A class, its children and their guardians.
        "/classes/{id}" if !post => staff("atkc", true),
        "/classes/{id}" | "/classes/{id}/edit" => staff("a", true),
        "/children/{id}" if !post => staff("atkc", true),
        "/children/{id}/edit" | "/children/{id}" => staff("a", true),
        "/children/{id}/export" | "/children/{id}/erase" => staff("a", true),
        "/children/{id}/consent" | "/children/{id}/consent/withdraw" => staff("atk", true),
        "/children/{id}/as-guardian/{guardian}" => staff("atk", true),
        "/children/{id}/guardians" | "/children/{id}/guardians/new" => staff("a", true),
        "/guardians/{id}" | "/guardians/{id}/edit" => staff("a", true),
        "/classes/{id}/agreements" => staff("atkc", true),
        // A round: its page is for whoever teaches one of its classes; its settings are
        // the school admin's.
        "/rounds/{id}" if !post => staff("atkoc", true),
        "/rounds/{id}"
        | "/rounds/{id}/edit"
        | "/rounds/{id}/booking-mode"
        | "/rounds/{id}/propose"
        | "/rounds/{id}/days" => staff("a", true),
        // A teacher's own sheet across their classes: 6B's teacher has theirs too.
        "/rounds/{id}/schedule"
        | "/rounds/{id}/schedule.pdf"
        | "/rounds/{id}/schedule/door"
        | "/rounds/{id}/schedule/door.pdf" => staff("atko", true),
        // A class's work in a round and its conversations: its teachers and the admin.
        p if p.starts_with("/rounds/{id}/") && (p.contains("{class}") || p.contains("{child}")) => staff("atk", true),
        p if p.starts_with("/classes/{id}/") => staff("atk", true),
        _ => return None,
    })
}

fn expect(audience: Audience, role: Role) -> Expect {
    use Expect::*;
    use Role::*;
    match audience {
        Audience::Public => OwnOnly,
        Audience::Family => match role {
            Guardian => Allowed,
            NoRightGuardian | SignedOut => SignIn("/code"),
            _ => Refused,
        },
        Audience::Portal => match role {
            Guardian => Allowed,
            NoRightGuardian | SignedOut => SignIn("/code"),
            _ => OwnOnly,
        },
        Audience::Start => match role {
            Guardian | OtherGuardian | Child | OtherChild => OwnOnly,
            _ => expect(staff("atkoc", false), role),
        },
        Audience::Tablet => match role {
            Child => Allowed,
            NoRightGuardian | SignedOut => SignIn("/tablet"),
            _ => OwnOnly,
        },
        Audience::Staff { who, bound } => {
            let letter = match role {
                Admin => Some('a'),
                Teacher => Some('t'),
                CoTeacher => Some('k'),
                OtherTeacher => Some('o'),
                Care => Some('c'),
                _ => None,
            };
            match (role, letter) {
                (_, Some(l)) if who.contains(l) => Allowed,
                (_, Some(_)) => Refused,
                (NoRightGuardian | SignedOut, None) => SignIn("/login"),
                (BAdmin | BTeacher | BCare, None) if !bound => OwnOnly,
                _ => Refused,
            }
        }
    }
}

/// Every route in `routes/mod.rs`: (method, path), read from the source the router is
/// built from.
fn routes() -> Vec<(String, String)> {
    let source = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/src/routes/mod.rs")).unwrap();
    let mut out = Vec::new();
    let mut rest = source.as_str();
    while let Some(at) = rest.find(".route(") {
        rest = &rest[at + ".route(".len()..];
        let open = rest.find('"').unwrap();
        let close = open + 1 + rest[open + 1..].find('"').unwrap();
        let path = rest[open + 1..close].to_string();
        // The handlers: up to the parenthesis that closes `.route(`.
        let mut depth = 1;
        let mut end = close;
        for (i, c) in rest[close..].char_indices() {
            match c {
                '(' => depth += 1,
                ')' => {
                    depth -= 1;
                    if depth == 0 {
                        end = close + i;
                        break;
                    }
                }
                _ => {}
            }
        }
        let handlers = &rest[close..end];
        for method in ["get", "post", "put", "delete", "patch"] {
            let calls = handlers
                .match_indices(&format!("{method}("))
                .any(|(i, _)| i == 0 || !handlers[..i].ends_with(|c: char| c.is_alphanumeric() || c == '_'));
            if calls {
                out.push((method.to_uppercase(), path.clone()));
            }
        }
        rest = &rest[end..];
    }
    out
}

/// A path of school A for a route: every `{param}` filled in with a resource of 6A (or a
/// made-up id where the matrix needs none).
fn concrete(app: &TestApp, path: &str, talk: &str, class_code: &str) -> String {
    let a = &app.world.a;
    let id = if path.starts_with("/classes/") {
        a.class_6a.to_string()
    } else if path.starts_with("/children/") {
        a.child_6a.to_string()
    } else if path.starts_with("/guardians/") {
        a.guardian_6a.to_string()
    } else if path.starts_with("/rounds/") {
        a.round.to_string()
    } else if path.starts_with("/staff/") {
        a.teacher_id.to_string()
    } else {
        "x0x0x0x0x0x0x0x0".to_string()
    };
    path.replace("{id}", &id)
        .replace("{class}", a.class_6a.as_str())
        .replace("{child}", a.child_6a.as_str())
        .replace("{round}", a.round.as_str())
        .replace("{guardian}", a.guardian_6a.as_str())
        .replace("{talk}", talk)
        .replace("{code}", class_code)
        .replace("{token}", &"0".repeat(64))
        .replace("{kind}", "smileys")
        .replace("{file}", "nothing.css")
        .replace("{secret}", &"0".repeat(64))
        .replace("{item}", "x0x0x0x0x0x0x0x0")
        .replace("{entry}", "x0x0x0x0x0x0x0x0")
        .replace("{slot}", "x0x0x0x0x0x0x0x0")
        .replace("{moment}", "x0x0x0x0x0x0x0x0")
        .replace("{activity}", "x0x0x0x0x0x0x0x0")
        .replace("{agreement}", "x0x0x0x0x0x0x0x0")
        .replace("{mail}", "x0x0x0x0x0x0x0x0")
        .replace("{*rest}", &format!("{}/{}", a.round, a.child_6a))
}

/// A client signed in on a session made in the store: for roles no form signs in.
async fn session_of(app: &TestApp, kind: ActorKind, id: &str, school: &samenspraak_core::ids::SchoolId) -> Client {
    let secret = sessions::create(&app.store, kind, id, school).await.unwrap();
    let c = app.client();
    c.set_cookie("sid", &secret);
    c
}

async fn guardian_of(app: &TestApp, child: &ChildId, name: &str, right_to_info: bool) -> GuardianId {
    guardians::create(
        &app.store,
        &app.world.a.id,
        child,
        GuardianFields {
            name,
            email: None,
            phone: None,
            language: Language::Nl,
            right_to_info,
            interpreter: false,
        },
        HouseholdChoice::New,
    )
    .await
    .unwrap()
    .id
}

async fn clients(app: &TestApp) -> BTreeMap<Role, Client> {
    let (a, b) = (&app.world.a, &app.world.b);
    let mut out = BTreeMap::new();
    // 6A's co-teacher and 6B's teacher.
    for (email, kind, class) in [
        ("coteacher@a.example", AssignmentKind::CoTeacher, &a.class_6a),
        ("teacher6b@a.example", AssignmentKind::Titular, &a.class_6b),
    ] {
        let m = staff::create(
            &app.store,
            NewStaff {
                school: &a.id,
                name: email,
                email: &Email::parse(email).unwrap(),
                password_hash: "x",
                role: StaffRole::Teacher,
                language: None,
            },
        )
        .await
        .unwrap();
        staff::set_assignments(
            &app.store,
            &a.id,
            &m.id,
            &[(class.clone(), kind)],
            &samenspraak_store::audit::Who::system(&a.id),
        )
        .await
        .unwrap();
        let role = if kind == AssignmentKind::CoTeacher {
            Role::CoTeacher
        } else {
            Role::OtherTeacher
        };
        out.insert(role, session_of(app, ActorKind::Staff, m.id.as_str(), &a.id).await);
    }
    let other_guardian = guardian_of(app, &a.child_6b, "Ouder van Lotte", true).await;
    let no_right = guardian_of(app, &a.child_6a, "Ouder zonder recht", false).await;
    out.insert(Role::Admin, app.signed_in(&a.admin).await);
    out.insert(Role::Teacher, app.signed_in(&a.teacher).await);
    out.insert(Role::Care, app.signed_in(&a.care).await);
    out.insert(Role::Guardian, app.signed_in_guardian().await);
    out.insert(
        Role::OtherGuardian,
        session_of(app, ActorKind::Guardian, other_guardian.as_str(), &a.id).await,
    );
    out.insert(
        Role::NoRightGuardian,
        session_of(app, ActorKind::Guardian, no_right.as_str(), &a.id).await,
    );
    out.insert(Role::Child, app.signed_in_child(&a.child_6a).await);
    out.insert(
        Role::OtherChild,
        session_of(app, ActorKind::Child, a.child_6b.as_str(), &a.id).await,
    );
    out.insert(Role::SignedOut, app.client());
    out.insert(Role::BAdmin, app.signed_in(&b.admin).await);
    out.insert(Role::BTeacher, app.signed_in(&b.teacher).await);
    out.insert(Role::BCare, app.signed_in(&b.care).await);
    out
}

/// Forms that end the sender's own session, whoever sends them.
const SIGN_OUTS: [&str; 3] = ["/logout", "/tablet/done", "/family/done"];

/// Tables a request may change even when it is refused: the visitor's session is touched,
/// a failed try is counted.
const BOOKKEEPING: [&str; 2] = ["user_session", "login_failure"];

async fn state(app: &TestApp) -> BTreeMap<String, Vec<String>> {
    let mut s = samenspraak_store::testing::snapshot(&app.store).await;
    s.retain(|t, _| !BOOKKEEPING.contains(&t.as_str()));
    s
}

on_both!(every_route_of_the_router_for_every_role, async |app: &TestApp| {
    let a = &app.world.a;
    let teacher = app.signed_in(&a.teacher).await;
    let (talk, _) = app.first_planned_talk(&teacher).await;
    let class_code = samenspraak_store::tablet::class_code(&app.store, &a.class_6a)
        .await
        .unwrap();
    let clients = clients(app).await;
    let child = children::get(&app.store, &a.id, &a.child_6a).await.unwrap();
    // Words that appear only on pages about 6A's child, and for school B's staff anything
    // of school A.
    let secrets_for = |role: Role| -> Vec<String> {
        // The child and her guardian see her name on every page (the header says who is in).
        let mut s = Vec::new();
        if !matches!(role, Role::Child | Role::Guardian) {
            s.push(child.full_name());
        }
        if matches!(role, Role::BAdmin | Role::BTeacher | Role::BCare) {
            s.push(a.marker.to_string());
        }
        s
    };

    let routes = routes();
    assert!(routes.len() > 150, "the router's routes are read: {}", routes.len());
    let missing: Vec<String> = routes
        .iter()
        .filter(|(m, p)| row(m, p).is_none())
        .map(|(m, p)| format!("{m} {p}"))
        .collect();
    assert!(
        missing.is_empty(),
        "routes without a row in the access matrix: {missing:#?}"
    );

    let (mut cases, mut sent, mut refused) = (0, 0, 0);
    for (method, template) in &routes {
        let audience = row(method, template).unwrap();
        let path = concrete(app, template, &talk.id, &class_code);
        let is_post = method == "POST";
        // The roles that may not are asked first, with every table compared around them;
        // then the roles that may, here or in their own school (a page they open may note
        // that they did).
        let refusal = |e: Expect| matches!(e, Expect::Refused | Expect::SignIn(_));
        let (others, allowed): (Vec<Role>, Vec<Role>) = ROLES.into_iter().partition(|r| refusal(expect(audience, *r)));
        cases += ROLES.len();
        let before = state(app).await;
        for role in others.iter().chain(&allowed) {
            let role = *role;
            let expected = expect(audience, role);
            if allowed.first() == Some(&role) {
                let after = state(app).await;
                let changed: Vec<&String> = before.keys().filter(|t| before[*t] != after[*t]).collect();
                assert!(changed.is_empty(), "refused {method} {template} changed {changed:?}");
            }
            if is_post && (!refusal(expected) || SIGN_OUTS.contains(&template.as_str())) {
                // A form the role may send changes the world the next rows are asked in;
                // signing out ends only one's own session.
                continue;
            }
            let client = &clients[&role];
            let r = if is_post {
                let r = client.post_form(&path, &[]).await;
                if r.status == 400 {
                    // An upload: the same, as the multipart form it takes.
                    client.post_multipart(&path, &[("title", None, b"")]).await
                } else {
                    r
                }
            } else {
                client.get(&path).await
            };
            sent += 1;
            let what = format!("{role:?} {method} {path} ({template})");
            assert!(r.status.as_u16() < 500, "{what}: server error {}", r.status);
            let status = r.status.as_u16();
            let signs_in = |prefix: &str| status == 303 && r.location().is_some_and(|l| l.starts_with(prefix));
            match expected {
                Expect::Allowed => {
                    assert!(
                        status != 403 && !signs_in("/login") && !signs_in("/code"),
                        "{what}: must be allowed, answered {status} {:?}",
                        r.location()
                    );
                }
                Expect::Refused => {
                    refused += 1;
                    // Asked whose it is before what the form holds: an empty form too.
                    assert!(
                        [403, 404].contains(&status),
                        "{what}: must be refused, answered {status}"
                    );
                }
                Expect::SignIn(prefix) => {
                    refused += 1;
                    assert!(
                        signs_in(prefix),
                        "{what}: must sign in at {prefix}, answered {status} {:?}",
                        r.location()
                    );
                }
                Expect::OwnOnly => {}
            }
            if expected != Expect::Allowed && !matches!(audience, Audience::Public) {
                // Public pages (the tablet's first names) may show school A's children.
                for secret in &secrets_for(role) {
                    assert!(!r.body.contains(secret.as_str()), "{what}: shows {secret}");
                }
            }
        }
        if allowed.is_empty() {
            let after = state(app).await;
            let changed: Vec<&String> = before.keys().filter(|t| before[*t] != after[*t]).collect();
            assert!(changed.is_empty(), "refused {method} {template} changed {changed:?}");
        }
    }
    println!(
        "access matrix: {} routes, {cases} cases, {sent} requests sent, {refused} refused with every table unchanged",
        routes.len()
    );
    assert!(cases >= 2000, "{cases} cases");
});
