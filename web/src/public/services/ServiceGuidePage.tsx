import { FormOutlined, PrinterOutlined, UnorderedListOutlined } from '@ant-design/icons';
import { Breadcrumb, Button, Card, Descriptions, Flex, Steps, Table, Typography } from 'antd';
import { Link, useParams } from 'react-router';
import type { GuideServicePoint } from '../../api/deskTypes.ts';
import { useI18n, useLocal } from '../../i18n/index.ts';
import { openingHoursLines } from '../../shared/openingHoursText.ts';
import { DateText } from '../../ui/DateText.tsx';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { PageSpinner } from '../../ui/PageSpinner.tsx';
import { useServiceGuide } from '../../shared/catalog/catalogApi.ts';
import { MaterialsTable } from '../../shared/catalog/MaterialsTable.tsx';

/** `/services/:code`: the printable service guide (服务指南) with the 11 public elements. */
export default function ServiceGuidePage() {
  const { code } = useParams();
  const { t, lang } = useI18n();
  const local = useLocal();
  const guide = useServiceGuide(code);
  if (guide.isPending) return <PageSpinner />;
  if (!guide.data) return <ErrorAlert error={guide.error} />;
  const g = guide.data;
  const item = g.item;
  const online = item.channels.includes('web');
  return (
    <>
      <Breadcrumb
        style={{ marginBottom: 12 }}
        items={[
          { title: <Link to="/services">{t('catalog.title')}</Link> },
          { title: local.text(g.category.name) },
          { title: local.text(item.name) },
        ]}
      />
      <Card data-testid="service-guide" className="guide">
        <Flex justify="space-between" align="flex-start" gap={16} wrap>
          <div>
            <Typography.Text type="secondary" style={{ letterSpacing: 2 }}>
              {t('guide.title')}
            </Typography.Text>
            <Typography.Title level={2} style={{ margin: '4px 0 8px' }} data-testid="guide-name">
              {local.text(item.name)}
            </Typography.Title>
            <Typography.Text type="secondary" className="tabular">
              {t('guide.meta', { code: g.code, version: g.version, changedOn: g.changedOn })}
              {g.disclosedOn && ` · ${t('guide.disclosedOn', { date: g.disclosedOn })}`}
            </Typography.Text>
          </div>
          <Flex gap={8} className="no-print" wrap>
            <Button icon={<PrinterOutlined />} onClick={() => window.print()} data-testid="guide-print">
              {t('guide.print')}
            </Button>
            {online && (
              <Link to={`/hall/apply/${g.code}`}>
                <Button type="primary" icon={<FormOutlined />} data-testid="guide-apply">
                  {t('catalog.applyOnline')}
                </Button>
              </Link>
            )}
            <Link to="/services">
              <Button icon={<UnorderedListOutlined />}>{t('guide.backToCatalog')}</Button>
            </Link>
          </Flex>
        </Flex>

        <Descriptions
          bordered
          column={1}
          size="small"
          style={{ marginTop: 20 }}
          styles={{ label: { width: 180, verticalAlign: 'top', fontWeight: 500 } }}
          data-testid="guide-elements"
          items={g.elements.map((e, i) => ({
            key: e.key,
            label: `${i + 1}. ${local.text(e.label)}`,
            children:
              e.key === 'materials' ? (
                <MaterialsTable materials={item.materials} />
              ) : (
                <div className="pre-wrap" data-testid={`guide-element-${e.key}`}>
                  {local.text(e.text)}
                </div>
              ),
          }))}
        />

        <Typography.Title level={5} style={{ marginTop: 24 }}>
          {t('guide.basisAndConditions')}
        </Typography.Title>
        <Descriptions
          bordered
          column={1}
          size="small"
          styles={{ label: { width: 180, verticalAlign: 'top' } }}
          items={[
            {
              key: 'basis',
              label: t('guide.basis'),
              children: <span className="pre-wrap">{local.text(item.basis)}</span>,
            },
            {
              key: 'conditions',
              label: t('guide.conditions'),
              children: <span className="pre-wrap">{local.text(item.conditions)}</span>,
            },
          ]}
        />

        <Typography.Title level={5} style={{ marginTop: 24 }}>
          {t('guide.process')}
        </Typography.Title>
        <Steps
          orientation="vertical"
          size="small"
          current={item.steps.length}
          items={item.steps.map((s) => ({
            key: s.code,
            title: local.text(s.name),
            content: local.text(s.description),
            status: 'process' as const,
          }))}
        />

        <Typography.Title level={5} style={{ marginTop: 24 }}>
          {t('guide.servicePoints')}
        </Typography.Title>
        <Table<GuideServicePoint>
          rowKey="name"
          size="small"
          pagination={false}
          dataSource={g.servicePoints}
          columns={[
            { title: t('servicePoint.name'), dataIndex: 'name' },
            { title: t('guide.agency'), dataIndex: 'agencyName' },
            { title: t('servicePoint.address'), dataIndex: 'address' },
            { title: t('servicePoint.phone'), dataIndex: 'phone', render: (v: string | null) => v ?? '—' },
            {
              title: t('servicePoint.openingHours'),
              key: 'hours',
              render: (_, p) => openingHoursLines(p.openingHours, lang).map((l) => <div key={l}>{l}</div>),
            },
          ]}
        />
        <Typography.Paragraph type="secondary" style={{ marginTop: 16, fontSize: 12 }}>
          {t('guide.printedFooter')} <DateText value={g.changedOn} />
        </Typography.Paragraph>
      </Card>
    </>
  );
}
