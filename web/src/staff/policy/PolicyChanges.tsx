import { Button, Flex, Form, Input, Popconfirm, Segmented, Table, Tooltip, Typography } from 'antd';
import { useState, type HTMLAttributes } from 'react';
import { useCan, useSessionInfo } from '../../api/session.ts';
import { useI18n, type MessageKey } from '../../i18n/index.ts';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { FormModal } from '../../ui/FormModal.tsx';
import { formatInstant } from '../../ui/formatTime.ts';
import { StatusTag } from '../../ui/StatusTag.tsx';
import { useNotify } from '../../ui/useNotify.ts';
import { useDecideChange, usePolicyChanges, useWithdrawChange } from './policyApi.ts';
import { displayValue } from './policyChart.ts';
import type { PolicyChange } from './policyTypes.ts';

const FILTERS = ['pending', 'approved', 'rejected', 'withdrawn', 'all'] as const;

/** The proposed changes, with approve and reject for checkers and withdraw for the proposer. */
export function PolicyChanges() {
  const { t } = useI18n();
  const [status, setStatus] = useState<(typeof FILTERS)[number]>('pending');
  const changes = usePolicyChanges(status);
  const [deciding, setDeciding] = useState<{ change: PolicyChange; step: 'approve' | 'reject' } | null>(null);
  return (
    <>
      <Segmented
        value={status}
        onChange={(v) => setStatus(v)}
        options={FILTERS.map((f) => ({ value: f, label: t(`policy.status.${f}` as MessageKey) }))}
        style={{ marginBottom: 16 }}
        data-testid="policy-changes-filter"
      />
      <ErrorAlert error={changes.error} />
      <Table<PolicyChange>
        rowKey="id"
        size="middle"
        loading={changes.isFetching}
        dataSource={changes.data ?? []}
        locale={{ emptyText: t('policy.noChanges') }}
        scroll={{ x: 'max-content' }}
        pagination={{ pageSize: 20, showTotal: (n) => t('common.total', { n }) }}
        onRow={(c) => ({ 'data-testid': `policy-change-${c.id}` }) as HTMLAttributes<HTMLElement>}
        columns={[
          { title: '#', dataIndex: 'id' },
          {
            title: t('policy.col.region'),
            dataIndex: 'region',
            render: (v: string) => <span className="mono">{v}</span>,
          },
          { title: t('policy.field.key'), dataIndex: 'key', render: (v: string) => <span className="mono">{v}</span> },
          { title: t('policy.col.validFrom'), dataIndex: 'validFrom' },
          { title: t('policy.col.change'), key: 'change', render: (_, c) => <ChangeText change={c} /> },
          {
            title: t('policy.col.basis'),
            key: 'basis',
            render: (_, c) => (
              <Flex vertical style={{ maxWidth: 280 }}>
                <Typography.Text ellipsis={{ tooltip: c.reason }}>{c.reason}</Typography.Text>
                <Typography.Text type="secondary" ellipsis={{ tooltip: c.basis }}>
                  {c.basis}
                </Typography.Text>
              </Flex>
            ),
          },
          {
            title: t('policy.col.proposer'),
            key: 'proposer',
            render: (_, c) => (
              <Flex vertical>
                <span>{c.proposedBy.name}</span>
                <Typography.Text type="secondary">{formatInstant(c.proposedAt, false)}</Typography.Text>
              </Flex>
            ),
          },
          {
            title: t('common.status'),
            key: 'status',
            render: (_, c) => (
              <Flex vertical>
                <StatusTag family="policyChange" status={c.status} />
                {c.decidedBy && <Typography.Text type="secondary">{c.decidedBy.name}</Typography.Text>}
                {c.decisionNote && <Typography.Text type="secondary">{c.decisionNote}</Typography.Text>}
              </Flex>
            ),
          },
          {
            title: t('common.actions'),
            key: 'actions',
            render: (_, c) => <ChangeActions change={c} onDecide={(step) => setDeciding({ change: c, step })} />,
          },
        ]}
      />
      <DecideModal deciding={deciding} onClose={() => setDeciding(null)} />
    </>
  );
}

