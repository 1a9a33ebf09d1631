-- A learning wall item may carry a photo (of the work, the board, the trip), kept in the
-- data directory as media/<photo_id>.

ALTER TABLE learning_item ADD COLUMN photo_id TEXT;
ALTER TABLE learning_item ADD COLUMN photo_type TEXT;
