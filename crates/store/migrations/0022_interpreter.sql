-- Whether a guardian needs an interpreter at conversations: printed on the teacher's day
-- schedule, so the school can arrange one in time.

ALTER TABLE guardian ADD COLUMN interpreter BIGINT NOT NULL DEFAULT 0;
