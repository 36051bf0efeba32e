import { KeyOutlined } from '@ant-design/icons';
import { Button, Card, Col, Row, Table, Tag, Typography } from 'antd';
import { useState, type HTMLAttributes } from 'react';
import { useI18n } from '../../../i18n/index.ts';
import { DateText } from '../../../ui/DateText.tsx';
import { ErrorAlert } from '../../../ui/ErrorAlert.tsx';
import { labelOf } from '../../../ui/labels.ts';
import { useConfirm } from '../../../ui/useConfirm.ts';
import { CreateApiKeyModal } from './CreateApiKeyModal.tsx';
import { useApiKeys, useRevokeApiKey } from './hallRegistrationApi.ts';
import { PayrollHowTo } from './PayrollHowTo.tsx';
import type { ApiKey } from './types.ts';

/** 接口密钥: the employer's API keys for payroll software: list, create (shown once), revoke. */
export function ApiKeysPage() {
  const { t } = useI18n();
  const confirm = useConfirm();
  const keys = useApiKeys();
  const revoke = useRevokeApiKey();
  const [creating, setCreating] = useState(false);
  return (
    <Row gutter={[24, 24]}>
      <Col xs={24}>
        <Card
          title={t('hreg.key.title')}
          data-testid="hreg-api-keys"
          extra={
            <Button type="primary" icon={<KeyOutlined />} onClick={() => setCreating(true)} data-testid="hreg-key-new">
              {t('hreg.key.create')}
            </Button>
          }
        >
          <Typography.Paragraph type="secondary">{t('hreg.key.intro')}</Typography.Paragraph>
          <ErrorAlert error={keys.error} />
          <Table<ApiKey>
            rowKey="id"
            size="small"
            loading={keys.isFetching}
            dataSource={keys.data ?? []}
            pagination={{ pageSize: 20, hideOnSinglePage: true }}
            scroll={{ x: 'max-content' }}
            locale={{ emptyText: t('hreg.key.none') }}
            onRow={(k) => ({ 'data-testid': `hreg-key-${k.prefix}` }) as HTMLAttributes<HTMLElement>}
            columns={[
              { title: t('hreg.key.label'), dataIndex: 'label' },
              {
                title: t('hreg.key.prefix'),
                dataIndex: 'prefix',
                render: (v: string) => <span className="mono">{v}</span>,
              },
              {
                title: t('hreg.key.scopes'),
                dataIndex: 'scopes',
                render: (v: string[]) => v.map((s) => <Tag key={s}>{labelOf(t, 'hreg.key.scope', s)}</Tag>),
              },
              {
                title: t('hreg.key.createdAt'),
                dataIndex: 'createdAt',
                render: (v: string) => <DateText value={v} instant />,
              },
              {
                title: t('hreg.key.lastUsedAt'),
                dataIndex: 'lastUsedAt',
                render: (v: string | null) => <DateText value={v} instant />,
              },
              {
                title: t('common.status'),
                key: 'state',
                render: (_, k) =>
                  k.revokedAt ? (
                    <Tag>{t('hreg.key.stateRevoked')}</Tag>
                  ) : (
                    <Tag color="green">{t('hreg.key.stateActive')}</Tag>
                  ),
              },
              {
                title: t('common.actions'),
                key: 'revoke',
                render: (_, k) =>
                  k.revokedAt ? (
                    <DateText value={k.revokedAt} instant />
                  ) : (
                    <Button
                      size="small"
                      danger
                      data-testid="hreg-key-revoke"
                      onClick={() =>
                        confirm({
                          title: t('hreg.key.revokeConfirm', { label: k.label }),
                          content: t('hreg.key.revokeText'),
                          okText: t('hreg.key.revoke'),
                          danger: true,
                          successText: t('hreg.key.revoked'),
                          run: () => revoke.mutateAsync(k.id),
                        })
                      }
                    >
                      {t('hreg.key.revoke')}
                    </Button>
                  ),
              },
            ]}
          />
        </Card>
      </Col>
      <Col xs={24}>
        <PayrollHowTo />
      </Col>
      <CreateApiKeyModal open={creating} onClose={() => setCreating(false)} />
    </Row>
  );
}
