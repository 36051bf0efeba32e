-- Policy parameters (issue 5): an effective-dated store of the numbers that differ between
-- regions and years (RULES.md: "every number that differs between regions or years is a policy
-- parameter"). A closed catalogue of keys, insert-only parameter rows per pooling region, and
-- maker-checker changes that produce them.
--
-- History is never rewritten: a new value is a new row with its own valid_from. A correction of a
-- value with the same (region, key, valid_from) is a new row with the next revision that names the
-- row it supersedes; lookups take the highest revision. Nothing here is updated or deleted except
-- the status of a pending change.

INSERT INTO role_permissions (role_code, permission) VALUES
  ('clerk', 'policy.read'),
  ('reviewer', 'policy.read'),
  ('approver', 'policy.read'), ('approver', 'policy.approve'),
  ('fund_accountant', 'policy.read'), ('fund_accountant', 'policy.propose'),
  ('auditor', 'policy.read'),
  ('supervisor', 'policy.read'), ('supervisor', 'policy.approve'),
  ('sysadmin', 'policy.read'), ('sysadmin', 'policy.propose');

-- The closed catalogue. insurance groups the keys on the staff page. value_min/value_max are exact
-- decimal bounds for rate, money and integer keys (a rate defaults to 0..1 when they are null);
-- allowed_values lists the values of a text key; a table key's shape is a zod schema in
-- src/modules/policy/policy.tables.ts.
CREATE TABLE policy_keys (
  key            text PRIMARY KEY CHECK (key ~ '^[a-z][a-z0-9_]*(\.[a-z0-9_]+)+$'),
  kind           text NOT NULL CHECK (kind IN ('rate', 'money', 'integer', 'text', 'table')),
  insurance      text NOT NULL CHECK (insurance IN ('pension', 'medical', 'unemployment', 'work_injury', 'base', 'collection')),
  name_zh        text NOT NULL,
  name_en        text NOT NULL,
  unit           text NOT NULL,
  description    text NOT NULL,
  local          boolean NOT NULL,            -- regions are expected to set their own value
  value_min      text,
  value_max      text,
  allowed_values text[],
  sort           integer NOT NULL,
  UNIQUE (key, kind),
  CHECK ((kind = 'text') = (allowed_values IS NOT NULL))
);

-- A maker-checker change: proposed by one member of staff, approved or rejected by another,
-- or withdrawn by its proposer.
CREATE TABLE policy_changes (
  id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  region_code   text NOT NULL CHECK (region_code ~ '^[0-9]{6}$'),
  key           text NOT NULL,
  kind          text NOT NULL,
  valid_from    date NOT NULL CHECK (valid_from >= DATE '1990-01-01'),
  value         text NOT NULL,
  reason        text NOT NULL,
  basis         text NOT NULL,
  status        text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'approved', 'rejected', 'withdrawn')),
  proposed_by   bigint NOT NULL REFERENCES staff (id),
  proposed_at   timestamptz NOT NULL,
  decided_by    bigint REFERENCES staff (id),
  decided_at    timestamptz,
  decision_note text,
  FOREIGN KEY (key, kind) REFERENCES policy_keys (key, kind),
  CHECK ((status = 'pending') = (decided_at IS NULL)),
  CHECK ((status = 'pending') = (decided_by IS NULL)),
  -- maker-checker: nobody approves or rejects their own proposal; only the proposer withdraws
  CONSTRAINT policy_changes_not_self_decided CHECK (status NOT IN ('approved', 'rejected') OR decided_by <> proposed_by),
  CHECK (status <> 'withdrawn' OR decided_by = proposed_by)
);
CREATE INDEX policy_changes_status ON policy_changes (status, id);

