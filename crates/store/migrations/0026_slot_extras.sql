-- A conversation day's slots may carry a video-call link, for families who cannot come, and
-- the name of someone else at the table (the care coordinator, say), for the family to know.

ALTER TABLE conference_slot ADD COLUMN video_link TEXT;
ALTER TABLE conference_slot ADD COLUMN also_present TEXT;
