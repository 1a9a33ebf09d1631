-- A slot the teacher keeps for one child (a longer conversation, say): only that child's
-- family, or the teacher, can book it.

ALTER TABLE conference_slot ADD COLUMN reserved_for TEXT REFERENCES child (id);
