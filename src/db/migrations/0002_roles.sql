-- Reference data: the roles and their default permissions. The security officer may later change
-- the permissions of business roles; the three administrator roles are fixed.
INSERT INTO roles (code, name_zh, name_en, kind, sort) VALUES
  ('clerk',            '受理员',       'Clerk',              'business', 1),
  ('reviewer',         '复核员',       'Reviewer',           'business', 2),
  ('approver',         '审批员',       'Approver',           'business', 3),
  ('fund_accountant',  '基金会计',     'Fund accountant',    'business', 4),
  ('auditor',          '稽核员',       'Auditor',            'business', 5),
  ('supervisor',       '监督员',       'Supervisor',         'business', 6),
  ('sysadmin',         '系统管理员',   'System administrator', 'admin',  7),
  ('security_officer', '安全保密管理员', 'Security officer',  'admin',    8),
  ('audit_admin',      '安全审计员',   'Audit administrator', 'admin',   9);

INSERT INTO role_permissions (role_code, permission) VALUES
  ('clerk', 'org.read'),
  ('reviewer', 'org.read'),
  ('approver', 'org.read'),
  ('fund_accountant', 'org.read'),
  ('auditor', 'org.read'), ('auditor', 'staff.read'),
  ('supervisor', 'org.read'), ('supervisor', 'staff.read'),
  ('sysadmin', 'org.read'), ('sysadmin', 'org.manage'), ('sysadmin', 'service_point.manage'),
  ('sysadmin', 'staff.read'), ('sysadmin', 'staff.manage'),
  ('security_officer', 'org.read'), ('security_officer', 'staff.read'), ('security_officer', 'role.manage'),
  ('audit_admin', 'org.read'), ('audit_admin', 'audit.read');
