-- A mail may carry a calendar file (a booked conversation), sent as an attachment.

ALTER TABLE outbox ADD COLUMN calendar TEXT;