function ChangeText({ change }: { change: PolicyChange }) {
  const { t } = useI18n();
  const value = change.kind === 'table' ? change.value.slice(0, 60) : displayValue(change.kind, change.value);
  return (
    <Flex vertical>
      <span className="mono">{value}</span>
      {change.current && (
        <Typography.Text type="secondary" className="mono">
          {t('policy.current')}: {change.kind === 'table' ? '…' : displayValue(change.kind, change.current.value)} (
          {change.current.region})
        </Typography.Text>
      )}
    </Flex>
  );
}

/** Approve and reject for checkers (disabled, with the reason, on one's own proposal); withdraw for the proposer. */
function ChangeActions({ change, onDecide }: { change: PolicyChange; onDecide: (step: 'approve' | 'reject') => void }) {
  const { t } = useI18n();
  const can = useCan();
  const session = useSessionInfo().data?.session;
  const withdraw = useWithdrawChange();
  const notify = useNotify();
  if (change.status !== 'pending') return null;
  const own = session?.id === change.proposedBy.id;
  const decideButton = (step: 'approve' | 'reject') => (
    <Button
      size="small"
      type={step === 'approve' ? 'primary' : 'default'}
      danger={step === 'reject'}
      disabled={own}
      onClick={() => onDecide(step)}
      data-testid={`policy-${step}-${change.id}`}
    >
      {t(`policy.${step}`)}
    </Button>
  );
  return (
    <Flex gap={4} wrap>
      {can('policy.approve') &&
        (own ? (
          <Tooltip title={t('policy.ownProposal')}>
            <Flex gap={4} data-testid={`policy-own-${change.id}`}>
              {decideButton('approve')}
              {decideButton('reject')}
            </Flex>
          </Tooltip>
        ) : (
          <>
            {decideButton('approve')}
            {decideButton('reject')}
          </>
        ))}
      {own && (
        <Popconfirm
          title={t('policy.withdrawConfirm')}
          onConfirm={() =>
            withdraw.mutateAsync(change.id).then(
              () => notify.success(t('policy.withdrawn')),
              (error: unknown) => notify.error(error),
            )
          }
        >
          <Button size="small" data-testid={`policy-withdraw-${change.id}`}>
            {t('policy.withdraw')}
          </Button>
        </Popconfirm>
      )}
    </Flex>
  );
}

function DecideModal({
  deciding,
  onClose,
}: {
  deciding: { change: PolicyChange; step: 'approve' | 'reject' } | null;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const decide = useDecideChange();
  const step = deciding?.step ?? 'approve';
  const id = deciding?.change.id ?? 0;
  return (
    <FormModal<{ note?: string }, { id: number; step: 'approve' | 'reject'; note?: string }>
      open={deciding !== null}
      title={t(step === 'approve' ? 'policy.approveTitle' : 'policy.rejectTitle', { id })}
      mutation={decide}
      toVariables={(v) => ({ id, step, ...(v.note?.trim() ? { note: v.note.trim() } : {}) })}
      onClose={onClose}
      successText={t(step === 'approve' ? 'policy.approved' : 'policy.rejected')}
      okText={t(`policy.${step}`)}
      danger={step === 'reject'}
      testId="policy-decide-form"
    >
      {deciding && (
        <Typography.Paragraph>
          <span className="mono">
            {deciding.change.region} · {deciding.change.key} · {deciding.change.validFrom} →{' '}
            {deciding.change.kind === 'table' ? '…' : displayValue(deciding.change.kind, deciding.change.value)}
          </span>
        </Typography.Paragraph>
      )}
      <Form.Item
        name="note"
        label={t('policy.field.note')}
        rules={[{ required: step === 'reject', whitespace: true, max: 1000 }]}
      >
        <Input.TextArea rows={3} maxLength={1000} data-testid="policy-decide-note" />
      </Form.Item>
    </FormModal>
  );
}
