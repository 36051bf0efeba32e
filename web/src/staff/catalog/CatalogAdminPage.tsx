import { PlusOutlined } from '@ant-design/icons';
import {
  Badge,
  Button,
  Card,
  Flex,
  Form,
  Input,
  InputNumber,
  Segmented,
  Select,
  Table,
  Tabs,
  Tag,
  Typography,
} from 'antd';
import { useEffect, useState, type HTMLAttributes } from 'react';
import { Link, useNavigate } from 'react-router';
import type { CatalogItem, EvaluationSettings, OverdueDisclosure } from '../../api/deskTypes.ts';
import { useI18n, useLocal } from '../../i18n/index.ts';
import { ChannelTags } from '../../shared/catalog/ChannelTags.tsx';
import { usePublicCatalog } from '../../shared/catalog/catalogApi.ts';
import { TimeLimitText } from '../../shared/catalog/TimeLimitText.tsx';
import { DateField } from '../../ui/DateField.tsx';
import { DateText } from '../../ui/DateText.tsx';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { FormModal } from '../../ui/FormModal.tsx';
import { todayIso } from '../../ui/formatTime.ts';
import { PageTitle } from '../../ui/PageTitle.tsx';
import { StatusTag } from '../../ui/StatusTag.tsx';
import { useNotify } from '../../ui/useNotify.ts';
import {
  useCatalogItems,
  useCreateCategory,
  useEvaluationSettings,
  useOverdueDisclosures,
  useSaveEvaluationSettings,
  useWithdrawItem,
  type ItemFilter,
} from './catalogAdminApi.ts';
import { BilingualInput } from './BilingualInput.tsx';
import { DisclosureTag } from './DisclosureTag.tsx';
import { ItemDrawer } from './ItemDrawer.tsx';

type Tab = 'items' | 'overdue' | 'settings';

function ItemsTab({ onOpen, onWithdraw }: { onOpen: (code: string) => void; onWithdraw: (item: CatalogItem) => void }) {
  const { t } = useI18n();
  const local = useLocal();
  const catalog = usePublicCatalog();
  const [filter, setFilter] = useState<ItemFilter>({ status: 'active' });
  const items = useCatalogItems(filter);
  const categoryName = (code: string) => {
    const c = catalog.data?.find((x) => x.code === code);
    return c ? local.text(c.name) : code;
  };
  return (
    <>
      <Flex gap={12} wrap style={{ marginBottom: 16 }}>
        <Segmented<ItemFilter['status']>
          value={filter.status}
          onChange={(status) => setFilter({ ...filter, status })}
          options={(['active', 'withdrawn', 'all'] as const).map((s) => ({
            value: s,
            label: t(`catalogAdmin.filter.${s}`),
          }))}
        />
        <Select
          allowClear
          placeholder={t('catalogAdmin.disclosure')}
          style={{ width: 160 }}
          value={filter.disclosure}
          onChange={(disclosure) => setFilter({ ...filter, disclosure })}
          options={(['overdue', 'pending'] as const).map((d) => ({ value: d, label: t(`disclosure.${d}`) }))}
        />
        <Input.Search
          allowClear
          placeholder={t('catalogAdmin.search')}
          style={{ width: 260 }}
          onSearch={(q) => setFilter({ ...filter, q: q.trim() || undefined })}
          data-testid="catalog-admin-search"
        />
      </Flex>
      <ErrorAlert error={items.error} />
      <Table<CatalogItem>
        rowKey="code"
        size="middle"
        loading={items.isFetching}
        dataSource={items.data ?? []}
        scroll={{ x: 'max-content' }}
        pagination={{ pageSize: 20, hideOnSinglePage: true, showTotal: (n) => t('common.total', { n }) }}
        onRow={(i) => ({ 'data-testid': `catalog-row-${i.code}` }) as HTMLAttributes<HTMLElement>}
        columns={[
          {
            title: t('guide.itemName'),
            key: 'name',
            render: (_, i) => (
              <>
                <Button type="link" style={{ paddingInline: 0, height: 'auto' }} onClick={() => onOpen(i.code)}>
                  {local.text(i.current.name)}
                </Button>
                <div className="mono" style={{ color: 'rgba(0,0,0,0.45)' }}>
                  {i.code}
                </div>
              </>
            ),
          },
          { title: t('catalogAdmin.category'), dataIndex: 'categoryCode', render: (v: string) => categoryName(v) },
          {
            title: t('catalogAdmin.version'),
            key: 'version',
            render: (_, i) => (
              <>
                v{i.currentVersion}
                {i.latestVersion > i.currentVersion && (
                  <Tag color="purple" style={{ marginInlineStart: 6 }}>
                    {t('catalogAdmin.scheduled', { version: i.latestVersion })}
                  </Tag>
                )}
                {!i.inForce && <Tag color="purple">{t('catalogAdmin.notInForce')}</Tag>}
              </>
            ),
          },
          {
            title: t('guide.timeLimit'),
            key: 'time',
            render: (_, i) => (
              <TimeLimitText promisedDays={i.current.promisedDays} statutoryDays={i.current.statutoryDays} />
            ),
          },
          {
            title: t('catalogAdmin.channels'),
            key: 'channels',
            render: (_, i) => <ChannelTags channels={i.current.channels} />,
          },
          {
            title: t('catalogAdmin.disclosure'),
            key: 'disclosure',
            render: (_, i) => <DisclosureTag status={i.current.disclosureStatus} />,
          },
          {
            title: t('common.status'),
            dataIndex: 'status',
            render: (v: CatalogItem['status']) => <StatusTag family="catalogItem" status={v} />,
          },
          {
            title: t('common.actions'),
            key: 'actions',
            render: (_, i) => (
              <Flex gap={4}>
                <Button size="small" type="link" onClick={() => onOpen(i.code)}>
                  {t('catalogAdmin.view')}
                </Button>
                {i.status === 'active' && (
                  <>
                    <Link to={`/staff/catalog/${i.code}/edit`}>
                      <Button size="small" type="link" data-testid={`catalog-change-${i.code}`}>
                        {t('catalogAdmin.change')}
                      </Button>
                    </Link>
                    <Button size="small" type="link" danger onClick={() => onWithdraw(i)}>
                      {t('catalogAdmin.withdraw')}
                    </Button>
                  </>
                )}
              </Flex>
            ),
          },
        ]}
      />
    </>
  );
}

