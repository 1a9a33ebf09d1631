-- Consent as a register: for what (a video in the child talk, photos on the learning wall,
-- the portfolio shared with the family), withdrawn by a member of staff or by a parent on
-- the portal, and what the withdrawal deleted (in counts).
ALTER TABLE media_consent ADD COLUMN purpose TEXT NOT NULL DEFAULT 'video';
ALTER TABLE media_consent ADD COLUMN withdrawn_by_guardian TEXT REFERENCES guardian (id);
ALTER TABLE media_consent ADD COLUMN removed TEXT;
CREATE INDEX media_consent_school ON media_consent (school_id, recorded_at);
