-- Mail goes through a durable outbox: a mail is a row first, and a background loop sends it,
-- with retries and growing waits, so nothing is lost when the mail server is down.
-- A school's quiet hours (local time): no mail from quiet_from until quiet_until.

ALTER TABLE school ADD COLUMN mail_quiet_from BIGINT NOT NULL DEFAULT 20;
ALTER TABLE school ADD COLUMN mail_quiet_until BIGINT NOT NULL DEFAULT 7;

CREATE TABLE outbox (
    id TEXT PRIMARY KEY,
    school_id TEXT NOT NULL REFERENCES school (id),
    round_id TEXT REFERENCES round (id),
    guardian_id TEXT REFERENCES guardian (id),
    purpose TEXT NOT NULL,
    to_address TEXT NOT NULL,
    to_name TEXT NOT NULL,
    subject TEXT NOT NULL,
    text_body TEXT NOT NULL,
    html_body TEXT NOT NULL,
    status TEXT NOT NULL,
    attempts BIGINT NOT NULL DEFAULT 0,
    next_attempt_at BIGINT NOT NULL,
    claimed_at BIGINT,
    last_error TEXT,
    created_at BIGINT NOT NULL,
    sent_at BIGINT
);
CREATE INDEX outbox_due ON outbox (status, next_attempt_at);
CREATE INDEX outbox_round_guardian ON outbox (round_id, guardian_id);