-- The parameters. Seeds have no change_id; every later row comes from an approved change.
CREATE TABLE policy_parameters (
  id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  region_code text NOT NULL CHECK (region_code ~ '^[0-9]{6}$'),  -- '000000' = national default
  key         text NOT NULL,
  kind        text NOT NULL,
  valid_from  date NOT NULL CHECK (valid_from >= DATE '1990-01-01'),
  revision    integer NOT NULL DEFAULT 1 CHECK (revision >= 1),
  supersedes  bigint UNIQUE REFERENCES policy_parameters (id),
  value       text NOT NULL,
  basis       text NOT NULL,
  change_id   bigint UNIQUE REFERENCES policy_changes (id),
  created_at  timestamptz NOT NULL DEFAULT now(),
  FOREIGN KEY (key, kind) REFERENCES policy_keys (key, kind),
  UNIQUE (region_code, key, valid_from, revision),
  CHECK ((revision = 1) = (supersedes IS NULL))
);
CREATE INDEX policy_parameters_lookup ON policy_parameters (key, region_code, valid_from);

-- ---------------------------------------------------------------------------------------------
-- The catalogue
-- ---------------------------------------------------------------------------------------------
INSERT INTO policy_keys (key, kind, insurance, name_zh, name_en, unit, description, local, value_min, value_max, allowed_values, sort) VALUES
  ('pension.rate.employer', 'rate', 'pension', '养老保险单位缴费比例', 'Pension: employer rate', 'ratio',
   'Share of the contribution base the employer pays into the pooled fund', true, NULL, NULL, NULL, 100),
  ('pension.rate.employee', 'rate', 'pension', '养老保险个人缴费比例', 'Pension: employee rate', 'ratio',
   'Share of the contribution base the employee pays', false, NULL, NULL, NULL, 110),
  ('pension.account_share', 'rate', 'pension', '养老保险个人账户记账比例', 'Pension: individual-account share of the base', 'ratio',
   'Share of the contribution base credited to the individual account (11 % until 2005, 8 % from 2006)', false, NULL, NULL, NULL, 120),
  ('pension.flexible.rate', 'rate', 'pension', '灵活就业人员养老保险缴费比例', 'Pension: flexible workers'' rate', 'ratio',
   'Total rate of a flexible worker on the chosen base', false, NULL, NULL, NULL, 130),
  ('pension.flexible.account_share', 'rate', 'pension', '灵活就业人员个人账户记账比例', 'Pension: flexible workers'' account share', 'ratio',
   'Share of a flexible worker''s base credited to the individual account', false, NULL, NULL, NULL, 140),
  ('pension.interest_rate', 'rate', 'pension', '养老保险个人账户记账利率', 'Pension: account crediting rate (记账利率)', 'ratio per year',
   'Crediting rate of the year; valid_from is 1 January of the year it is credited for', false, NULL, NULL, NULL, 150),
  ('pension.interest_method', 'text', 'pension', '养老保险个人账户计息方法', 'Pension: interest method', 'method',
   'annual (年度计息, credits × r × 1.083 ÷ 2) or monthly-product (月积数法)', true, NULL, NULL, ARRAY['annual', 'monthly-product'], 160),
  ('pension.divisor', 'table', 'pension', '个人账户养老金计发月数', 'Pension: account divisor by retirement age', 'months by age',
   'Months by which the account balance is divided, by age at retirement 40–70 (国发〔2005〕38号)', false, NULL, NULL, NULL, 170),
  ('pension.residents_divisor', 'integer', 'pension', '城乡居民养老保险计发月数', 'Residents'' pension: account divisor', 'months',
   'Flat divisor of the residents'' scheme', false, '1', '600', NULL, 180),
  ('pension.minimum_contribution_months', 'integer', 'pension', '养老保险最低缴费月数', 'Pension: minimum contribution months', 'months',
   'Months needed for a monthly pension, judged by the year of retirement (look up on the retirement date)', false, '1', '600', NULL, 190),
  ('pension.transitional_coefficient', 'rate', 'pension', '过渡性养老金计发系数', 'Pension: transitional coefficient', 'ratio per year',
   'k of the transitional pension C × Z × N × k, usually 1.0 %–1.4 %', true, NULL, '0.05', NULL, 200),
  ('medical.rate.employer', 'rate', 'medical', '医疗保险单位缴费比例（含生育）', 'Medical: employer rate (incl. maternity)', 'ratio',
   'Employer rate of employee basic medical insurance, maternity merged in (about 6 %–10 %)', true, NULL, NULL, NULL, 300),
  ('medical.rate.employee', 'rate', 'medical', '医疗保险个人缴费比例', 'Medical: employee rate', 'ratio',
   'Employee rate of employee basic medical insurance', true, NULL, NULL, NULL, 310),
  ('medical.account_share', 'rate', 'medical', '医疗保险个人账户划入比例（在职）', 'Medical: account share of the base (active)', 'ratio',
   'Share of an active employee''s base credited to the medical account (since the 2021 reform: the employee''s own 2 %)', true, NULL, NULL, NULL, 320),
  ('medical.interest_rate', 'rate', 'medical', '医疗保险个人账户计息利率', 'Medical: account interest rate', 'ratio per year',
   'Interest on medical individual accounts (default: the one-year deposit rate)', true, NULL, NULL, NULL, 330),
  ('unemployment.rate.employer', 'rate', 'unemployment', '失业保险单位缴费比例', 'Unemployment: employer rate', 'ratio',
   'Employer rate (statutory 2 %, in practice 0.5 %)', true, NULL, NULL, NULL, 400),
  ('unemployment.rate.employee', 'rate', 'unemployment', '失业保险个人缴费比例', 'Unemployment: employee rate', 'ratio',
   'Employee rate (statutory 1 %, in practice 0.5 %)', true, NULL, NULL, NULL, 410),
  ('unemployment.duration_months', 'table', 'unemployment', '失业保险金最长领取期限', 'Unemployment: maximum months of benefit', 'months by years paid',
   'Maximum months of unemployment benefit by full years of contributions', true, NULL, NULL, NULL, 420),
  ('unemployment.benefit_ratio', 'rate', 'unemployment', '失业保险金占最低工资比例', 'Unemployment: benefit as a share of the minimum wage', 'ratio',
   'Monthly unemployment benefit as a share of the local minimum wage', true, NULL, NULL, NULL, 430),
  ('work_injury.base_rates', 'table', 'work_injury', '工伤保险行业基准费率', 'Work injury: base rates by industry class', 'ratio by class',
   'Base rate of industry classes I–VIII', false, NULL, NULL, NULL, 500),
  ('work_injury.float_multipliers', 'table', 'work_injury', '工伤保险浮动费率档次', 'Work injury: allowed rate multipliers', 'multipliers by class',
   'Multipliers of the base rate an employer''s rate may float to, by class', false, NULL, NULL, NULL, 510),
  ('work_injury.disability_subsidy_months', 'table', 'work_injury', '一次性伤残补助金月数', 'Work injury: one-off disability subsidy months', 'months by grade',
   'Months of the injured worker''s wage paid once, by disability grade 1–10', false, NULL, NULL, NULL, 520),
  ('work_injury.funeral_grant_months', 'integer', 'work_injury', '丧葬补助金月数', 'Work injury: funeral grant months', 'months',
   'Funeral grant in months of the local average monthly wage', false, '0', '120', NULL, 530),
  ('work_injury.death_grant_multiplier', 'integer', 'work_injury', '一次性工亡补助金倍数', 'Work injury: death grant multiplier', 'times',
   'One-off death grant = this × the previous year''s national urban per-capita disposable income', false, '0', '100', NULL, 540),
  ('work_injury.death_grant_income', 'money', 'work_injury', '上年度全国城镇居民人均可支配收入', 'Work injury: national urban per-capita disposable income (previous year)', 'yuan per year',
   'The income the one-off death grant is a multiple of; valid from 1 January of the year after', false, '0', '10000000', NULL, 550),
  ('base.floor_ratio', 'rate', 'base', '缴费基数下限比例', 'Contribution base: floor ratio', 'ratio of the average wage',
   'Lowest contribution base as a share of the average monthly wage', true, NULL, NULL, NULL, 600),
  ('base.ceiling_ratio', 'rate', 'base', '缴费基数上限比例', 'Contribution base: ceiling ratio', 'ratio of the average wage',
   'Highest contribution base as a multiple of the average monthly wage', true, '1', '10', NULL, 610),
  ('base.average_monthly_wage', 'money', 'base', '全口径城镇单位就业人员月平均工资', 'Average monthly wage (全口径, for bases)', 'yuan per month',
   'The province''s average monthly wage that the base floor and ceiling derive from; valid from the date it applies to bases', true, '0', '1000000', NULL, 620),
  ('base.minimum_monthly_wage', 'money', 'base', '月最低工资标准', 'Monthly minimum wage', 'yuan per month',
   'The local monthly minimum wage (first tier)', true, '0', '1000000', NULL, 630),
  ('collection.late_fee_daily_rate', 'rate', 'collection', '滞纳金日费率', 'Late fee: daily rate', 'ratio per day',
   'Late fee per day of the arrears', false, NULL, NULL, NULL, 700),
  ('collection.undeclared_assessment_ratio', 'rate', 'collection', '未申报核定比例', 'Undeclared month: assessment ratio', 'ratio of the last month',
   'An undeclared month is assessed at this share of the last declared month', false, '1', '10', NULL, 710);

