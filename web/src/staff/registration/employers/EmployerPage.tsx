import { ArrowLeftOutlined } from '@ant-design/icons';
import { Button, Card, Col, Descriptions, Flex, Row, Statistic, Tabs, Tag, Typography } from 'antd';
import { Link, useParams } from 'react-router';
import { useI18n, useLocal } from '../../../i18n/index.ts';
import { DateText } from '../../../ui/DateText.tsx';
import { ErrorAlert } from '../../../ui/ErrorAlert.tsx';
import { PageSpinner } from '../../../ui/PageSpinner.tsx';
import { type EmployerRevealField, useEmployerHistory, useEmployerView, useIndustries } from '../registrationApi.ts';
import { SCHEMES, type Employer360 } from '../registrationTypes.ts';
import { DocumentsTable, OpenCasesTable } from '../shared/CasesAndDocuments.tsx';
import { HistoryTimeline } from '../shared/HistoryTimeline.tsx';
import { RevealButton } from '../shared/RevealButton.tsx';
import { EmployerCollectionTab } from '../../collection/EmployerCollectionTab.tsx';
import { ApiKeysTab } from './ApiKeysTab.tsx';
import { CertificatesTab } from './CertificatesTab.tsx';
import { EmployeesTab } from './EmployeesTab.tsx';
import { EmployerActions } from './EmployerActions.tsx';
import { StatusTag } from '../../../ui/StatusTag.tsx';

function Overview({ view }: { view: Employer360 }) {
  const { t } = useI18n();
  const local = useLocal();
  const industries = useIndustries();
  const history = useEmployerHistory(view.employer.id);
  const e = view.employer;
  const industry = industries.data?.find((i) => i.code === e.industryCode);
  const reveal = (field: EmployerRevealField, masked: string | null) => (
    <RevealButton subject="employers" id={e.id} field={field} masked={masked} testId={`employer-${field}`} />
  );
  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} xl={14}>
        <Card size="small" title={t('reg.overview')}>
          <Descriptions
            size="small"
            column={{ xs: 1, md: 2 }}
            items={[
              { key: 'no', label: t('reg.employerNo'), children: <span className="mono">{e.employerNo}</span> },
              { key: 'code', label: t('reg.field.creditCode'), children: <span className="mono">{e.creditCode}</span> },
              { key: 'type', label: t('reg.field.type'), children: t(`reg.employerType.${e.type}`) },
              {
                key: 'industry',
                label: t('reg.field.industryCode'),
                children: (
                  <>
                    {e.industryCode} {industry ? local.name(industry) : ''}{' '}
                    <Tag>{t('reg.riskClassN', { n: e.riskClass })}</Tag>
                  </>
                ),
              },
              { key: 'rep', label: t('reg.field.legalRepName'), children: e.legalRepName },
              { key: 'repId', label: t('reg.field.legalRepId'), children: reveal('legalRepId', e.legalRepIdMasked) },
              { key: 'address', label: t('reg.field.address'), children: e.address, span: 2 },
              { key: 'contact', label: t('reg.field.contactName'), children: e.contactName },
              {
                key: 'phone',
                label: t('reg.field.contactPhone'),
                children: reveal('contactPhone', e.contactPhoneMasked),
              },
              { key: 'bank', label: t('reg.field.bankName'), children: e.bankName ?? '—' },
              {
                key: 'account',
                label: t('reg.field.bankAccount'),
                children: reveal('bankAccount', e.bankAccountMasked),
              },
              {
                key: 'region',
                label: t('reg.field.poolingRegion'),
                children: <span className="mono">{e.poolingRegion}</span>,
              },
              { key: 'agency', label: t('reg.agency'), children: e.agencyName ?? e.agencyId },
              { key: 'founded', label: t('reg.field.foundedOn'), children: <DateText value={e.foundedOn} /> },
              { key: 'registered', label: t('reg.field.registeredOn'), children: <DateText value={e.registeredOn} /> },
              ...(e.statusReason
                ? [
                    {
                      key: 'statusReason',
                      label: t('reg.statusReason'),
                      children: (
                        <>
                          {e.statusReason} <DateText value={e.statusChangedOn} />
                        </>
                      ),
                    },
                  ]
                : []),
            ]}
          />
        </Card>
      </Col>
      <Col xs={24} xl={10}>
        <Flex vertical gap={16}>
          <Card size="small" title={t('reg.counts')}>
            <Row gutter={16}>
              <Col span={8}>
                <Statistic title={t('reg.activeEmployees')} value={view.counts.activeEmployees} />
              </Col>
              {SCHEMES.map((s) => (
                <Col span={8} key={s}>
                  <Statistic title={t(`reg.scheme.${s}`)} value={view.counts.enrolmentsByScheme[s] ?? 0} />
                </Col>
              ))}
            </Row>
          </Card>
          <Card size="small" title={t('reg.history')}>
            <ErrorAlert error={history.error} />
            <HistoryTimeline entries={history.data ?? view.recentChanges} testId="employer-history" />
          </Card>
        </Flex>
      </Col>
    </Row>
  );
}

