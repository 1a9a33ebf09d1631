//! Staff, classes, children, guardians and households.

use crate::fixtures;
use crate::on_both;
use samenspraak_core::values::Email;
use samenspraak_core::{ActorKind, Language, StaffRole};
use samenspraak_store::children::ChildFields;
use samenspraak_store::guardians::{GuardianFields, HouseholdChoice};
use samenspraak_store::staff::{AssignmentKind, NewStaff};
use samenspraak_store::{Store, StoreError, children, classes, guardians, sessions, staff};

on_both!(staff_emails_are_unique_and_found_in_any_case, async |store: Store| {
    let f = fixtures::school(&store, "De Regenboog").await;
    let email = Email::parse(f.teacher.email.as_str()).unwrap();
    let again = staff::create(
        &store,
        NewStaff {
            school: &f.school.id,
            name: "Kopie",
            email: &email,
            password_hash: "x",
            role: StaffRole::Teacher,
            language: None,
        },
    )
    .await;
    assert!(matches!(again, Err(StoreError::Conflict("email"))), "{again:?}");
    let (found, hash) = staff::find_for_login(&store, &f.teacher.email.to_uppercase())
        .await
        .unwrap()
        .unwrap();
    assert_eq!(found.id, f.teacher.id);
    assert_eq!(hash, "x");
});

on_both!(deactivating_staff_ends_their_sessions, async |store: Store| {
    let f = fixtures::school(&store, "De Regenboog").await;
    let secret = sessions::create(&store, ActorKind::Staff, f.teacher.id.as_str(), &f.school.id)
        .await
        .unwrap();
    assert!(sessions::touch(&store, &secret).await.unwrap().is_some());
    staff::set_active(
        &store,
        &f.school.id,
        &f.teacher.id,
        false,
        &samenspraak_store::audit::Who::system(&f.school.id),
    )
    .await
    .unwrap();
    assert!(sessions::touch(&store, &secret).await.unwrap().is_none());
    assert!(
        staff::actor(&store, &f.teacher.id).await.unwrap().is_none(),
        "inactive staff are no actor"
    );
});

on_both!(assignments_shape_the_actor, async |store: Store| {
    let f = fixtures::school(&store, "De Regenboog").await;
    staff::set_assignments(
        &store,
        &f.school.id,
        &f.teacher.id,
        &[
            (f.class_6a.id.clone(), AssignmentKind::Titular),
            (f.class_6b.id.clone(), AssignmentKind::CoTeacher),
        ],
        &samenspraak_store::audit::Who::system(&f.school.id),
    )
    .await
    .unwrap();
    let actor = staff::actor(&store, &f.teacher.id).await.unwrap().unwrap();
    assert_eq!(actor.classes.len(), 2);
    let teachers = classes::teachers(&store, &f.class_6a.id).await.unwrap();
    assert_eq!(teachers[0].kind, AssignmentKind::Titular);

    // A class of another school cannot be assigned.
    let other = fixtures::school(&store, "Sint-Jan").await;
    let denied = staff::set_assignments(
        &store,
        &f.school.id,
        &f.teacher.id,
        &[(other.class_6a.id.clone(), AssignmentKind::Titular)],
        &samenspraak_store::audit::Who::system(&f.school.id),
    )
    .await;
    assert!(matches!(denied, Err(StoreError::NotFound)));
    assert_eq!(
        staff::actor(&store, &f.teacher.id)
            .await
            .unwrap()
            .unwrap()
            .classes
            .len(),
        2,
        "nothing half-saved"
    );
});

