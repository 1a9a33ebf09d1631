-- The period's report attached to the child talk: a few broad observations by the teacher
-- (learning, getting on with others, wellbeing, talents, and the school subjects), and
-- optionally the report itself as a file in the data directory (media/<file_id>).

CREATE TABLE report_note (
    round_id TEXT NOT NULL REFERENCES round (id),
    child_id TEXT NOT NULL REFERENCES child (id),
    area TEXT NOT NULL,
    body TEXT NOT NULL,
    updated_by TEXT NOT NULL REFERENCES staff (id),
    updated_at BIGINT NOT NULL,
    PRIMARY KEY (round_id, child_id, area)
);

CREATE TABLE report_file (
    round_id TEXT NOT NULL REFERENCES round (id),
    child_id TEXT NOT NULL REFERENCES child (id),
    file_id TEXT NOT NULL,
    content_type TEXT NOT NULL,
    size_bytes BIGINT NOT NULL,
    uploaded_by TEXT NOT NULL REFERENCES staff (id),
    uploaded_at BIGINT NOT NULL,
    PRIMARY KEY (round_id, child_id)
);
