import { Table } from 'antd';
import { useI18n } from '../../i18n/index.ts';
import { labelOf } from '../../ui/labels.ts';
import { DateText } from '../../ui/DateText.tsx';
import type { DeclarationSummary } from './collectionTypes.ts';
import { MoneyText } from '../../ui/MoneyText.tsx';
import { periodLabel } from '../../ui/periods.ts';
import { StatusTag } from '../../ui/StatusTag.tsx';

/** Past declarations, newest first, each with its current revision and its period's bill. */
export function DeclarationsTable({
  declarations,
  loading,
}: {
  declarations: DeclarationSummary[];
  loading?: boolean;
}) {
  const { t } = useI18n();
  return (
    <Table<DeclarationSummary>
      rowKey="id"
      size="small"
      loading={loading}
      dataSource={declarations}
      pagination={{ pageSize: 12, hideOnSinglePage: true }}
      scroll={{ x: 'max-content' }}
      locale={{ emptyText: t('hcoll.declare.none') }}
      data-testid="coll-declarations"
      columns={[
        {
          title: t('hcoll.declare.no'),
          dataIndex: 'declarationNo',
          render: (v: string) => <span className="mono">{v}</span>,
        },
        { title: t('coll.period'), dataIndex: 'period', render: (v: string) => periodLabel(v) },
        { title: t('hcoll.declare.kind'), dataIndex: 'kind', render: (v: string) => labelOf(t, 'coll.declKind', v) },
        { title: t('hcoll.declare.revision'), dataIndex: 'revision', align: 'right' },
        {
          title: t('hcoll.declare.channel'),
          dataIndex: 'channel',
          render: (v: string) => labelOf(t, 'coll.declChannel', v),
        },
        { title: t('hcoll.declare.lines'), dataIndex: 'lineCount', align: 'right' },
        {
          title: t('hcoll.declare.totalWage'),
          dataIndex: 'totalWage',
          align: 'right',
          render: (v: string) => <MoneyText value={v} />,
        },
        {
          title: t('hcoll.declare.submittedAt'),
          dataIndex: 'submittedAt',
          render: (v: string) => <DateText value={v} instant />,
        },
        {
          title: t('coll.bill.no'),
          key: 'bill',
          render: (_, d) =>
            d.bill ? (
              <>
                <span className="mono">{d.bill.billNo}</span> <StatusTag family="bill" status={d.bill.status} />
              </>
            ) : (
              '—'
            ),
        },
        {
          title: t('common.status'),
          dataIndex: 'status',
          render: (v: string) => <StatusTag family="declaration" status={v} />,
        },
      ]}
    />
  );
}
