-- The instruments a school adjusts and a teacher picks for their class: the spider web's
-- axes, the smileys' statements, the interest grid's quadrant names and colours. owner_id
-- is a school's or a class's id; a class without a row follows its school, a school
-- without one the defaults that ship with the app.

CREATE TABLE instrument_template (
    owner_id TEXT NOT NULL,
    instrument TEXT NOT NULL,
    items TEXT NOT NULL,
    updated_at BIGINT NOT NULL,
    PRIMARY KEY (owner_id, instrument)
);
