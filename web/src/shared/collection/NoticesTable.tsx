import { Table, Typography } from 'antd';
import type { HTMLAttributes, ReactNode } from 'react';
import { useI18n } from '../../i18n/index.ts';
import { DateText } from '../../ui/DateText.tsx';
import { labelOf } from '../../ui/labels.ts';
import type { PaymentNotice } from './collectionTypes.ts';
import { MoneyText } from '../../ui/MoneyText.tsx';
import { StatusTag } from '../../ui/StatusTag.tsx';

/** A notice's status, and for a matched one how it was matched. */
export function NoticeStatusTag({ notice }: { notice: PaymentNotice }) {
  const { t } = useI18n();
  return (
    <StatusTag family="notice" status={notice.status}>
      {notice.resolvedBy ? ` · ${labelOf(t, 'coll.notice.resolvedBy', notice.resolvedBy)}` : ''}
    </StatusTag>
  );
}

/**
 * 缴款通知: the employer's word (amount, the day it says it paid, bank, reference, bills) beside
 * the payment received from the bank side that answered it, if any.
 */
export function NoticesTable({
  notices,
  loading,
  showEmployer = false,
  actions,
}: {
  notices: PaymentNotice[];
  loading?: boolean;
  showEmployer?: boolean;
  actions?: (notice: PaymentNotice) => ReactNode;
}) {
  const { t } = useI18n();
  return (
    <Table<PaymentNotice>
      rowKey="id"
      size="small"
      loading={loading}
      dataSource={notices}
      pagination={{ pageSize: 20, hideOnSinglePage: true }}
      scroll={{ x: 'max-content' }}
      locale={{ emptyText: t('coll.notice.none') }}
      onRow={(n) => ({ 'data-testid': `coll-notice-${n.noticeNo}` }) as HTMLAttributes<HTMLElement>}
      columns={[
        { title: t('coll.notice.no'), dataIndex: 'noticeNo', render: (v: string) => <span className="mono">{v}</span> },
        ...(showEmployer ? [{ title: t('coll.notice.employer'), dataIndex: 'employerName' }] : []),
        {
          title: t('coll.amount'),
          dataIndex: 'amount',
          align: 'right',
          render: (v: string) => <MoneyText value={v} />,
        },
        { title: t('coll.notice.paidOn'), dataIndex: 'paidOn', render: (v: string) => <DateText value={v} /> },
        { title: t('coll.notice.bank'), dataIndex: 'bank' },
        {
          title: t('coll.notice.reference'),
          dataIndex: 'reference',
          render: (v: string) => <span className="mono">{v}</span>,
        },
        {
          title: t('coll.notice.bills'),
          dataIndex: 'billNos',
          render: (v: string[]) => (v.length ? <span className="mono">{v.join(', ')}</span> : '—'),
        },
        {
          title: t('coll.notice.sentAt'),
          key: 'sent',
          render: (_, n) => (
            <>
              <DateText value={n.sentAt} instant /> {labelOf(t, 'coll.notice.channel', n.channel)}
            </>
          ),
        },
        { title: t('common.status'), key: 'status', render: (_, n) => <NoticeStatusTag notice={n} /> },
        {
          title: t('coll.notice.payment'),
          key: 'payment',
          render: (_, n) =>
            n.payment ? (
              <>
                <span className="mono">{n.payment.paymentNo}</span>{' '}
                <Typography.Text type="secondary">
                  {t('coll.payment.receivedOn')} <DateText value={n.payment.receivedOn} /> ·{' '}
                  <MoneyText value={n.payment.amount} />
                </Typography.Text>
              </>
            ) : (
              (n.resolutionNote ?? '—')
            ),
        },
        ...(actions
          ? [{ title: t('common.actions'), key: 'actions', render: (_: unknown, n: PaymentNotice) => actions(n) }]
          : []),
      ]}
    />
  );
}
