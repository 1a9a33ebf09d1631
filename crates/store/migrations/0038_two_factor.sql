-- Staff sign-in in two steps: a code from an authenticator app (TOTP) after the password,
-- or one of ten one-time recovery codes. A school can require it of all its staff.
ALTER TABLE staff ADD COLUMN totp_secret TEXT;
-- The last time step whose code was used: a code counts once.
ALTER TABLE staff ADD COLUMN totp_last_step BIGINT NOT NULL DEFAULT 0;
ALTER TABLE school ADD COLUMN require_two_factor BIGINT NOT NULL DEFAULT 0;

CREATE TABLE recovery_code (
    staff_id TEXT NOT NULL REFERENCES staff (id),
    code_hash TEXT NOT NULL,
    used_at BIGINT,
    PRIMARY KEY (staff_id, code_hash)
);

-- Between the password and the code: the cookie holds a secret, this row its hash, whose
-- password was right, where they go next and how many codes they tried.
CREATE TABLE sign_in_step (
    token_hash TEXT PRIMARY KEY,
    staff_id TEXT NOT NULL REFERENCES staff (id),
    next_path TEXT NOT NULL,
    attempts BIGINT NOT NULL DEFAULT 0,
    expires_at BIGINT NOT NULL
);

-- Which browser a session is, for the list of one's own sessions.
ALTER TABLE user_session ADD COLUMN device TEXT;
