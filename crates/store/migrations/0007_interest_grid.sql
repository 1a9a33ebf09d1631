-- The interest–talent grid: the class activities of recent weeks with their study domain,
-- and per child whether they liked each one and were good at it (0/1).

CREATE TABLE class_activity (
    id TEXT PRIMARY KEY,
    school_id TEXT NOT NULL REFERENCES school (id),
    class_id TEXT NOT NULL REFERENCES school_class (id),
    title TEXT NOT NULL,
    domain TEXT NOT NULL,
    done_on TEXT NOT NULL,
    created_at BIGINT NOT NULL
);
CREATE INDEX class_activity_class ON class_activity (class_id, done_on);

CREATE TABLE activity_rating (
    activity_id TEXT NOT NULL REFERENCES class_activity (id),
    child_id TEXT NOT NULL REFERENCES child (id),
    liked BIGINT NOT NULL,
    good BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    PRIMARY KEY (activity_id, child_id)
);
