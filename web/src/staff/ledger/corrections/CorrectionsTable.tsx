import { Button, Space, Table } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { useCan } from '../../../api/session.ts';
import { useI18n } from '../../../i18n/index.ts';
import { DateText } from '../../../ui/DateText.tsx';
import { StatusTag } from '../../../ui/StatusTag.tsx';
import type { Correction } from '../ledgerTypes.ts';
import { DecisionModal } from './DecisionModal.tsx';

/** Corrections with their status, links to the entries they booked, and approve/reject for ledger.approve. */
export function CorrectionsTable(props: {
  corrections: Correction[];
  loading?: boolean;
  pagination?: { current: number; pageSize: number; total: number; onChange: (page: number) => void } | false;
}) {
  const { t } = useI18n();
  const can = useCan();
  const [deciding, setDeciding] = useState<{ id: number; decision: 'approve' | 'reject' } | null>(null);
  const entry = (id: number | null) => (id === null ? '—' : <Link to={`/staff/ledger/entries/${id}`}>#{id}</Link>);
  return (
    <>
      <Table<Correction>
        rowKey="id"
        size="middle"
        loading={props.loading}
        dataSource={props.corrections}
        scroll={{ x: 'max-content' }}
        pagination={props.pagination === false || props.pagination === undefined ? false : { ...props.pagination }}
        columns={[
          { title: t('ledger.correction.id'), dataIndex: 'id' },
          { title: t('ledger.correction.entry'), dataIndex: 'entryId', render: (id: number) => entry(id) },
          { title: t('ledger.correction.reason'), dataIndex: 'reason' },
          {
            title: t('ledger.correction.replacement'),
            key: 'replacement',
            render: (_, c) =>
              c.replacementLines ? t('ledger.correction.lines', { n: c.replacementLines.length }) : '—',
          },
          {
            title: t('common.status'),
            dataIndex: 'status',
            render: (s: Correction['status']) => <StatusTag family="correction" status={s} />,
          },
          {
            title: t('ledger.correction.requestedAt'),
            dataIndex: 'requestedAt',
            render: (v: string) => <DateText value={v} instant />,
          },
          {
            title: t('ledger.correction.reversal'),
            dataIndex: 'reversalEntryId',
            render: (id: number | null) => entry(id),
          },
          {
            title: t('ledger.correction.replacementEntry'),
            dataIndex: 'replacementEntryId',
            render: (id: number | null) => entry(id),
          },
          { title: t('ledger.correction.note'), dataIndex: 'decisionNote', render: (v: string | null) => v ?? '—' },
          {
            title: t('common.actions'),
            key: 'actions',
            render: (_, c) =>
              c.status === 'proposed' && can('ledger.approve') ? (
                <Space>
                  <Button
                    size="small"
                    type="primary"
                    onClick={() => setDeciding({ id: c.id, decision: 'approve' })}
                    data-testid={`correction-approve-${c.id}`}
                  >
                    {t('ledger.correction.approve')}
                  </Button>
                  <Button
                    size="small"
                    danger
                    onClick={() => setDeciding({ id: c.id, decision: 'reject' })}
                    data-testid={`correction-reject-${c.id}`}
                  >
                    {t('ledger.correction.reject')}
                  </Button>
                </Space>
              ) : null,
          },
        ]}
      />
      <DecisionModal decision={deciding} onClose={() => setDeciding(null)} />
    </>
  );
}
