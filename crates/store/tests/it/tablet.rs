//! The class tablet's codes and the instrument templates, on both databases.

use crate::fixtures;
use crate::on_both;
use samenspraak_core::instrument_template::{Kind, Template};
use samenspraak_core::tablet::normalize_class_code;
use samenspraak_store::children::{self, ChildFields};
use samenspraak_store::{Store, instrument_templates, login_limits, tablet};

on_both!(
    class_codes_are_one_per_class_and_renewing_retires_the_old,
    async |store: Store| {
        let f = fixtures::school(&store, "Tablet").await;
        let a = tablet::class_code(&store, &f.class_6a.id).await.unwrap();
        assert_eq!(
            tablet::class_code(&store, &f.class_6a.id).await.unwrap(),
            a,
            "made once"
        );
        assert_eq!(normalize_class_code(&a), Some(a.clone()));
        let b = tablet::class_code(&store, &f.class_6b.id).await.unwrap();
        assert_ne!(a, b);
        let found = tablet::class_by_code(&store, &a).await.unwrap().unwrap();
        assert_eq!(
            (found.class_id, found.class_name),
            (f.class_6a.id.clone(), "6A".to_string())
        );
        let renewed = tablet::renew_class_code(&store, &f.class_6a.id).await.unwrap();
        assert_ne!(renewed, a);
        assert!(tablet::class_by_code(&store, &a).await.unwrap().is_none());
    }
);

on_both!(a_new_picture_code_forgives_the_wrong_tries, async |store: Store| {
    let f = fixtures::school(&store, "Prentjes").await;
    let child = children::create(
        &store,
        &f.school.id,
        ChildFields {
            class: Some(&f.class_6a.id),
            first_name: "Noor",
            last_name: "Peeters",
            birth_date: None,
        },
    )
    .await
    .unwrap();
    let codes = tablet::picture_codes(&store, &f.class_6a.id).await.unwrap();
    assert_eq!(codes.len(), 1);
    let code = codes[0].1;
    assert!(tablet::picture_code_matches(&store, &child.id, code).await.unwrap());
    let attempt = login_limits::Attempt::Pictures {
        child: &child.id,
        class: &f.class_6a.id,
    };
    for _ in 0..login_limits::PICTURES_PER_CHILD {
        login_limits::record_failure(&store, attempt, "10.0.0.1").await.unwrap();
    }
    assert!(matches!(
        login_limits::check(&store, attempt, "10.0.0.2").await.unwrap(),
        login_limits::Verdict::Locked { .. }
    ));
    tablet::reset_picture_code(&store, &child.id).await.unwrap();
    assert_eq!(
        login_limits::check(&store, attempt, "10.0.0.2").await.unwrap(),
        login_limits::Verdict::Allowed
    );
});

on_both!(a_class_follows_its_school_until_it_chooses, async |store: Store| {
    let f = fixtures::school(&store, "Instrumenten").await;
    let (school, class) = (&f.school.id, &f.class_6a.id);
    let effective = || instrument_templates::effective(&store, school, class, Kind::Smileys);
    assert_eq!(effective().await.unwrap(), Template::default_for(Kind::Smileys));

    let offered = Template::default_for(Kind::Smileys).items;
    let ticked = vec!["friends".to_string(), "like_school".to_string()];
    let of_school = Template::choose(Kind::Smileys, &offered, &ticked, "Ik durf te zeggen wat ik denk.").unwrap();
    instrument_templates::set_for_school(&store, school, &of_school)
        .await
        .unwrap();
    assert_eq!(effective().await.unwrap(), of_school);

    let mine = Template::choose(
        Kind::Smileys,
        &of_school.items,
        &["friends".to_string()],
        "Ik luister naar anderen.\nIk ben blij in de klas.",
    )
    .unwrap();
    instrument_templates::set_for_class(&store, class, &mine).await.unwrap();
    assert_eq!(effective().await.unwrap(), mine);
    instrument_templates::clear_for_class(&store, class, Kind::Smileys)
        .await
        .unwrap();
    assert_eq!(effective().await.unwrap(), of_school, "back to the school's");
});
