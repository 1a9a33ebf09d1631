-- The questionnaire parents fill in at home: which set a class gets in a round (and the
-- teacher's own questions, one per line), and each
-- guardian's answers kept apart (two households answer side by side, nothing overwritten).

CREATE TABLE questionnaire_choice (
    round_id TEXT NOT NULL REFERENCES round (id),
    class_id TEXT NOT NULL REFERENCES school_class (id),
    set_key TEXT NOT NULL,
    own_questions TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (round_id, class_id)
);

CREATE TABLE questionnaire_response (
    round_id TEXT NOT NULL REFERENCES round (id),
    child_id TEXT NOT NULL REFERENCES child (id),
    guardian_id TEXT NOT NULL REFERENCES guardian (id),
    status TEXT NOT NULL,
    opened_at BIGINT NOT NULL,
    updated_at BIGINT,
    submitted_at BIGINT,
    PRIMARY KEY (round_id, child_id, guardian_id)
);

CREATE TABLE questionnaire_answer (
    round_id TEXT NOT NULL REFERENCES round (id),
    child_id TEXT NOT NULL REFERENCES child (id),
    guardian_id TEXT NOT NULL REFERENCES guardian (id),
    question TEXT NOT NULL,
    value TEXT NOT NULL,
    PRIMARY KEY (round_id, child_id, guardian_id, question)
);
