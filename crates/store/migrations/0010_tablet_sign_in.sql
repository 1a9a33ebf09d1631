-- Children sign in on the class tablet: the class's code (on the board, or as a QR code),
-- their name, then their picture code. Both codes are shown to the class's teachers, who can
-- renew them; failed picture codes are counted in login_failure under 'child:<id>'.

CREATE TABLE class_tablet_code (
    class_id TEXT PRIMARY KEY REFERENCES school_class (id),
    code TEXT NOT NULL UNIQUE,
    created_at BIGINT NOT NULL
);

CREATE TABLE child_picture_code (
    child_id TEXT PRIMARY KEY REFERENCES child (id),
    code TEXT NOT NULL,
    updated_at BIGINT NOT NULL
);