/** `/staff/registration/employers/:id`: the employer 360 view a counter clerk opens first. */
export default function EmployerPage() {
  const id = Number(useParams().id);
  const { t } = useI18n();
  const view = useEmployerView(id);
  if (view.isPending) return <PageSpinner />;
  if (!view.data) return <ErrorAlert error={view.error} />;
  const v = view.data;
  const e = v.employer;
  return (
    <div data-testid="employer-360" data-employer-id={e.id} data-status={e.status}>
      <Link to="/staff/registration/employers">
        <Button type="link" icon={<ArrowLeftOutlined />} style={{ paddingInline: 0 }}>
          {t('reg.menu.employers')}
        </Button>
      </Link>
      <Flex justify="space-between" align="flex-start" gap={16} wrap style={{ marginBottom: 16 }}>
        <div>
          <Flex align="center" gap={10} wrap>
            <Typography.Title level={4} style={{ margin: 0 }} data-testid="employer-title">
              {e.name}
            </Typography.Title>
            <StatusTag family="employer" status={e.status} />
          </Flex>
          <Typography.Text copyable className="mono" data-testid="employer-no">
            {e.employerNo}
          </Typography.Text>
          <Typography.Text type="secondary" className="mono" style={{ marginInlineStart: 12 }}>
            {e.creditCode}
          </Typography.Text>
        </div>
        <EmployerActions employer={e} />
      </Flex>
      <ErrorAlert error={view.error} />
      <Tabs
        destroyOnHidden
        items={[
          { key: 'overview', label: t('reg.tab.overview'), children: <Overview view={v} /> },
          {
            key: 'employees',
            label: <span data-testid="employer-tab-employees">{t('reg.tab.employees')}</span>,
            children: <EmployeesTab employer={e} />,
          },
          {
            key: 'collection',
            label: <span data-testid="employer-tab-collection">{t('coll.tab')}</span>,
            children: <EmployerCollectionTab employerId={e.id} />,
          },
          {
            key: 'certificates',
            label: <span data-testid="employer-tab-certificates">{t('reg.tab.certificates')}</span>,
            children: <CertificatesTab employer={e} />,
          },
          {
            key: 'api-keys',
            label: <span data-testid="employer-tab-api-keys">{t('reg.tab.apiKeys')}</span>,
            children: <ApiKeysTab employer={e} />,
          },
          {
            key: 'cases',
            label: t('reg.tab.cases', { n: v.openCases.length }),
            children: <OpenCasesTable cases={v.openCases} />,
          },
          {
            key: 'documents',
            label: t('reg.tab.documents', { n: v.documents.length }),
            children: <DocumentsTable documents={v.documents} />,
          },
        ]}
      />
    </div>
  );
}