function OverdueTab({ onOpen }: { onOpen: (code: string) => void }) {
  const { t } = useI18n();
  const local = useLocal();
  const overdue = useOverdueDisclosures();
  return (
    <>
      <Typography.Paragraph type="secondary">
        {t('catalogAdmin.overdueIntro', { date: overdue.data?.asOf ?? '' })}
      </Typography.Paragraph>
      <ErrorAlert error={overdue.error} />
      <Table<OverdueDisclosure>
        rowKey={(r) => `${r.code}-${r.version}`}
        size="middle"
        loading={overdue.isFetching}
        dataSource={overdue.data?.items ?? []}
        locale={{ emptyText: t('catalogAdmin.noOverdue') }}
        pagination={false}
        columns={[
          {
            title: t('guide.itemName'),
            key: 'name',
            render: (_, r) => (
              <Button type="link" style={{ paddingInline: 0 }} onClick={() => onOpen(r.code)}>
                {local.text(r.name)}
              </Button>
            ),
          },
          { title: t('catalogAdmin.version'), dataIndex: 'version', render: (v: number) => `v${v}` },
          { title: t('catalogAdmin.changedOn'), dataIndex: 'changedOn', render: (v: string) => <DateText value={v} /> },
          {
            title: t('catalogAdmin.disclosureDue'),
            dataIndex: 'disclosureDueOn',
            render: (v: string) => <DateText value={v} />,
          },
          {
            title: t('catalogAdmin.daysOverdue'),
            dataIndex: 'workingDaysOverdue',
            render: (v: number) => <Tag color="red">{v}</Tag>,
          },
        ]}
      />
    </>
  );
}

function SettingsTab() {
  const { t } = useI18n();
  const notify = useNotify();
  const settings = useEvaluationSettings();
  const save = useSaveEvaluationSettings();
  const [form] = Form.useForm<EvaluationSettings>();
  useEffect(() => {
    if (settings.data) form.setFieldsValue(settings.data);
  }, [settings.data, form]);
  return (
    <Card style={{ maxWidth: 560 }}>
      <Typography.Paragraph type="secondary">{t('settings.intro')}</Typography.Paragraph>
      <ErrorAlert error={settings.error ?? save.error} />
      <Form<EvaluationSettings>
        form={form}
        layout="vertical"
        onFinish={(v) => save.mutate(v, { onSuccess: () => notify.success(t('common.saved')) })}
      >
        <Form.Item name="callbackDeadlineWorkdays" label={t('settings.callbackDays')} rules={[{ required: true }]}>
          <InputNumber min={0} max={30} precision={0} addonAfter={t('settings.workdays')} />
        </Form.Item>
        <Form.Item name="rectifyDeadlineWorkdays" label={t('settings.rectifyDays')} rules={[{ required: true }]}>
          <InputNumber min={1} max={90} precision={0} addonAfter={t('settings.workdays')} />
        </Form.Item>
        <Form.Item name="ratingOpenDays" label={t('settings.ratingDays')} rules={[{ required: true }]}>
          <InputNumber min={1} max={365} precision={0} addonAfter={t('settings.days')} />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={save.isPending}>
          {t('common.save')}
        </Button>
      </Form>
    </Card>
  );
}

