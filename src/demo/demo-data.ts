/**
 * The demo province: Zhejiang's agencies from province to community (real GB/T 2260 and
 * statistical division codes), halls with windows, one staff member per role, and one insured
 * person and one employer for the self-service hall. Credentials are listed in the README.
 */

export const DEMO_PASSWORD = 'Shebao@2026demo';

export interface DemoAgency {
  key: string;
  parent: string | null;
  code: string;
  name: string;
  level: 1 | 2 | 3 | 4 | 5;
  divisionCode: string;
}

export const DEMO_AGENCIES: DemoAgency[] = [
  { key: 'zj', parent: null, code: '330000', name: '浙江省社会保险事业管理中心', level: 1, divisionCode: '330000' },
  { key: 'hz', parent: 'zj', code: '330100', name: '杭州市社会保险管理服务中心', level: 2, divisionCode: '330100' },
  { key: 'sc', parent: 'hz', code: '330102', name: '上城区社会保险管理服务中心', level: 3, divisionCode: '330102' },
  { key: 'xh', parent: 'hz', code: '330106', name: '西湖区社会保险管理服务中心', level: 3, divisionCode: '330106' },
  { key: 'bs', parent: 'xh', code: '330106001', name: '北山街道社会保障服务站', level: 4, divisionCode: '330106001' },
  { key: 'xx', parent: 'xh', code: '330106002', name: '西溪街道社会保障服务站', level: 4, divisionCode: '330106002' },
  {
    key: 'sg',
    parent: 'bs',
    code: '330106001001',
    name: '北山街道曙光社区服务点',
    level: 5,
    divisionCode: '330106001001',
  },
  {
    key: 'hm',
    parent: 'xx',
    code: '330106002001',
    name: '西溪街道花园社区服务点',
    level: 5,
    divisionCode: '330106002001',
  },
  { key: 'nb', parent: 'zj', code: '330200', name: '宁波市社会保险管理服务中心', level: 2, divisionCode: '330200' },
  { key: 'hs', parent: 'nb', code: '330203', name: '海曙区社会保险管理服务中心', level: 3, divisionCode: '330203' },
  { key: 'yy', parent: 'nb', code: '330281', name: '余姚市社会保险管理服务中心', level: 3, divisionCode: '330281' },
];

export interface DemoHall {
  agency: string;
  name: string;
  address: string;
  phone: string;
  windows: Array<[string, string]>;
}

const WEEKDAYS = [{ days: [1, 2, 3, 4, 5], open: '09:00', close: '17:00' }];
export const DEMO_OPENING_HOURS = [...WEEKDAYS, { days: [6], open: '09:00', close: '12:00' }];

export const DEMO_HALLS: DemoHall[] = [
  {
    agency: 'hz',
    name: '杭州市民中心社保服务大厅',
    address: '杭州市上城区解放东路18号市民中心F座',
    phone: '0571-12333',
    windows: [
      ['01', '综合受理窗口'],
      ['02', '综合受理窗口'],
      ['03', '参保登记窗口'],
      ['04', '待遇核定窗口'],
      ['05', '关系转移窗口'],
      ['06', '咨询窗口'],
    ],
  },
  {
    agency: 'xh',
    name: '西湖区社保服务大厅',
    address: '杭州市西湖区文三路359号',
    phone: '0571-12333',
    windows: [
      ['01', '综合受理窗口'],
      ['02', '综合受理窗口'],
      ['03', '社保卡窗口'],
      ['04', '咨询窗口'],
    ],
  },
  {
    agency: 'bs',
    name: '北山街道便民服务中心社保窗口',
    address: '杭州市西湖区保俶路70号',
    phone: '0571-87990000',
    windows: [['01', '社保综合窗口']],
  },
  {
    agency: 'nb',
    name: '宁波市社保服务大厅',
    address: '宁波市鄞州区宁穿路1901号',
    phone: '0574-12333',
    windows: [
      ['01', '综合受理窗口'],
      ['02', '综合受理窗口'],
      ['03', '咨询窗口'],
    ],
  },
];

export interface DemoStaff {
  username: string;
  displayName: string;
  agency: string;
  role: string;
}

export const DEMO_STAFF: DemoStaff[] = [
  { username: 'admin', displayName: '系统管理员（演示）', agency: 'zj', role: 'sysadmin' },
  { username: 'secofficer', displayName: '安全保密管理员（演示）', agency: 'zj', role: 'security_officer' },
  { username: 'auditadmin', displayName: '安全审计员（演示）', agency: 'zj', role: 'audit_admin' },
  { username: 'clerk', displayName: '王受理', agency: 'xh', role: 'clerk' },
  { username: 'reviewer', displayName: '李复核', agency: 'xh', role: 'reviewer' },
  { username: 'approver', displayName: '张审批', agency: 'hz', role: 'approver' },
  { username: 'accountant', displayName: '陈会计', agency: 'zj', role: 'fund_accountant' },
  { username: 'auditor', displayName: '赵稽核', agency: 'hz', role: 'auditor' },
  { username: 'supervisor', displayName: '刘监督', agency: 'zj', role: 'supervisor' },
];

export const DEMO_PUBLIC_ACCOUNTS = [
  { kind: 'person' as const, identifier: '11010519491231002X', name: '张三', phone: '13800138000' },
  { kind: 'employer' as const, identifier: '91110000600037341L', name: '杭州示范科技有限公司', phone: '13900139000' },
  { kind: 'person' as const, identifier: '33010619850312001X', name: '李明', phone: '13700000001' },
];
