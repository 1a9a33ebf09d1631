-- Child talks (kindgesprekken): the class's weekly moments, days without talks, absences,
-- and the talks of a round. Times of day are 'HH:MM' text in school time.

ALTER TABLE round ADD COLUMN talk_minutes BIGINT NOT NULL DEFAULT 20;
ALTER TABLE round ADD COLUMN break_minutes BIGINT NOT NULL DEFAULT 5;
ALTER TABLE round ADD COLUMN talks_per_moment BIGINT NOT NULL DEFAULT 3;

CREATE TABLE class_moment (
    id TEXT PRIMARY KEY,
    school_id TEXT NOT NULL REFERENCES school (id),
    class_id TEXT NOT NULL REFERENCES school_class (id),
    kind TEXT NOT NULL,
    weekday BIGINT NOT NULL,
    starts_at TEXT NOT NULL,
    ends_at TEXT NOT NULL,
    place TEXT NOT NULL,
    created_at BIGINT NOT NULL
);
CREATE INDEX class_moment_class ON class_moment (class_id);

CREATE TABLE closed_day (
    class_id TEXT NOT NULL REFERENCES school_class (id),
    day TEXT NOT NULL,
    reason TEXT NOT NULL,
    PRIMARY KEY (class_id, day)
);

CREATE TABLE moment_cancellation (
    moment_id TEXT NOT NULL REFERENCES class_moment (id),
    day TEXT NOT NULL,
    PRIMARY KEY (moment_id, day)
);

CREATE TABLE child_absence (
    child_id TEXT NOT NULL REFERENCES child (id),
    day TEXT NOT NULL,
    PRIMARY KEY (child_id, day)
);

CREATE TABLE child_talk (
    id TEXT PRIMARY KEY,
    round_id TEXT NOT NULL REFERENCES round (id),
    child_id TEXT NOT NULL REFERENCES child (id),
    moment_id TEXT REFERENCES class_moment (id),
    day TEXT NOT NULL,
    starts_at TEXT NOT NULL,
    ends_at TEXT NOT NULL,
    status TEXT NOT NULL,
    locked BIGINT NOT NULL DEFAULT 0,
    updated_at BIGINT NOT NULL,
    UNIQUE (round_id, child_id),
    UNIQUE (moment_id, day, starts_at)
);
CREATE INDEX child_talk_round ON child_talk (round_id, day);