-- ---------------------------------------------------------------------------------------------
-- National defaults ('000000'), from RULES.md and the documents cited
-- ---------------------------------------------------------------------------------------------
INSERT INTO policy_parameters (region_code, key, kind, valid_from, value, basis) VALUES
  ('000000', 'pension.rate.employer', 'rate', '1998-01-01', '0.20', '国发〔1997〕26号; RULES.md §1 (earlier up to 20 %)'),
  ('000000', 'pension.rate.employer', 'rate', '2019-05-01', '0.16', '国办发〔2019〕13号; RULES.md §1'),
  ('000000', 'pension.rate.employee', 'rate', '1998-01-01', '0.08', '国发〔1997〕26号; RULES.md §1'),
  ('000000', 'pension.account_share', 'rate', '1998-01-01', '0.11', '国发〔1997〕26号; RULES.md §1'),
  ('000000', 'pension.account_share', 'rate', '2006-01-01', '0.08', '国发〔2005〕38号; RULES.md §1'),
  ('000000', 'pension.flexible.rate', 'rate', '2006-01-01', '0.20', '国发〔2005〕38号; RULES.md §1'),
  ('000000', 'pension.flexible.account_share', 'rate', '2006-01-01', '0.08', '国发〔2005〕38号; RULES.md §1'),
  ('000000', 'pension.interest_rate', 'rate', '2016-01-01', '0.0831', '人社部、财政部公布的 2016 年记账利率; RULES.md §1'),
  ('000000', 'pension.interest_rate', 'rate', '2017-01-01', '0.0712', '人社部、财政部公布的 2017 年记账利率; RULES.md §1'),
  ('000000', 'pension.interest_rate', 'rate', '2018-01-01', '0.0829', '人社部、财政部公布的 2018 年记账利率; RULES.md §1'),
  ('000000', 'pension.interest_rate', 'rate', '2019-01-01', '0.0761', '人社部、财政部公布的 2019 年记账利率; RULES.md §1'),
  ('000000', 'pension.interest_rate', 'rate', '2020-01-01', '0.0604', '人社部、财政部公布的 2020 年记账利率; RULES.md §1'),
  ('000000', 'pension.interest_rate', 'rate', '2021-01-01', '0.0669', '人社部、财政部公布的 2021 年记账利率; RULES.md §1'),
  ('000000', 'pension.interest_rate', 'rate', '2022-01-01', '0.0612', '人社部、财政部公布的 2022 年记账利率; RULES.md §1'),
  ('000000', 'pension.interest_rate', 'rate', '2023-01-01', '0.0397', '人社部、财政部公布的 2023 年记账利率; RULES.md §1'),
  ('000000', 'pension.interest_rate', 'rate', '2024-01-01', '0.0262', '人社部、财政部公布的 2024 年记账利率; RULES.md §1'),
  ('000000', 'pension.interest_method', 'text', '1998-01-01', 'annual', 'RULES.md §1 (local: the region picks the method)'),
  ('000000', 'pension.divisor', 'table', '2006-01-01',
   '{"40":233,"41":230,"42":226,"43":223,"44":220,"45":216,"46":212,"47":208,"48":204,"49":199,"50":195,"51":190,"52":185,"53":180,"54":175,"55":170,"56":164,"57":158,"58":152,"59":145,"60":139,"61":132,"62":125,"63":117,"64":109,"65":101,"66":93,"67":84,"68":75,"69":65,"70":56}',
   '国发〔2005〕38号; RULES.md §1'),
  ('000000', 'pension.residents_divisor', 'integer', '2014-02-21', '139', 'RULES.md §1 (residents'' scheme: flat 139)'),
  ('000000', 'pension.minimum_contribution_months', 'integer', '1998-01-01', '180', '国发〔1997〕26号; 社会保险法 第十六条; RULES.md §1'),
  ('000000', 'pension.minimum_contribution_months', 'integer', '2030-01-01', '186', '全国人大常委会关于实施渐进式延迟法定退休年龄的决定 (2024); RULES.md §1'),
  ('000000', 'pension.minimum_contribution_months', 'integer', '2031-01-01', '192', '全国人大常委会关于实施渐进式延迟法定退休年龄的决定 (2024); RULES.md §1'),
  ('000000', 'pension.minimum_contribution_months', 'integer', '2032-01-01', '198', '全国人大常委会关于实施渐进式延迟法定退休年龄的决定 (2024); RULES.md §1'),
  ('000000', 'pension.minimum_contribution_months', 'integer', '2033-01-01', '204', '全国人大常委会关于实施渐进式延迟法定退休年龄的决定 (2024); RULES.md §1'),
  ('000000', 'pension.minimum_contribution_months', 'integer', '2034-01-01', '210', '全国人大常委会关于实施渐进式延迟法定退休年龄的决定 (2024); RULES.md §1'),
  ('000000', 'pension.minimum_contribution_months', 'integer', '2035-01-01', '216', '全国人大常委会关于实施渐进式延迟法定退休年龄的决定 (2024); RULES.md §1'),
  ('000000', 'pension.minimum_contribution_months', 'integer', '2036-01-01', '222', '全国人大常委会关于实施渐进式延迟法定退休年龄的决定 (2024); RULES.md §1'),
  ('000000', 'pension.minimum_contribution_months', 'integer', '2037-01-01', '228', '全国人大常委会关于实施渐进式延迟法定退休年龄的决定 (2024); RULES.md §1'),
  ('000000', 'pension.minimum_contribution_months', 'integer', '2038-01-01', '234', '全国人大常委会关于实施渐进式延迟法定退休年龄的决定 (2024); RULES.md §1'),
  ('000000', 'pension.minimum_contribution_months', 'integer', '2039-01-01', '240', '全国人大常委会关于实施渐进式延迟法定退休年龄的决定 (2024); RULES.md §1'),
  ('000000', 'pension.transitional_coefficient', 'rate', '1998-01-01', '0.012', 'RULES.md §1 (local: usually 1.0 %–1.4 %; national default)'),
  ('000000', 'medical.rate.employer', 'rate', '1999-01-01', '0.08', '国发〔1998〕44号 (about 6 %); RULES.md §2 (local: 6 %–10 %; national default)'),
  ('000000', 'medical.rate.employee', 'rate', '1999-01-01', '0.02', '国发〔1998〕44号; RULES.md §2'),
  ('000000', 'medical.account_share', 'rate', '2021-04-13', '0.02', '国办发〔2021〕14号; RULES.md §2 (active employees: the employee''s 2 %)'),
  ('000000', 'medical.interest_rate', 'rate', '2016-01-01', '0.015', 'RULES.md; 一年期存款基准利率 1.5 % (local default)'),
  ('000000', 'unemployment.rate.employer', 'rate', '1999-01-22', '0.02', '失业保险条例 第六条 (statutory 2 %)'),
  ('000000', 'unemployment.rate.employer', 'rate', '2019-05-01', '0.005', 'RULES.md §2 (in practice 0.5 %, 阶段性降低费率; local)'),
  ('000000', 'unemployment.rate.employee', 'rate', '1999-01-22', '0.01', '失业保险条例 第六条 (statutory 1 %)'),
  ('000000', 'unemployment.rate.employee', 'rate', '2019-05-01', '0.005', 'RULES.md §2 (in practice 0.5 %, 阶段性降低费率; local)'),
  ('000000', 'unemployment.duration_months', 'table', '1999-01-22',
   '[{"fromYears":1,"months":12},{"fromYears":5,"months":18},{"fromYears":10,"months":24}]', '失业保险条例 第十七条; RULES.md §2'),
  ('000000', 'work_injury.base_rates', 'table', '2015-10-01',
   '{"I":"0.002","II":"0.004","III":"0.007","IV":"0.009","V":"0.011","VI":"0.013","VII":"0.016","VIII":"0.019"}', '人社部发〔2015〕71号; RULES.md §2'),
  ('000000', 'work_injury.float_multipliers', 'table', '2015-10-01',
   '{"I":["1.0","1.2","1.5"],"II":["0.5","0.8","1.0","1.2","1.5"],"III":["0.5","0.8","1.0","1.2","1.5"],"IV":["0.5","0.8","1.0","1.2","1.5"],"V":["0.5","0.8","1.0","1.2","1.5"],"VI":["0.5","0.8","1.0","1.2","1.5"],"VII":["0.5","0.8","1.0","1.2","1.5"],"VIII":["0.5","0.8","1.0","1.2","1.5"]}',
   '人社部发〔2015〕71号; RULES.md §2'),
  ('000000', 'work_injury.disability_subsidy_months', 'table', '2011-01-01',
   '{"1":27,"2":25,"3":23,"4":21,"5":18,"6":16,"7":13,"8":11,"9":9,"10":7}', '工伤保险条例 (2010 年修订) 第三十五—三十七条; RULES.md §2'),
  ('000000', 'work_injury.funeral_grant_months', 'integer', '2011-01-01', '6', '工伤保险条例 (2010 年修订) 第三十九条; RULES.md §2'),
  ('000000', 'work_injury.death_grant_multiplier', 'integer', '2011-01-01', '20', '工伤保险条例 (2010 年修订) 第三十九条; RULES.md §2'),
  ('000000', 'work_injury.death_grant_income', 'money', '2024-01-01', '51821.00', '国家统计局 2023 年国民经济和社会发展统计公报; RULES.md §2'),
  ('000000', 'base.floor_ratio', 'rate', '1998-01-01', '0.6', 'RULES.md §1 (60 %)'),
  ('000000', 'base.ceiling_ratio', 'rate', '1998-01-01', '3.0', 'RULES.md §1 (300 %)'),
  ('000000', 'collection.late_fee_daily_rate', 'rate', '1999-01-22', '0.002', '社会保险费征缴暂行条例 第十三条 (0.2 % a day)'),
  ('000000', 'collection.late_fee_daily_rate', 'rate', '2011-07-01', '0.0005', '社会保险法 第八十六条 (0.05 % a day)'),
  ('000000', 'collection.undeclared_assessment_ratio', 'rate', '2011-07-01', '1.1', '社会保险法 第六十二条; RULES.md §3');

