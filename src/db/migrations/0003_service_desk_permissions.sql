-- Default permissions of business roles for the service desk (catalogue, cases, queue, archive).
INSERT INTO role_permissions (role_code, permission) VALUES
  ('clerk', 'case.read'), ('clerk', 'case.accept'), ('clerk', 'queue.operate'), ('clerk', 'archive.read'),
  ('reviewer', 'case.read'), ('reviewer', 'case.review'), ('reviewer', 'queue.operate'), ('reviewer', 'archive.read'),
  ('approver', 'case.read'), ('approver', 'case.approve'), ('approver', 'archive.read'),
  ('auditor', 'case.read'), ('auditor', 'archive.read'),
  ('supervisor', 'case.read'), ('supervisor', 'archive.read'), ('supervisor', 'catalog.manage'),
  ('supervisor', 'service.monitor'), ('supervisor', 'callback.handle');
