import { EditOutlined } from '@ant-design/icons';
import { Button, Descriptions, Drawer, Flex, Form, Table, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import type { ItemVersion } from '../../api/deskTypes.ts';
import { useI18n, useLocal } from '../../i18n/index.ts';
import { ChannelTags } from '../../shared/catalog/ChannelTags.tsx';
import { TimeLimitText } from '../../shared/catalog/TimeLimitText.tsx';
import { DateField } from '../../ui/DateField.tsx';
import { DateText } from '../../ui/DateText.tsx';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { FormModal } from '../../ui/FormModal.tsx';
import { todayIso } from '../../ui/formatTime.ts';
import { StatusTag } from '../../ui/StatusTag.tsx';
import { useCatalogItem, useRecordDisclosure } from './catalogAdminApi.ts';
import { DisclosureTag } from './DisclosureTag.tsx';

/** An item with every version: when each took effect, why, and when it was published (公示). */
export function ItemDrawer({ code, onClose }: { code: string | null; onClose: () => void }) {
  const { t } = useI18n();
  const local = useLocal();
  const item = useCatalogItem(code);
  const [disclosing, setDisclosing] = useState<ItemVersion | null>(null);
  const record = useRecordDisclosure(code, disclosing?.version ?? null);
  const d = item.data;
  return (
    <Drawer
      open={code !== null}
      onClose={onClose}
      size={820}
      title={d ? `${local.text(d.current.name)}（${d.code}）` : ''}
      extra={
        d &&
        d.status === 'active' && (
          <Link to={`/staff/catalog/${d.code}/edit`}>
            <Button type="primary" icon={<EditOutlined />}>
              {t('catalogAdmin.change')}
            </Button>
          </Link>
        )
      }
    >
      <ErrorAlert error={item.error} />
      {d && (
        <div data-testid="item-drawer">
          <Descriptions
            size="small"
            bordered
            column={2}
            items={[
              {
                key: 'status',
                label: t('common.status'),
                children: <StatusTag family="catalogItem" status={d.status} />,
              },
              {
                key: 'version',
                label: t('catalogAdmin.version'),
                children: t('catalogAdmin.versions', { current: d.currentVersion, latest: d.latestVersion }),
              },
              {
                key: 'time',
                label: t('guide.timeLimit'),
                children: (
                  <TimeLimitText promisedDays={d.current.promisedDays} statutoryDays={d.current.statutoryDays} />
                ),
              },
              {
                key: 'channels',
                label: t('catalogAdmin.channels'),
                children: <ChannelTags channels={d.current.channels} />,
              },
              {
                key: 'workflow',
                label: t('catalogAdmin.workflow'),
                children: `${d.current.module} · ${d.current.workflow}`,
              },
              {
                key: 'steps',
                label: t('guide.process'),
                children: d.current.steps.map((s) => local.text(s.name)).join(' → '),
              },
              ...(d.withdrawnOn
                ? [
                    {
                      key: 'withdrawn',
                      label: t('catalogAdmin.withdrawnOn'),
                      children: `${d.withdrawnOn} · ${d.withdrawnReason ?? ''}`,
                    },
                  ]
                : []),
            ]}
          />
          <Typography.Title level={5} style={{ marginTop: 20 }}>
            {t('catalogAdmin.versionHistory')}
          </Typography.Title>
          <Table<ItemVersion>
            rowKey="version"
            size="small"
            pagination={false}
            dataSource={d.versions}
            scroll={{ x: 'max-content' }}
            columns={[
              { title: t('catalogAdmin.version'), dataIndex: 'version', render: (v: number) => `v${v}` },
              {
                title: t('catalogAdmin.changedOn'),
                dataIndex: 'changedOn',
                render: (v: string) => <DateText value={v} />,
              },
              { title: t('catalogAdmin.changeNote'), key: 'note', render: (_, v) => local.text(v.changeNote) },
              {
                title: t('catalogAdmin.disclosureDue'),
                dataIndex: 'disclosureDueOn',
                render: (v: string | null) => <DateText value={v} />,
              },
              {
                title: t('catalogAdmin.disclosedOn'),
                dataIndex: 'disclosedOn',
                render: (v: string | null) => <DateText value={v} />,
              },
              {
                title: t('catalogAdmin.disclosure'),
                key: 'ds',
                render: (_, v) => <DisclosureTag status={v.disclosureStatus} />,
              },
              {
                title: '',
                key: 'act',
                render: (_, v) =>
                  v.disclosedOn === null && (
                    <Button size="small" onClick={() => setDisclosing(v)} data-testid={`item-disclose-${v.version}`}>
                      {t('catalogAdmin.recordDisclosure')}
                    </Button>
                  ),
              },
            ]}
          />
          <Flex style={{ marginTop: 12 }}>
            <Link to={`/services/${d.code}`} target="_blank">
              {t('catalogAdmin.publicGuide')}
            </Link>
          </Flex>
        </div>
      )}
      <FormModal<{ disclosedOn: string }>
        open={disclosing !== null}
        title={t('catalogAdmin.disclosureTitle', { version: disclosing?.version ?? '' })}
        mutation={record}
        onClose={() => setDisclosing(null)}
        successText={t('catalogAdmin.disclosureRecorded')}
        testId="disclosure-modal"
        initialValues={{ disclosedOn: todayIso() }}
      >
        <Form.Item
          name="disclosedOn"
          label={t('catalogAdmin.disclosedOn')}
          extra={t('catalogAdmin.disclosedOnHint')}
          rules={[{ required: true, message: t('form.required') }]}
        >
          <DateField />
        </Form.Item>
      </FormModal>
    </Drawer>
  );
}