-- ---------------------------------------------------------------------------------------------
-- Demo province Zhejiang ('330000'): local values for the demonstration, not official figures
-- ---------------------------------------------------------------------------------------------
INSERT INTO policy_parameters (region_code, key, kind, valid_from, value, basis) VALUES
  ('330000', 'base.average_monthly_wage', 'money', '2022-01-01', '6329.00', '演示数据 demo values'),
  ('330000', 'base.average_monthly_wage', 'money', '2023-01-01', '6664.00', '演示数据 demo values'),
  ('330000', 'base.average_monthly_wage', 'money', '2024-01-01', '6917.00', '演示数据 demo values'),
  ('330000', 'base.average_monthly_wage', 'money', '2025-01-01', '7127.00', '演示数据 demo values'),
  ('330000', 'base.minimum_monthly_wage', 'money', '2021-08-01', '2280.00', '演示数据 demo values'),
  ('330000', 'base.minimum_monthly_wage', 'money', '2024-03-01', '2490.00', '演示数据 demo values'),
  ('330000', 'medical.rate.employer', 'rate', '2022-01-01', '0.095', '演示数据 demo values'),
  ('330000', 'unemployment.rate.employer', 'rate', '2022-01-01', '0.005', '演示数据 demo values'),
  ('330000', 'unemployment.rate.employee', 'rate', '2022-01-01', '0.005', '演示数据 demo values'),
  ('330000', 'unemployment.benefit_ratio', 'rate', '2022-01-01', '0.9', '演示数据 demo values'),
  ('330000', 'pension.interest_method', 'text', '2022-01-01', 'annual', '演示数据 demo values');
