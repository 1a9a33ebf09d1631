//! Importing a class list the way a school does: a file with a mistake, the preview that
//! says what is wrong, the fixed file, the confirmation — and nothing saved before it.

use crate::on_both;
use crate::support::TestApp;
use samenspraak_store::{children, classes, guardians};
use std::io::Write;

const BAD: &str = "Klas;Voornaam;Naam;Geboortedatum;Ouder 1 naam;Ouder 1 e-mail;Ouder 1 taal\n\
6A;Noor;Aerts;02/05/2015;Els Aerts;els.aerts@example.be;Nederlands\n\
6A;Mehdi;Azzouzi;31/02/2015;Nadia Azzouzi;nadia@example;Arabisch\n";

const GOOD: &str = "Klas;Voornaam;Naam;Geboortedatum;Ouder 1 naam;Ouder 1 e-mail;Ouder 1 taal\n\
6A;Noor;Aerts;02/05/2015;Els Aerts;els.aerts@example.be;Nederlands\n\
6A;Mehdi;Azzouzi;28/02/2015;Nadia Azzouzi;nadia@example.be;Arabisch\n";

async fn count_6a(app: &TestApp) -> usize {
    children::in_class(&app.store, &app.world.a.class_6a)
        .await
        .unwrap()
        .len()
}

on_both!(
    a_bad_row_is_explained_then_the_fixed_file_imports,
    async |app: &TestApp| {
        let teacher = app.signed_in(&app.world.a.teacher).await;
        let before = count_6a(app).await;

        let r = teacher.post_file("/import", "file", "klas6a.csv", BAD.as_bytes()).await;
        assert_eq!(r.status, 303);
        let preview_url = r.location().unwrap().to_string();
        let preview = teacher.get(&preview_url).await;
        assert_eq!(preview.status, 200);
        assert!(
            preview.body.contains("Er zijn 2 problemen in het bestand"),
            "{}",
            preview.body
        );
        assert!(
            preview
                .body
                .contains("<strong>Regel 3:</strong> Geboortedatum: „31/02/2015” — dat is geen bestaande datum.")
        );
        assert!(
            preview
                .body
                .contains("Ouder 1: e-mail: „nadia@example” — dat is geen geldig e-mailadres.")
        );
        assert!(
            !preview.body.contains(&format!("action=\"{preview_url}\"")),
            "no confirm button while there are problems"
        );
        // Confirming anyway (a crafted post) saves nothing.
        let r = teacher.post_form(&preview_url, &[]).await;
        assert_eq!(r.location(), Some(preview_url.as_str()));
        assert_eq!(count_6a(app).await, before, "nothing saved before the file is right");

        let r = teacher
            .post_file("/import", "file", "klas6a.csv", GOOD.as_bytes())
            .await;
        let preview_url = r.location().unwrap().to_string();
        let preview = teacher.get(&preview_url).await;
        assert!(
            preview
                .body
                .contains("Alles ziet er goed uit: 2 nieuwe leerlingen, 0 leerlingen die al gekend zijn"),
            "{}",
            preview.body
        );
        assert!(preview.body.contains("Bevestigen en 2 leerlingen inlezen"));
        let done = teacher.post_form(&preview_url, &[]).await;
        assert_eq!(done.status, 200);
        assert!(done.body.contains("2 nieuwe leerlingen"));
        assert_eq!(count_6a(app).await, before + 2);
        // A second click on the same confirmation does nothing twice.
        let again = teacher.post_form(&preview_url, &[]).await;
        assert_eq!(again.status, 303);
        assert_eq!(count_6a(app).await, before + 2);

        // The same list next week updates instead of duplicating.
        let r = teacher
            .post_file("/import", "file", "klas6a.csv", GOOD.as_bytes())
            .await;
        let preview_url = r.location().unwrap().to_string();
        let preview = teacher.get(&preview_url).await;
        assert!(
            preview
                .body
                .contains("0 nieuwe leerlingen, 2 leerlingen die al gekend zijn"),
            "{}",
            preview.body
        );
        teacher.post_form(&preview_url, &[]).await;
        assert_eq!(count_6a(app).await, before + 2);
        let mehdi = children::in_class(&app.store, &app.world.a.class_6a)
            .await
            .unwrap()
            .into_iter()
            .find(|c| c.first_name == "Mehdi")
            .unwrap();
        let g = guardians::of_child(&app.store, &mehdi.id).await.unwrap();
        assert_eq!(g.len(), 1);
        assert_eq!(g[0].language, samenspraak_core::Language::Ar);
    }
);

