import { Drawer, Table, type TableColumnsType } from 'antd';
import type { Agency, AgencyHistoryEntry } from '../../api/types.ts';
import { useI18n } from '../../i18n/index.ts';
import { DateText } from '../../ui/DateText.tsx';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { useAgencyHistory } from './agencyApi.ts';
import { StaffName } from '../people/StaffName.tsx';
import { AgencyLevelTag } from './AgencyLevelTag.tsx';
import { StatusTag } from '../../ui/StatusTag.tsx';

/** Every version of an agency, newest first, with who changed it and why. */
export function AgencyHistoryDrawer({
  agency,
  agencies,
  onClose,
}: {
  agency: Agency | null;
  agencies: Agency[];
  onClose: () => void;
}) {
  const { t } = useI18n();
  const history = useAgencyHistory(agency?.id ?? null);
  const nameOf = (id: number | null) => (id === null ? '—' : (agencies.find((a) => a.id === id)?.name ?? `#${id}`));
  const columns: TableColumnsType<AgencyHistoryEntry> = [
    { title: t('agency.version'), dataIndex: 'version', width: 64 },
    { title: t('agency.name'), dataIndex: 'name', width: 200 },
    { title: t('agency.code'), dataIndex: 'code', render: (v: string) => <span className="mono">{v}</span> },
    { title: t('agency.level'), dataIndex: 'level', render: (_, r) => <AgencyLevelTag level={r.level} /> },
    {
      title: t('agency.divisionCode'),
      dataIndex: 'divisionCode',
      render: (v: string) => <span className="mono">{v}</span>,
    },
    { title: t('agency.parent'), dataIndex: 'parentId', render: (_, r) => nameOf(r.parentId) },
    {
      title: t('common.status'),
      dataIndex: 'status',
      render: (_, r) => <StatusTag family="record" status={r.status} />,
    },
    { title: t('agency.validFrom'), dataIndex: 'validFrom', render: (v: string) => <DateText value={v} instant /> },
    { title: t('agency.validTo'), dataIndex: 'validTo', render: (v: string | null) => <DateText value={v} instant /> },
    {
      title: t('agency.changedBy'),
      dataIndex: 'changedBy',
      render: (_, r) => <StaffName id={r.changedBy} />,
    },
    { title: t('agency.reason'), dataIndex: 'reason' },
  ];
  return (
    <Drawer
      open={agency !== null}
      onClose={onClose}
      size={1240}
      title={t('agency.historyTitle', { name: agency?.name ?? '' })}
      destroyOnHidden
    >
      <div data-testid="agency-history">
        <ErrorAlert error={history.error} />
        <Table<AgencyHistoryEntry>
          rowKey="version"
          size="small"
          loading={history.isPending}
          dataSource={[...(history.data ?? [])].sort((a, b) => b.version - a.version)}
          columns={columns}
          pagination={false}
          scroll={{ x: 1150 }}
        />
      </div>
    </Drawer>
  );
}
