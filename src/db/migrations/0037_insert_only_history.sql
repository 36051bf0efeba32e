-- Two more histories are insert-only for the application (as the audit trail and the journal are,
-- 0029): the versions of the rights records, from which any issued statement is rendered again,
-- and the per-person reads behind "who viewed my record". A correction is a new version, never an
-- edit; a read, once logged, stays logged.
REVOKE UPDATE, DELETE ON rights_record_versions, person_reads FROM shebao_app;
