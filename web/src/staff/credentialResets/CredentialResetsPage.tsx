import { Alert, Button, Modal, Segmented, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { useSessionInfo } from '../../api/session.ts';
import type { CredentialReset } from '../../api/types.ts';
import { useI18n } from '../../i18n/index.ts';
import { DateText } from '../../ui/DateText.tsx';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { PageTitle } from '../../ui/PageTitle.tsx';
import { StatusTag } from '../../ui/StatusTag.tsx';
import { useConfirm } from '../../ui/useConfirm.ts';
import { useCredentialResets, useDecideCredentialReset, type CredentialResetFilter } from './credentialResetsApi.ts';

/**
 * `/staff/credential-resets`: requests to reset administrators' passwords and second factors. An
 * administrator of another role than the requester approves; the temporary password is shown once.
 */
export default function CredentialResetsPage() {
  const { t } = useI18n();
  const me = useSessionInfo().data?.session?.id;
  const [filter, setFilter] = useState<CredentialResetFilter>({ state: 'pending', page: 1, pageSize: 20 });
  const list = useCredentialResets(filter);
  const decide = useDecideCredentialReset();
  const confirm = useConfirm();
  const [issued, setIssued] = useState<{ name: string; password: string } | null>(null);
  const approve = (reset: CredentialReset) =>
    confirm({
      title: t('credentialReset.approveConfirm', { name: reset.staffName }),
      danger: true,
      successText: t('credentialReset.approvedTitle', { name: reset.staffName }),
      run: async () => {
        const { temporaryPassword } = await decide.mutateAsync({ reset, decision: 'approve' });
        if (temporaryPassword) setIssued({ name: reset.staffName, password: temporaryPassword });
      },
    });
  const reject = (reset: CredentialReset) =>
    confirm({
      title: t('credentialReset.rejectConfirm'),
      successText: t('credentialReset.rejected'),
      run: () => decide.mutateAsync({ reset, decision: 'reject' }),
    });
  const actions = (r: CredentialReset) => {
    if (r.status !== 'pending' || r.staffId === me) return null;
    const own = r.requestedById === me;
    return (
      <Space>
        {!own && (
          <Button size="small" type="primary" danger onClick={() => approve(r)} data-testid={`reset-approve-${r.id}`}>
            {t('credentialReset.approve')}
          </Button>
        )}
        <Button size="small" onClick={() => reject(r)} data-testid={`reset-reject-${r.id}`}>
          {t(own ? 'credentialReset.withdraw' : 'credentialReset.reject')}
        </Button>
      </Space>
    );
  };
  return (
    <>
      <PageTitle title={t('credentialReset.menu')} />
      <Alert type="info" showIcon title={t('credentialReset.description')} style={{ marginBottom: 16 }} />
      <Segmented<CredentialResetFilter['state']>
        value={filter.state}
        onChange={(state) => setFilter({ ...filter, state, page: 1 })}
        options={[
          { value: 'pending', label: t('credentialReset.pending') },
          { value: 'all', label: t('credentialReset.all') },
        ]}
        style={{ marginBottom: 16 }}
        data-testid="credential-resets-state"
      />
      <ErrorAlert error={list.error} />
      <Table<CredentialReset>
        rowKey="id"
        size="middle"
        loading={list.isFetching}
        dataSource={list.data?.items ?? []}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: t('credentialReset.empty') }}
        pagination={{
          current: filter.page,
          pageSize: filter.pageSize,
          total: list.data?.total ?? 0,
          onChange: (page, pageSize) => setFilter({ ...filter, page, pageSize }),
        }}
        columns={[
          {
            title: t('credentialReset.account'),
            key: 'account',
            render: (_, r) => (
              <>
                {r.staffName} <span className="mono">({r.staffUsername})</span>
              </>
            ),
          },
          { title: t('credentialReset.reason'), dataIndex: 'reason' },
          { title: t('credentialReset.requestedBy'), dataIndex: 'requestedByName' },
          {
            title: t('credentialReset.requestedAt'),
            dataIndex: 'requestedAt',
            render: (v: string) => <DateText value={v} instant />,
          },
          {
            title: t('credentialReset.expiresAt'),
            dataIndex: 'expiresAt',
            render: (v: string) => <DateText value={v} instant />,
          },
          {
            title: t('common.status'),
            dataIndex: 'status',
            render: (s: CredentialReset['status']) => <StatusTag family="credentialReset" status={s} />,
          },
          { title: t('credentialReset.decidedBy'), dataIndex: 'decidedByName', render: (v: string | null) => v ?? '—' },
          { title: t('credentialReset.note'), dataIndex: 'decisionNote', render: (v: string | null) => v ?? '—' },
          { title: t('common.actions'), key: 'actions', render: (_, r) => actions(r) },
        ]}
      />
      <Modal
        open={issued !== null}
        title={t('credentialReset.approvedTitle', { name: issued?.name ?? '' })}
        onOk={() => setIssued(null)}
        onCancel={() => setIssued(null)}
        cancelButtonProps={{ style: { display: 'none' } }}
        destroyOnHidden
      >
        <Typography.Paragraph>{t('credentialReset.approvedText')}</Typography.Paragraph>
        <Typography.Text copyable className="mono" style={{ fontSize: 18 }} data-testid="temporary-password">
          {issued?.password}
        </Typography.Text>
      </Modal>
    </>
  );
}
