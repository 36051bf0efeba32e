-- Messages are delivered after commit by a worker, not inside the transaction that wrote them:
-- queued → sent, or back to queued with a later next_attempt_at after a failure, and dead after
-- the last attempt (visible to the system administrator, who may queue it again).
ALTER TABLE messages DROP CONSTRAINT messages_status_check;
UPDATE messages SET status = 'dead' WHERE status = 'failed';
ALTER TABLE messages ADD CONSTRAINT messages_status_check CHECK (status IN ('queued', 'sent', 'dead'));
ALTER TABLE messages ADD COLUMN attempts integer NOT NULL DEFAULT 0 CHECK (attempts >= 0);
ALTER TABLE messages ADD COLUMN next_attempt_at timestamptz;
ALTER TABLE messages ADD COLUMN last_error text;
UPDATE messages SET next_attempt_at = created_at WHERE status = 'queued';
-- The worker's hot query: queued messages whose attempt is due, oldest first.
CREATE INDEX messages_due_idx ON messages (next_attempt_at) WHERE status = 'queued';
CREATE INDEX messages_status_idx ON messages (status, id);

INSERT INTO role_permissions (role_code, permission) VALUES ('sysadmin', 'message.monitor');
