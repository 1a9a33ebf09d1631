-- Invitations for guardians: a secret link per guardian, round and channel (a printed
-- letter or an email), and a short code to type. Only SHA-256 hashes of both are kept.
-- A new invitation for the same guardian, round and channel revokes the one before.

CREATE TABLE invitation (
    id TEXT PRIMARY KEY,
    school_id TEXT NOT NULL REFERENCES school (id),
    round_id TEXT NOT NULL REFERENCES round (id),
    guardian_id TEXT NOT NULL REFERENCES guardian (id),
    channel TEXT NOT NULL,
    token_hash TEXT NOT NULL UNIQUE,
    code_hash TEXT NOT NULL UNIQUE,
    valid_until TEXT NOT NULL,
    created_by TEXT NOT NULL REFERENCES staff (id),
    created_at BIGINT NOT NULL,
    opened_at BIGINT,
    revoked_at BIGINT
);
CREATE INDEX invitation_round_guardian ON invitation (round_id, guardian_id);