on_both!(a_teacher_imports_only_into_their_own_class, async |app: &TestApp| {
    let teacher = app.signed_in(&app.world.a.teacher).await;
    let csv = "Klas,Voornaam,Naam\n6A,Jonas,Aerts\n6B,Fleur,Aerts\n7Z,Tibo,Aerts\n";
    let r = teacher.post_file("/import", "file", "lijst.csv", csv.as_bytes()).await;
    let preview = teacher.get(r.location().unwrap()).await;
    assert!(
        preview.body.contains("Klas „6B” is niet jouw klas."),
        "{}",
        preview.body
    );
    assert!(preview.body.contains("Klas „7Z” is niet jouw klas."));

    // The school admin may, and new classes are made for them.
    let admin = app.signed_in(&app.world.a.admin).await;
    let r = admin.post_file("/import", "file", "lijst.csv", csv.as_bytes()).await;
    let url = r.location().unwrap().to_string();
    let preview = admin.get(&url).await;
    assert!(
        preview
            .body
            .contains("Deze klassen bestaan nog niet en worden aangemaakt: 7Z."),
        "{}",
        preview.body
    );
    admin.post_form(&url, &[]).await;
    let year = samenspraak_store::schools::current_year(
        &app.store,
        &app.world.a.id,
        samenspraak_core::time::today(samenspraak_store::now()),
    )
    .await
    .unwrap()
    .unwrap();
    let names: Vec<String> = classes::list(&app.store, &app.world.a.id, &year.id)
        .await
        .unwrap()
        .into_iter()
        .map(|c| c.name)
        .collect();
    assert_eq!(names, ["6A", "6B", "7Z"]);
});

on_both!(
    windows_1252_and_xlsx_read_like_the_school_wrote_them,
    async |app: &TestApp| {
        let admin = app.signed_in(&app.world.a.admin).await;
        let latin1 = b"Klas;Voornaam;Naam\r\n6A;Chlo\xe9;Fran\xe7ois\r\n";
        let r = admin.post_file("/import", "file", "excel.csv", latin1).await;
        let preview = admin.get(r.location().unwrap()).await;
        assert!(preview.body.contains("Chloé François"), "{}", preview.body);

        let xlsx = xlsx(&[
            &[
                "Class",
                "First name",
                "Last name",
                "Date of birth",
                "Guardian 1 name",
                "Guardian 1 phone",
            ],
            &["6A", "Zoë", "Aerts", "2015-04-01", "Marc Aerts", "0470 11 22 33"],
        ]);
        let r = admin.post_file("/import", "file", "klas.xlsx", &xlsx).await;
        let url = r.location().unwrap().to_string();
        let preview = admin.get(&url).await;
        assert!(
            preview.body.contains("Zoë Aerts") && preview.body.contains("Marc Aerts"),
            "{}",
            preview.body
        );
        admin.post_form(&url, &[]).await;
        let kids = children::in_class(&app.store, &app.world.a.class_6a).await.unwrap();
        let zoe = kids.iter().find(|c| c.first_name == "Zoë").expect("imported from xlsx");
        assert_eq!(zoe.birth_date, Some(jiff::civil::date(2015, 4, 1)));
    }
);

on_both!(
    no_file_or_an_empty_file_is_answered_next_to_the_field,
    async |app: &TestApp| {
        let admin = app.signed_in(&app.world.a.admin).await;
        let r = admin.post_file("/import", "file", "", b"").await;
        assert_eq!(r.status, 422);
        assert_eq!(r.text_of("file-error").as_deref(), Some("Kies eerst een bestand."));
        let r = admin.post_file("/import", "file", "leeg.csv", b"\n\n").await;
        assert_eq!(
            r.text_of("file-error").as_deref(),
            Some("Dit bestand is leeg. Kies het bestand met de klaslijst.")
        );
        let r = admin
            .post_file("/import", "file", "kapot.xlsx", b"PK\x03\x04kapot")
            .await;
        assert!(
            r.text_of("file-error")
                .unwrap()
                .starts_with("Dit rekenblad kon niet gelezen worden.")
        );
    }
);

/// A minimal XLSX workbook with inline strings, as a spreadsheet program would save it.
fn xlsx(rows: &[&[&str]]) -> Vec<u8> {
    use zip::write::SimpleFileOptions;
    let mut sheet = String::from(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>"#,
    );
    for (r, row) in rows.iter().enumerate() {
        sheet.push_str(&format!("<row r=\"{}\">", r + 1));
        for (c, cell) in row.iter().enumerate() {
            let col = (b'A' + c as u8) as char;
            sheet.push_str(&format!(
                "<c r=\"{col}{}\" t=\"inlineStr\"><is><t>{cell}</t></is></c>",
                r + 1
            ));
        }
        sheet.push_str("</row>");
    }
    sheet.push_str("</sheetData></worksheet>");
    let files = [
        (
            "[Content_Types].xml",
            r#"<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>"#.to_string(),
        ),
        (
            "_rels/.rels",
            r#"<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>"#.to_string(),
        ),
        (
            "xl/workbook.xml",
            r#"<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Klas" sheetId="1" r:id="rId1"/></sheets></workbook>"#.to_string(),
        ),
        (
            "xl/_rels/workbook.xml.rels",
            r#"<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>"#.to_string(),
        ),
        ("xl/worksheets/sheet1.xml", sheet),
    ];
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let opts = SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored);
    for (name, body) in files {
        zip.start_file(name, opts).unwrap();
        zip.write_all(body.as_bytes()).unwrap();
    }
    zip.finish().unwrap().into_inner()
}
