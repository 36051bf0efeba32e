import { Card, Col, Descriptions, Row } from 'antd';
import { useState } from 'react';
import { useI18n, useLocal } from '../../../i18n/index.ts';
import { DateText } from '../../../ui/DateText.tsx';
import { ErrorAlert } from '../../../ui/ErrorAlert.tsx';
import { labelOf } from '../../../ui/labels.ts';
import { PageSpinner } from '../../../ui/PageSpinner.tsx';
import { StatusTag } from '../../../ui/StatusTag.tsx';
import { useNotify } from '../../../ui/useNotify.ts';
import { CertificatesCard } from './CertificatesCard.tsx';
import { useEmployerProfile, useIssueEmployerCertificate } from './hallRegistrationApi.ts';
import type { Certificate } from './types.ts';

/** 我的单位: the employer's registration (masked) and its certificates. */
export function EmployerPage() {
  const { t } = useI18n();
  const local = useLocal();
  const notify = useNotify();
  const profile = useEmployerProfile();
  const issue = useIssueEmployerCertificate();
  const [issued, setIssued] = useState<Certificate | null>(null);
  if (profile.isPending) return <PageSpinner />;
  if (!profile.data) return <ErrorAlert error={profile.error} />;
  const e = profile.data;
  const mono = (v: string | null | undefined, testId?: string) => (
    <span className="mono" data-testid={testId}>
      {v ?? '—'}
    </span>
  );
  const items = [
    { key: 'name', label: t('hreg.unit.name'), children: <span data-testid="hreg-unit-name">{e.name}</span> },
    { key: 'no', label: t('hreg.unit.employerNo'), children: mono(e.employerNo, 'hreg-unit-no') },
    { key: 'credit', label: t('hreg.unit.creditCode'), children: mono(e.creditCode) },
    {
      key: 'status',
      label: t('hreg.unit.status'),
      children: <StatusTag family="hallEmployer" status={e.status} />,
    },
    { key: 'type', label: t('hreg.unit.type'), children: labelOf(t, 'hreg.employerType', e.type) },
    {
      key: 'industry',
      label: t('hreg.unit.industry'),
      children: `${e.industryCode} ${local.name({ nameZh: e.industryNameZh, nameEn: e.industryNameEn })}`,
    },
    { key: 'risk', label: t('hreg.unit.riskClass'), children: t('hreg.unit.riskClassValue', { n: e.riskClass }) },
    { key: 'region', label: t('hreg.unit.poolingRegion'), children: mono(e.poolingRegion) },
    { key: 'agency', label: t('hreg.unit.agency'), children: e.agencyName },
    { key: 'rep', label: t('hreg.unit.legalRep'), children: e.legalRepName },
    { key: 'repId', label: t('hreg.unit.legalRepId'), children: mono(e.legalRepIdMasked) },
    { key: 'contact', label: t('hreg.unit.contact'), children: e.contactName },
    { key: 'phone', label: t('hreg.unit.contactPhone'), children: mono(e.contactPhoneMasked) },
    { key: 'bank', label: t('hreg.unit.bank'), children: e.bankName ?? '—' },
    { key: 'account', label: t('hreg.unit.bankAccount'), children: mono(e.bankAccountMasked) },
    { key: 'founded', label: t('hreg.unit.foundedOn'), children: <DateText value={e.foundedOn} /> },
    { key: 'registered', label: t('hreg.unit.registeredOn'), children: <DateText value={e.registeredOn} /> },
    { key: 'address', label: t('hreg.unit.address'), children: e.address, span: 2 },
  ];
  const onIssue = () =>
    issue.mutate(undefined, {
      onSuccess: (c) => {
        setIssued(c);
        notify.success(t('hreg.cert.issued', { no: c.certificateNo }));
      },
    });
  return (
    <Row gutter={[24, 24]}>
      <Col xs={24}>
        <Card title={t('hreg.unit.profile')} data-testid="hreg-unit">
          <Descriptions bordered size="small" column={{ xs: 1, md: 2 }} items={items} />
          <div style={{ marginTop: 8, color: 'rgba(0,0,0,0.45)', fontSize: 12 }}>{t('hreg.unit.maskedNote')}</div>
        </Card>
      </Col>
      <Col xs={24}>
        <CertificatesCard
          title={t('hreg.cert.title')}
          issueText={t('hreg.cert.issueEmployer')}
          certificates={e.certificates ?? []}
          issued={issued}
          issuing={issue.isPending}
          error={issue.error}
          onIssue={onIssue}
        />
      </Col>
    </Row>
  );
}
