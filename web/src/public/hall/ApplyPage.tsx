import { SendOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Col, Descriptions, Form, Input, Row, Table, TreeSelect, Typography } from 'antd';
import { useMemo } from 'react';
import { Link, Navigate, useNavigate, useParams } from 'react-router';
import type { CatalogMaterial, PendingUpload, PublicAgency } from '../../api/deskTypes.ts';
import { useSessionInfo } from '../../api/session.ts';
import { useI18n, useLocal } from '../../i18n/index.ts';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { FileUpload } from '../../ui/FileUpload.tsx';
import { PageSpinner } from '../../ui/PageSpinner.tsx';
import { useNotify } from '../../ui/useNotify.ts';
import { useServiceGuide } from '../../shared/catalog/catalogApi.ts';
import { RequirementTag } from '../../shared/catalog/MaterialsTable.tsx';
import { TimeLimitText } from '../../shared/catalog/TimeLimitText.tsx';
import { usePublicAgencies, useApply } from './hallApi.ts';

interface AgencyOption {
  value: number;
  title: string;
  children?: AgencyOption[];
}

function agencyTree(items: readonly PublicAgency[]): AgencyOption[] {
  const ids = new Set(items.map((a) => a.id));
  const nest = (a: PublicAgency): AgencyOption => {
    const kids = items.filter((c) => c.parentId === a.id).map(nest);
    return { value: a.id, title: a.name, ...(kids.length > 0 ? { children: kids } : {}) };
  };
  return items.filter((a) => a.parentId === null || !ids.has(a.parentId)).map(nest);
}

interface Values {
  agencyId: number;
  phone?: string;
  note?: string;
  files: Record<string, PendingUpload | null | undefined>;
}

/** `/hall/apply/:code`: apply online for an item that offers the web channel, uploading its materials. */
export default function ApplyPage() {
  const { code } = useParams();
  const { t } = useI18n();
  const local = useLocal();
  const notify = useNotify();
  const navigate = useNavigate();
  const session = useSessionInfo().data?.session;
  const guide = useServiceGuide(code);
  const agencies = usePublicAgencies();
  const apply = useApply();
  const [form] = Form.useForm<Values>();
  const options = useMemo(() => agencyTree(agencies.data ?? []), [agencies.data]);

  if (!session || session.kind === 'staff') return <Navigate to={`/login/person?next=/hall/apply/${code}`} replace />;
  if (guide.isPending) return <PageSpinner />;
  if (!guide.data) return <ErrorAlert error={guide.error} />;
  const item = guide.data.item;
  if (!item.channels.includes('web')) {
    return <Alert type="warning" showIcon title={t('apply.notOnline')} data-testid="apply-not-online" />;
  }

  const submit = (v: Values) =>
    apply.mutate(
      {
        itemCode: guide.data.code,
        agencyId: v.agencyId,
        materials: Object.entries(v.files ?? {})
          .filter((e): e is [string, PendingUpload] => Boolean(e[1]))
          .map(([materialCode, u]) => ({ code: materialCode, uploadId: u.uploadId })),
        ...(v.phone?.trim() ? { phone: v.phone.trim() } : {}),
        ...(v.note?.trim() ? { note: v.note.trim() } : {}),
      },
      {
        onSuccess: (progress) => {
          notify.success(t('apply.done', { number: progress.caseNumber }));
          navigate(`/hall/cases/${progress.caseNumber}`);
        },
      },
    );

  return (
    <Row gutter={[24, 24]}>
      <Col xs={24} lg={16}>
        <Card title={t('apply.title', { name: local.text(item.name) })} data-testid="apply-form">
          <ErrorAlert error={apply.error} />
          <Form<Values> form={form} layout="vertical" requiredMark="optional" onFinish={submit}>
            <Form.Item
              name="agencyId"
              label={t('apply.agency')}
              extra={t('apply.agencyHint')}
              rules={[{ required: true, message: t('form.required') }]}
            >
              <TreeSelect<number>
                treeData={options}
                treeDefaultExpandAll
                showSearch
                treeNodeFilterProp="title"
                loading={agencies.isPending}
                placeholder={t('agency.choose')}
                data-testid="apply-agency"
              />
            </Form.Item>
            <Typography.Title level={5}>{t('apply.materials')}</Typography.Title>
            <Table<CatalogMaterial>
              rowKey="code"
              size="small"
              pagination={false}
              dataSource={item.materials}
              style={{ marginBottom: 16 }}
              locale={{ emptyText: t('guide.noMaterials') }}
              columns={[
                {
                  title: t('guide.material'),
                  key: 'name',
                  render: (_, m) => (
                    <>
                      <div>{local.text(m.name)}</div>
                      {m.note && (
                        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                          {local.text(m.note)}
                        </Typography.Text>
                      )}
                    </>
                  ),
                },
                {
                  title: t('guide.requirement'),
                  key: 'r',
                  width: 120,
                  render: (_, m) => <RequirementTag requirement={m.requirement} />,
                },
                {
                  title: t('supply.file'),
                  key: 'file',
                  render: (_, m) => (
                    <Form.Item
                      name={['files', m.code]}
                      style={{ marginBottom: 0 }}
                      rules={
                        m.requirement === 'required' ? [{ required: true, message: t('apply.materialRequired') }] : []
                      }
                    >
                      <FileUpload accept={m.mediaTypes} maxBytes={m.maxBytes} testId={`apply-file-${m.code}`} />
                    </Form.Item>
                  ),
                },
              ]}
            />
            <Form.Item
              name="phone"
              label={t('public.phone')}
              extra={t('apply.phoneHint')}
              rules={[{ pattern: /^1[3-9]\d{9}$/, message: t('public.phoneLooksWrong') }]}
            >
              <Input maxLength={11} inputMode="tel" style={{ maxWidth: 240 }} data-testid="apply-phone" />
            </Form.Item>
            <Form.Item name="note" label={t('apply.note')}>
              <Input.TextArea rows={3} maxLength={1000} showCount data-testid="apply-note" />
            </Form.Item>
            <Button
              type="primary"
              htmlType="submit"
              icon={<SendOutlined />}
              loading={apply.isPending}
              data-testid="apply-submit"
            >
              {t('apply.submit')}
            </Button>
          </Form>
        </Card>
      </Col>
      <Col xs={24} lg={8}>
        <Card title={t('apply.about')} size="small">
          <Descriptions
            size="small"
            column={1}
            items={[
              { key: 'name', label: t('guide.itemName'), children: local.text(item.name) },
              {
                key: 'time',
                label: t('guide.timeLimit'),
                children: <TimeLimitText promisedDays={item.promisedDays} statutoryDays={item.statutoryDays} />,
              },
              { key: 'conditions', label: t('guide.conditions'), children: local.text(item.conditions) },
            ]}
          />
          <Alert type="info" showIcon style={{ marginTop: 12 }} title={t('apply.laterHint')} />
          <div style={{ marginTop: 12 }}>
            <Link to={`/services/${guide.data.code}`}>{t('apply.readGuide')}</Link>
          </div>
        </Card>
      </Col>
    </Row>
  );
}
