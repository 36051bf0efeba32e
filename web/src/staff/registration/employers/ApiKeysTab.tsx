import { KeyOutlined } from '@ant-design/icons';
import { Alert, Button, Checkbox, Form, Input, Modal, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useCan } from '../../../api/session.ts';
import { useI18n } from '../../../i18n/index.ts';
import { DateText } from '../../../ui/DateText.tsx';
import { ErrorAlert } from '../../../ui/ErrorAlert.tsx';
import { FormModal } from '../../../ui/FormModal.tsx';
import { useConfirm } from '../../../ui/useConfirm.ts';
import { useApiKeys, useCreateApiKey, useRevokeApiKey } from '../registrationApi.ts';
import { API_KEY_SCOPES, type ApiKey, type ApiKeyScope, type EmployerDetail } from '../registrationTypes.ts';
import { maxLength, required } from '../shared/rules.ts';

/** The employer's payroll API keys: the full key is shown once, at creation; revoking is final. */
export function ApiKeysTab({ employer }: { employer: EmployerDetail }) {
  const { t } = useI18n();
  const can = useCan();
  const confirm = useConfirm();
  const keys = useApiKeys(employer.id);
  const create = useCreateApiKey(employer.id);
  const revoke = useRevokeApiKey(employer.id);
  const [creating, setCreating] = useState(false);
  const [shown, setShown] = useState<string | null>(null);
  const writable = can('registration.write') && employer.status === 'active';
  return (
    <>
      {writable && (
        <Button
          type="primary"
          icon={<KeyOutlined />}
          style={{ marginBottom: 12 }}
          onClick={() => setCreating(true)}
          data-testid="api-key-create"
        >
          {t('reg.apiKey.create')}
        </Button>
      )}
      <ErrorAlert error={keys.error} />
      <Table<ApiKey>
        rowKey="id"
        size="small"
        loading={keys.isFetching}
        dataSource={keys.data ?? []}
        pagination={false}
        scroll={{ x: 'max-content' }}
        columns={[
          {
            title: t('reg.apiKey.prefix'),
            dataIndex: 'prefix',
            render: (v: string) => <span className="mono">{v}…</span>,
          },
          { title: t('reg.apiKey.label'), dataIndex: 'label' },
          {
            title: t('reg.apiKey.scopes'),
            dataIndex: 'scopes',
            render: (v: ApiKeyScope[]) => v.map((s) => <Tag key={s}>{t(`reg.apiScope.${s}`)}</Tag>),
          },
          { title: t('reg.createdAt'), dataIndex: 'createdAt', render: (v: string) => <DateText value={v} instant /> },
          {
            title: t('reg.apiKey.lastUsed'),
            dataIndex: 'lastUsedAt',
            render: (v: string | null) => <DateText value={v} instant />,
          },
          {
            title: t('common.status'),
            key: 'status',
            render: (_, k) =>
              k.revokedAt ? (
                <Tag>
                  {t('reg.apiKey.revoked')} <DateText value={k.revokedAt} instant />
                </Tag>
              ) : (
                <Tag color="green">{t('reg.apiKey.active')}</Tag>
              ),
          },
          {
            title: t('common.actions'),
            key: 'actions',
            render: (_, k) =>
              !k.revokedAt && can('registration.write') ? (
                <Button
                  size="small"
                  type="link"
                  danger
                  data-testid="api-key-revoke"
                  onClick={() =>
                    confirm({
                      title: t('reg.apiKey.revokeTitle', { label: k.label }),
                      content: t('reg.apiKey.revokeText'),
                      danger: true,
                      successText: t('reg.apiKey.revokedToast'),
                      run: () => revoke.mutateAsync(k.id),
                    })
                  }
                >
                  {t('reg.apiKey.revoke')}
                </Button>
              ) : null,
          },
        ]}
      />
      <FormModal<{ label: string; scopes: ApiKeyScope[] }>
        open={creating}
        title={t('reg.apiKey.create')}
        mutation={{
          ...create,
          mutateAsync: (v: { label: string; scopes: ApiKeyScope[] }) =>
            create.mutateAsync({ label: v.label.trim(), scopes: v.scopes }).then((answer) => {
              setShown(answer.key);
              return answer;
            }),
        }}
        initialValues={{ scopes: [] }}
        check={(v) => (v.scopes.length === 0 ? t('reg.apiKey.noScopes') : null)}
        onClose={() => setCreating(false)}
        successText={t('reg.apiKey.created')}
        testId="api-key-modal"
      >
        <Form.Item name="label" label={t('reg.apiKey.label')} rules={[required(t), maxLength(t, 100)]}>
          <Input maxLength={100} data-testid="api-key-label" />
        </Form.Item>
        <Form.Item name="scopes" label={t('reg.apiKey.scopes')}>
          <Checkbox.Group
            style={{ display: 'flex', flexDirection: 'column', gap: 4 }}
            options={API_KEY_SCOPES.map((s) => ({
              value: s,
              label: (
                <span>
                  {t(`reg.apiScope.${s}`)} <code className="mono">{s}</code>
                </span>
              ),
            }))}
          />
        </Form.Item>
      </FormModal>
      <Modal
        open={shown !== null}
        title={t('reg.apiKey.shownTitle')}
        onCancel={() => setShown(null)}
        onOk={() => setShown(null)}
        cancelButtonProps={{ style: { display: 'none' } }}
        okText={t('reg.apiKey.stored')}
      >
        <Alert type="warning" showIcon style={{ marginBottom: 12 }} title={t('reg.apiKey.shownOnce')} />
        <Typography.Paragraph copyable={{ text: shown ?? '' }} className="mono" data-testid="api-key-full">
          {shown}
        </Typography.Paragraph>
      </Modal>
    </>
  );
}
