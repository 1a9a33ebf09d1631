-- The school calendar: holidays and days without school. The Flemish holidays of a school
-- year are written once, the first time the year is read (`calendar_year` remembers it), so
-- a school admin who corrects or deletes one keeps the correction.
CREATE TABLE calendar_year (
    school_id TEXT NOT NULL REFERENCES school (id) ON DELETE CASCADE,
    first_year INTEGER NOT NULL,
    PRIMARY KEY (school_id, first_year)
);
CREATE TABLE day_off (
    id TEXT PRIMARY KEY,
    school_id TEXT NOT NULL REFERENCES school (id) ON DELETE CASCADE,
    starts_on TEXT NOT NULL,
    ends_on TEXT NOT NULL,
    kind TEXT NOT NULL,
    name TEXT NOT NULL DEFAULT '',
    built_in INTEGER NOT NULL DEFAULT 0,
    CHECK (ends_on >= starts_on)
);
CREATE INDEX day_off_school ON day_off (school_id, starts_on);
