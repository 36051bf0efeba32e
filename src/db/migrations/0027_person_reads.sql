-- Reads that show several persons at once (a person search, an employer's employees, a bill's
-- lines, an arrears list): one audit entry records the request, and one row here per person shown
-- points at it, so the person's access log ("who viewed my record") finds every read of them
-- without an audit entry, and its chain link, per person. Keyed by person_id (distributable with
-- persons); written once, never updated or deleted.
CREATE TABLE person_reads (
  person_id bigint NOT NULL REFERENCES persons (person_id),
  audit_seq bigint NOT NULL,
  PRIMARY KEY (person_id, audit_seq)
);
