-- The interest–talent grid is answered per round, like every other instrument: rating
-- activities in March must not change what January's preparation or summary shows. The
-- answers of before go to the newest round of the child's class; a child without one had
-- none to show.
CREATE TABLE grid_rating (
    round_id TEXT NOT NULL REFERENCES round (id),
    activity_id TEXT NOT NULL REFERENCES class_activity (id),
    child_id TEXT NOT NULL REFERENCES child (id),
    liked BIGINT NOT NULL,
    good BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    PRIMARY KEY (round_id, activity_id, child_id)
);
CREATE INDEX grid_rating_child ON grid_rating (child_id, round_id);
INSERT INTO grid_rating (round_id, activity_id, child_id, liked, good, updated_at)
SELECT (SELECT r.id FROM round r JOIN round_class rc ON rc.round_id = r.id JOIN child c ON c.class_id = rc.class_id
        WHERE c.id = ar.child_id ORDER BY r.child_talk_from DESC, r.created_at DESC LIMIT 1),
       ar.activity_id, ar.child_id, ar.liked, ar.good, ar.updated_at
FROM activity_rating ar
WHERE EXISTS (SELECT 1 FROM round_class rc JOIN child c ON c.class_id = rc.class_id WHERE c.id = ar.child_id);
DROP TABLE activity_rating;
