-- An invitation mail waits in the outbox without its secret: the text holds placeholders,
-- and the invitation it is for is named here. The sender makes a new token and code for
-- that invitation at the moment it sends the mail, so no live token is ever stored.
ALTER TABLE outbox ADD COLUMN invitation_id TEXT REFERENCES invitation (id);
