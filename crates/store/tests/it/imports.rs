//! A class list is imported whole, and importing it again updates instead of duplicating.

use crate::fixtures;
use crate::on_both;
use samenspraak_core::import::parse_class_list;
use samenspraak_store::imports::ImportScope;
use samenspraak_store::{Store, children, classes, guardians, imports};

fn table(rows: &[&str]) -> Vec<Vec<String>> {
    rows.iter().map(|r| r.split(';').map(String::from).collect()).collect()
}

const LIST: &[&str] = &[
    "Klas;Voornaam;Naam;Geboortedatum;Ouder 1 naam;Ouder 1 e-mail;Ouder 2 naam;Ouder 2 e-mail",
    "6A;Lotte;Peeters;02/05/2015;Els Peeters;els@example.be;Koen Peeters;koen@example.be",
    "6C;Mats;Peeters;11/09/2016;Els Peeters;els@example.be;;",
    "6A;Amira;El Amrani;14/03/2015;Samira Bennani;samira@example.be;;",
];

on_both!(import_then_reimport, async |store: Store| {
    let f = fixtures::school(&store, "De Regenboog").await;
    let list = parse_class_list(&table(LIST));
    assert!(list.is_importable());
    let pending = imports::save_pending(&store, &f.school.id, &f.teacher.id, "klas.csv", "x")
        .await
        .unwrap();
    let first = imports::apply(
        &store,
        &f.school.id,
        &f.year.id,
        ImportScope::School,
        &pending,
        &list.rows,
        &samenspraak_store::audit::Who::system(&f.school.id),
    )
    .await
    .unwrap();
    assert_eq!(
        (first.children_created, first.guardians_created, first.classes_created),
        (3, 3, 1)
    );
    assert!(
        imports::get_pending(&store, &f.teacher.id, &pending).await.is_err(),
        "pending import is gone"
    );

    let lotte_and_amira = children::in_class(&store, &f.class_6a.id).await.unwrap();
    assert_eq!(lotte_and_amira.len(), 2);
    let lotte = lotte_and_amira.iter().find(|c| c.first_name == "Lotte").unwrap();
    let sibs = guardians::siblings(&store, &lotte.id).await.unwrap();
    assert_eq!(sibs.len(), 1, "Mats in 6C is Lotte's brother through Els");

    let pending = imports::save_pending(&store, &f.school.id, &f.teacher.id, "klas.csv", "x")
        .await
        .unwrap();
    let second = imports::apply(
        &store,
        &f.school.id,
        &f.year.id,
        ImportScope::School,
        &pending,
        &list.rows,
        &samenspraak_store::audit::Who::system(&f.school.id),
    )
    .await
    .unwrap();
    assert_eq!(
        (
            second.children_created,
            second.children_updated,
            second.guardians_created
        ),
        (0, 3, 0)
    );
    let all: i64 = classes::list(&store, &f.school.id, &f.year.id)
        .await
        .unwrap()
        .iter()
        .map(|c| c.children)
        .sum();
    assert_eq!(all, 3, "no duplicates");
});

on_both!(a_failing_import_saves_nothing, async |store: Store| {
    let f = fixtures::school(&store, "De Regenboog").await;
    let list = parse_class_list(&table(LIST));
    let pending = imports::save_pending(&store, &f.school.id, &f.teacher.id, "klas.csv", "x")
        .await
        .unwrap();
    // Linking guardians fails after the first child and class were written.
    sqlx::query("DROP TABLE child_guardian")
        .execute(store.pool())
        .await
        .unwrap();
    let result = imports::apply(
        &store,
        &f.school.id,
        &f.year.id,
        ImportScope::School,
        &pending,
        &list.rows,
        &samenspraak_store::audit::Who::system(&f.school.id),
    )
    .await;
    assert!(result.is_err());
    assert!(
        children::in_class(&store, &f.class_6a.id).await.unwrap().is_empty(),
        "no child was kept"
    );
    assert_eq!(
        classes::list(&store, &f.school.id, &f.year.id).await.unwrap().len(),
        2,
        "no class was kept"
    );
    assert!(
        imports::get_pending(&store, &f.teacher.id, &pending).await.is_ok(),
        "the upload is still there to retry"
    );
});
