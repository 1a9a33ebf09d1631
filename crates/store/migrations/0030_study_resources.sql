-- The school's short list of study-choice resources (Onderwijskiezer, the pupil guidance
-- centre, its own information, the registration deadline): links for the families of the
-- 6th grade.

CREATE TABLE study_resource (
    id TEXT PRIMARY KEY,
    school_id TEXT NOT NULL REFERENCES school (id),
    title TEXT NOT NULL,
    url TEXT NOT NULL,
    created_at BIGINT NOT NULL
);
CREATE INDEX study_resource_school ON study_resource (school_id, created_at);
