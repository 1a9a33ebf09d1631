-- How long a school keeps what: its own periods, with the product's advice as defaults.
-- Child-talk notes and instruments, and the families' questionnaires and summaries, go on
-- 1 July after so many school years; sent mails after days.
ALTER TABLE school ADD COLUMN talk_keep_years BIGINT NOT NULL DEFAULT 2;
ALTER TABLE school ADD COLUMN family_keep_years BIGINT NOT NULL DEFAULT 2;
ALTER TABLE school ADD COLUMN sent_mail_keep_days BIGINT NOT NULL DEFAULT 30;
-- NULL: children who left are not erased by themselves.
ALTER TABLE school ADD COLUMN left_keep_days BIGINT DEFAULT 365;

-- When a child was marked as gone; the clock for erasing them starts here. Children
-- marked before this column existed get it at the first retention run.
ALTER TABLE child ADD COLUMN left_at BIGINT;

-- A chore that one instance of several runs at a time: who holds it, until when.
CREATE TABLE chore_lease (
    name TEXT PRIMARY KEY,
    holder TEXT NOT NULL,
    until BIGINT NOT NULL
);
