-- Families with several children in a round may start booking a little earlier, so that
-- they can still find times next to each other. Minutes; 0 is no head start.

ALTER TABLE round ADD COLUMN head_start_minutes BIGINT NOT NULL DEFAULT 0;
