-- Schools, school years, classes, staff, children, guardians and households.
-- Booleans are 0/1, dates ISO text, moments Unix seconds (UTC).

CREATE TABLE school (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    created_at BIGINT NOT NULL
);

CREATE TABLE school_year (
    id TEXT PRIMARY KEY,
    school_id TEXT NOT NULL REFERENCES school (id),
    name TEXT NOT NULL,
    starts_on TEXT NOT NULL,
    ends_on TEXT NOT NULL,
    UNIQUE (school_id, name)
);

CREATE TABLE school_class (
    id TEXT PRIMARY KEY,
    school_id TEXT NOT NULL REFERENCES school (id),
    school_year_id TEXT NOT NULL REFERENCES school_year (id),
    name TEXT NOT NULL,
    grade BIGINT,
    active BIGINT NOT NULL DEFAULT 1,
    UNIQUE (school_year_id, name)
);

CREATE TABLE staff (
    id TEXT PRIMARY KEY,
    school_id TEXT NOT NULL REFERENCES school (id),
    name TEXT NOT NULL,
    email TEXT NOT NULL UNIQUE,
    password_hash TEXT NOT NULL,
    role TEXT NOT NULL,
    language TEXT,
    active BIGINT NOT NULL DEFAULT 1,
    created_at BIGINT NOT NULL
);

CREATE TABLE class_assignment (
    staff_id TEXT NOT NULL REFERENCES staff (id),
    class_id TEXT NOT NULL REFERENCES school_class (id),
    kind TEXT NOT NULL,
    PRIMARY KEY (staff_id, class_id)
);

CREATE TABLE household (
    id TEXT PRIMARY KEY,
    school_id TEXT NOT NULL REFERENCES school (id),
    created_at BIGINT NOT NULL
);

CREATE TABLE child (
    id TEXT PRIMARY KEY,
    school_id TEXT NOT NULL REFERENCES school (id),
    class_id TEXT REFERENCES school_class (id),
    first_name TEXT NOT NULL,
    last_name TEXT NOT NULL,
    birth_date TEXT,
    match_key TEXT NOT NULL,
    active BIGINT NOT NULL DEFAULT 1,
    created_at BIGINT NOT NULL,
    UNIQUE (school_id, match_key)
);
CREATE INDEX child_class ON child (class_id);

CREATE TABLE guardian (
    id TEXT PRIMARY KEY,
    school_id TEXT NOT NULL REFERENCES school (id),
    household_id TEXT NOT NULL REFERENCES household (id),
    name TEXT NOT NULL,
    email TEXT,
    phone TEXT,
    language TEXT NOT NULL,
    right_to_info BIGINT NOT NULL DEFAULT 1,
    active BIGINT NOT NULL DEFAULT 1,
    created_at BIGINT NOT NULL
);
CREATE INDEX guardian_email ON guardian (school_id, email);

CREATE TABLE child_guardian (
    child_id TEXT NOT NULL REFERENCES child (id),
    guardian_id TEXT NOT NULL REFERENCES guardian (id),
    PRIMARY KEY (child_id, guardian_id)
);
CREATE INDEX child_guardian_guardian ON child_guardian (guardian_id);
