-- The learning wall (sokkenmuur): the key learning items of the period per class, and per
-- child and round the items they are proud of ('proud') or found hard ('hard').

CREATE TABLE learning_item (
    id TEXT PRIMARY KEY,
    school_id TEXT NOT NULL REFERENCES school (id),
    class_id TEXT NOT NULL REFERENCES school_class (id),
    title TEXT NOT NULL,
    area TEXT NOT NULL,
    learned_on TEXT NOT NULL,
    created_at BIGINT NOT NULL
);
CREATE INDEX learning_item_class ON learning_item (class_id, learned_on);

CREATE TABLE learning_pick (
    round_id TEXT NOT NULL REFERENCES round (id),
    child_id TEXT NOT NULL REFERENCES child (id),
    item_id TEXT NOT NULL REFERENCES learning_item (id),
    kind TEXT NOT NULL,
    PRIMARY KEY (round_id, child_id, item_id)
);
