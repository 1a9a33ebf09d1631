//! The period's report in a child talk: the teacher's observations and the report as a
//! file; the child reads both on the tablet and changes neither.

use crate::on_both;
use crate::support::TestApp;
use samenspraak_store::reports;

const PDF: &[u8] = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n";

on_both!(
    the_teacher_attaches_the_report_and_the_child_reads_it,
    async |app: &TestApp| {
        let a = &app.world.a;
        let teacher = app.signed_in(&a.teacher).await;
        let (talk, url) = app.first_planned_talk(&teacher).await;

        let r = teacher
            .post_form(
                &format!("{url}/report"),
                &[
                    ("learning", "  Werkt zelfstandig en plant goed.  "),
                    ("together", ""),
                    ("talents", "Tekent graag en goed."),
                ],
            )
            .await;
        assert_eq!(r.location(), Some(format!("{url}#report").as_str()));
        let notes = reports::notes(&app.store, &a.round, &talk.child_id).await.unwrap();
        assert_eq!(
            notes,
            vec![
                ("learning".to_string(), "Werkt zelfstandig en plant goed.".to_string()),
                ("talents".to_string(), "Tekent graag en goed.".to_string()),
            ]
        );
        // Emptying a box removes it.
        teacher
            .post_form(
                &format!("{url}/report"),
                &[("learning", "Werkt zelfstandig en plant goed."), ("talents", "")],
            )
            .await;
        assert_eq!(
            reports::notes(&app.store, &a.round, &talk.child_id)
                .await
                .unwrap()
                .len(),
            1
        );

        // Only a PDF or a picture is taken as the report.
        let r = teacher
            .post_file(
                &format!("{url}/report/file"),
                "report",
                "rapport.pdf",
                b"PK\x03\x04 a Word file",
            )
            .await;
        assert_eq!(r.status, 422);
        assert!(r.body.contains("Dat bestand kunnen we niet bewaren"));
        assert!(r.body.contains("id=\"report-file-error\""));
        let r = teacher
            .post_file(&format!("{url}/report/file"), "report", "rapport.pdf", PDF)
            .await;
        assert_eq!(r.status, 303);
        let got = teacher.get(&format!("{url}/report/file")).await;
        assert_eq!(got.header("content-type"), Some("application/pdf"));
        assert_eq!(
            got.header("content-disposition"),
            Some("attachment; filename=\"rapport.pdf\"")
        );
        assert_eq!(got.bytes, PDF);
        teacher
            .post_file(&format!("{url}/report/file"), "report", "rapport2.pdf", PDF)
            .await;
        assert_eq!(app.media_files().len(), 1, "a new report replaces the old file");

        // The child reads it on the tablet, and changes nothing.
        let kid = app.signed_in_child(&talk.child_id).await;
        let page = kid.get("/tablet/talk?step=report").await.body;
        assert!(page.contains("<dt>Leren en werken</dt><dd>Werkt zelfstandig en plant goed.</dd>"));
        assert!(!page.contains("name=\"learning\""), "no form on the tablet");
        assert_eq!(kid.get("/tablet/talk/report/file").await.bytes, PDF);
        assert_eq!(
            kid.post_form(&format!("{url}/report"), &[("learning", "Ik ben de beste")])
                .await
                .status,
            403
        );

        teacher.post_form(&format!("{url}/report/file/delete"), &[]).await;
        assert_eq!(teacher.get(&format!("{url}/report/file")).await.status, 404);
        assert!(app.media_files().is_empty());
    }
);
