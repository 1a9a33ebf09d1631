-- A child is recognised by names and birth date (`person_key`). `match_key` keeps its
-- uniqueness per school but now holds that key prefixed with the child's class, so the
-- rule becomes one child per key in a class: a teacher's import sees only their own
-- classes, and a child of another class with the same names must not make it fail (that
-- would tell the teacher the child exists). The school admin's import, which sees every
-- class, finds the child by `person_key` and moves it.
ALTER TABLE child ADD COLUMN person_key TEXT NOT NULL DEFAULT '';
UPDATE child SET person_key = match_key;
UPDATE child SET match_key = COALESCE(class_id, '') || '/' || person_key;
CREATE INDEX child_person ON child (school_id, person_key);
