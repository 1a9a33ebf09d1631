-- Failed attempts are counted per kind (a member of staff's password, a child's pictures,
-- a class code, an invitation), so a tablet's wrong pictures never lock a teacher out of
-- the same school network. `scope` is the class for a child's pictures.
ALTER TABLE login_failure ADD COLUMN kind TEXT NOT NULL DEFAULT 'staff';
ALTER TABLE login_failure ADD COLUMN scope TEXT;
UPDATE login_failure SET kind = 'pictures' WHERE email LIKE 'child:%';
UPDATE login_failure SET kind = 'invitation' WHERE email LIKE 'invitation:%';
CREATE INDEX login_failure_kind_key ON login_failure (kind, email, at);
CREATE INDEX login_failure_kind_ip ON login_failure (kind, ip, at);
CREATE INDEX login_failure_kind_scope ON login_failure (kind, scope, at);