on_both!(siblings_and_separated_parents, async |store: Store| {
    let f = fixtures::school(&store, "De Regenboog").await;
    let child = |first: &'static str, class| ChildFields {
        class: Some(class),
        first_name: first,
        last_name: "Peeters",
        birth_date: None,
    };
    let lotte = children::create(&store, &f.school.id, child("Lotte", &f.class_6a.id))
        .await
        .unwrap();
    let mats = children::create(&store, &f.school.id, child("Mats", &f.class_6b.id))
        .await
        .unwrap();
    let mama_email = Email::parse("els@example.be").unwrap();
    let mama = guardians::create(
        &store,
        &f.school.id,
        &lotte.id,
        GuardianFields {
            name: "Els Peeters",
            email: Some(&mama_email),
            phone: None,
            language: Language::Nl,
            right_to_info: true,
            interpreter: false,
        },
        HouseholdChoice::New,
    )
    .await
    .unwrap();
    let papa = guardians::create(
        &store,
        &f.school.id,
        &lotte.id,
        GuardianFields {
            name: "Koen Peeters",
            email: None,
            phone: Some("0470 11 22 33"),
            language: Language::Fr,
            right_to_info: true,
            interpreter: false,
        },
        HouseholdChoice::New,
    )
    .await
    .unwrap();
    assert_ne!(
        mama.household_id, papa.household_id,
        "separated parents are two households"
    );
    sqlx::query("INSERT INTO child_guardian (child_id, guardian_id) VALUES ($1, $2)")
        .bind(mats.id.as_str())
        .bind(mama.id.as_str())
        .execute(store.pool())
        .await
        .unwrap();
    let sibs = guardians::siblings(&store, &lotte.id).await.unwrap();
    assert_eq!(sibs.iter().map(|c| c.first_name.as_str()).collect::<Vec<_>>(), ["Mats"]);
    assert_eq!(guardians::of_child(&store, &lotte.id).await.unwrap().len(), 2);
    assert_eq!(guardians::children_of(&store, &mama.id).await.unwrap().len(), 2);
    assert_eq!(
        classes::get(&store, &f.school.id, &f.class_6a.id)
            .await
            .unwrap()
            .children,
        1
    );
});

on_both!(nothing_crosses_schools, async |store: Store| {
    let a = fixtures::school(&store, "De Regenboog").await;
    let b = fixtures::school(&store, "Sint-Jan").await;
    let kid = children::create(
        &store,
        &a.school.id,
        ChildFields {
            class: Some(&a.class_6a.id),
            first_name: "Amira",
            last_name: "El Amrani",
            birth_date: None,
        },
    )
    .await
    .unwrap();
    assert!(matches!(
        children::get(&store, &b.school.id, &kid.id).await,
        Err(StoreError::NotFound)
    ));
    assert!(matches!(
        classes::get(&store, &b.school.id, &a.class_6a.id).await,
        Err(StoreError::NotFound)
    ));
    assert!(matches!(
        staff::get(&store, &b.school.id, &a.teacher.id).await,
        Err(StoreError::NotFound)
    ));
    let guardian = guardians::create(
        &store,
        &b.school.id,
        &kid.id,
        GuardianFields {
            name: "Indringer",
            email: None,
            phone: None,
            language: Language::Nl,
            right_to_info: true,
            interpreter: false,
        },
        HouseholdChoice::New,
    )
    .await;
    assert!(matches!(guardian, Err(StoreError::NotFound)), "{guardian:?}");
    assert!(
        guardians::of_child(&store, &kid.id).await.unwrap().is_empty(),
        "nothing half-saved"
    );
});

on_both!(households_stay_within_their_school, async |store: Store| {
    let a = fixtures::school(&store, "De Regenboog").await;
    let b = fixtures::school(&store, "Sint-Jan").await;
    fn kid(s: &fixtures::Fixture) -> ChildFields<'_> {
        ChildFields {
            class: Some(&s.class_6a.id),
            first_name: "Nina",
            last_name: "Claes",
            birth_date: None,
        }
    }
    let ka = children::create(&store, &a.school.id, kid(&a)).await.unwrap();
    let kb = children::create(&store, &b.school.id, kid(&b)).await.unwrap();
    let fields = || GuardianFields {
        name: "Ouder",
        email: None,
        phone: None,
        language: Language::Nl,
        right_to_info: true,
        interpreter: false,
    };
    let ga = guardians::create(&store, &a.school.id, &ka.id, fields(), HouseholdChoice::New)
        .await
        .unwrap();
    let gb = guardians::create(&store, &b.school.id, &kb.id, fields(), HouseholdChoice::New)
        .await
        .unwrap();
    // Moving a guardian into another school's household is refused and changes nothing.
    let moved = guardians::move_household(
        &store,
        &a.school.id,
        &ga.id,
        HouseholdChoice::Existing(&gb.household_id),
    )
    .await;
    assert!(matches!(moved, Err(StoreError::NotFound)));
    assert_eq!(
        guardians::get(&store, &a.school.id, &ga.id).await.unwrap().household_id,
        ga.household_id
    );
    guardians::move_household(&store, &a.school.id, &ga.id, HouseholdChoice::New)
        .await
        .unwrap();
    assert_ne!(
        guardians::get(&store, &a.school.id, &ga.id).await.unwrap().household_id,
        ga.household_id
    );
    // Linking a child of another school is refused too.
    assert!(matches!(
        guardians::link_child(&store, kb.id.as_str(), ga.id.as_str()).await,
        Err(StoreError::NotFound)
    ));
});
