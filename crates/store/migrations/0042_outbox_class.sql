-- The class a mail to a guardian is about, so a class's page shows only its own mails: a
-- guardian with children in two classes gets mail about each, and each class's teacher
-- sees only theirs. Empty for mails from before, and for mails about no class.
ALTER TABLE outbox ADD COLUMN class_id TEXT;