/** `/staff/catalog`: the service items, their versions and disclosure, categories, and the evaluation policy. */
export default function CatalogAdminPage() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const [tab, setTab] = useState<Tab>('items');
  const [open, setOpen] = useState<string | null>(null);
  const [withdrawing, setWithdrawing] = useState<CatalogItem | null>(null);
  const [creatingCategory, setCreatingCategory] = useState(false);
  const overdue = useOverdueDisclosures();
  const withdraw = useWithdrawItem(withdrawing?.code ?? null);
  const createCategory = useCreateCategory();
  return (
    <>
      <PageTitle
        title={t('menu.catalog')}
        description={t('catalogAdmin.description')}
        extra={
          <>
            <Button icon={<PlusOutlined />} onClick={() => setCreatingCategory(true)} data-testid="category-create">
              {t('catalogAdmin.newCategory')}
            </Button>
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => navigate('/staff/catalog/new')}
              data-testid="item-create"
            >
              {t('catalogAdmin.newItem')}
            </Button>
          </>
        }
      />
      <Tabs
        activeKey={tab}
        onChange={(k) => setTab(k as Tab)}
        items={[
          {
            key: 'items',
            label: t('catalogAdmin.tabItems'),
            children: <ItemsTab onOpen={setOpen} onWithdraw={setWithdrawing} />,
          },
          {
            key: 'overdue',
            label: (
              <Badge count={overdue.data?.items.length ?? 0} size="small" offset={[8, 0]}>
                <span data-testid="catalog-tab-overdue">{t('catalogAdmin.tabOverdue')}</span>
              </Badge>
            ),
            children: <OverdueTab onOpen={setOpen} />,
          },
          { key: 'settings', label: t('catalogAdmin.tabSettings'), children: <SettingsTab /> },
        ]}
      />
      <ItemDrawer code={open} onClose={() => setOpen(null)} />
      <FormModal<{ reason: string; withdrawnOn: string }>
        open={withdrawing !== null}
        title={t('catalogAdmin.withdrawTitle', { code: withdrawing?.code ?? '' })}
        mutation={withdraw}
        onClose={() => setWithdrawing(null)}
        successText={t('catalogAdmin.withdrawn')}
        testId="withdraw-modal"
        danger
        initialValues={{ withdrawnOn: todayIso() }}
      >
        <Form.Item
          name="withdrawnOn"
          label={t('catalogAdmin.withdrawnOn')}
          rules={[{ required: true, message: t('form.required') }]}
        >
          <DateField />
        </Form.Item>
        <Form.Item
          name="reason"
          label={t('case.reason')}
          rules={[{ required: true, whitespace: true, message: t('form.required') }]}
        >
          <Input.TextArea rows={3} maxLength={500} />
        </Form.Item>
      </FormModal>
      <FormModal<{ code: string; name: { zh: string; en: string }; sort: number }>
        open={creatingCategory}
        title={t('catalogAdmin.newCategory')}
        mutation={createCategory}
        onClose={() => setCreatingCategory(false)}
        successText={t('catalogAdmin.categoryCreated')}
        testId="category-modal"
        initialValues={{ sort: 100 }}
      >
        <Form.Item
          name="code"
          label={t('catalogAdmin.code')}
          extra={t('catalogAdmin.codeHint')}
          rules={[{ required: true, pattern: /^[a-z][a-z0-9-]{1,47}$/, message: t('catalogAdmin.codeFormat') }]}
        >
          <Input className="mono" maxLength={48} />
        </Form.Item>
        <BilingualInput name="name" label={t('catalogAdmin.categoryName')} single />
        <Form.Item name="sort" label={t('catalogAdmin.sort')} rules={[{ required: true }]}>
          <InputNumber min={0} max={100000} precision={0} />
        </Form.Item>
      </FormModal>
    </>
  );
}
