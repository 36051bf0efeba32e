import { Alert, Card, Col, Descriptions, Row, Table, Typography } from 'antd';
import { useState } from 'react';
import { useI18n } from '../../../i18n/index.ts';
import { DateText } from '../../../ui/DateText.tsx';
import { ErrorAlert } from '../../../ui/ErrorAlert.tsx';
import { labelOf } from '../../../ui/labels.ts';
import { PageSpinner } from '../../../ui/PageSpinner.tsx';
import { useNotify } from '../../../ui/useNotify.ts';
import { CertificatesCard } from './CertificatesCard.tsx';
import { EnrolmentTimeline } from './EnrolmentTimeline.tsx';
import { useIssuePersonCertificate, usePersonCertificates, usePersonRegistration } from './hallRegistrationApi.ts';
import { schemeName } from './labels.tsx';
import type { Certificate, Employment, Enrolment } from './types.ts';
import { StatusTag } from '../../../ui/StatusTag.tsx';

/** 我的参保: the person's identity (masked), enrolments as a timeline and a table, employment, certificate. */
export function MyRegistrationPage() {
  const { t } = useI18n();
  const notify = useNotify();
  const registration = usePersonRegistration();
  const issue = useIssuePersonCertificate();
  const [issued, setIssued] = useState<Certificate | null>(null);
  const certificates = usePersonCertificates(registration.data?.registered === true);
  if (registration.isPending) return <PageSpinner />;
  if (!registration.data) return <ErrorAlert error={registration.error} />;
  if (!registration.data.registered) {
    return (
      <Alert
        type="info"
        showIcon
        data-testid="hreg-mine-not-registered"
        title={t('hreg.mine.notRegistered')}
        description={t('hreg.mine.notRegisteredText')}
      />
    );
  }
  const { person, enrolments, employments } = registration.data;
  const onIssue = () =>
    issue.mutate(undefined, {
      onSuccess: (c) => {
        setIssued(c);
        notify.success(t('hreg.cert.issued', { no: c.certificateNo }));
      },
    });
  return (
    <Row gutter={[24, 24]}>
      <Col xs={24} lg={10}>
        <Card title={t('hreg.mine.identity')} data-testid="hreg-mine-identity">
          <Descriptions
            bordered
            size="small"
            column={1}
            items={[
              { key: 'name', label: t('hreg.mine.name'), children: person.name },
              {
                key: 'id',
                label: t('hreg.mine.id'),
                children: (
                  <span className="mono" data-testid="hreg-mine-id">
                    {person.idMasked}
                  </span>
                ),
              },
              { key: 'gender', label: t('hreg.mine.gender'), children: labelOf(t, 'hreg.gender', person.gender) },
              { key: 'birth', label: t('hreg.mine.birthDate'), children: <DateText value={person.birthDate} /> },
              {
                key: 'phone',
                label: t('hreg.mine.phone'),
                children: <span className="mono">{person.phoneMasked ?? '—'}</span>,
              },
              {
                key: 'status',
                label: t('hreg.mine.status'),
                children: labelOf(t, 'hreg.mine.personStatus', person.status),
              },
            ]}
          />
          <Typography.Text type="secondary" style={{ display: 'block', marginTop: 8, fontSize: 12 }}>
            {t('hreg.mine.maskedNote')}
          </Typography.Text>
        </Card>
      </Col>
      <Col xs={24} lg={14}>
        <Card title={t('hreg.mine.timeline')}>
          <EnrolmentTimeline enrolments={enrolments} />
        </Card>
      </Col>
      <Col xs={24}>
        <Card title={t('hreg.mine.enrolments')} data-testid="hreg-mine-enrolments">
          <Table<Enrolment>
            rowKey="id"
            size="small"
            pagination={false}
            dataSource={enrolments}
            scroll={{ x: 'max-content' }}
            locale={{ emptyText: t('hreg.mine.noEnrolments') }}
            columns={[
              { title: t('hreg.mine.scheme'), dataIndex: 'scheme', render: (v: string) => schemeName(t, v) },
              {
                title: t('hreg.mine.category'),
                dataIndex: 'category',
                render: (v: string) => labelOf(t, 'hreg.category', v),
              },
              { title: t('hreg.mine.employer'), key: 'employer', render: (_, e) => e.employer?.name ?? '—' },
              {
                title: t('hreg.mine.startedOn'),
                dataIndex: 'startedOn',
                render: (v: string) => <DateText value={v} />,
              },
              {
                title: t('hreg.mine.endedOn'),
                dataIndex: 'endedOn',
                render: (v: string | null) => <DateText value={v} />,
              },
              {
                title: t('hreg.mine.enrolStatus'),
                dataIndex: 'status',
                render: (v: Enrolment['status']) => <StatusTag family="hallEnrolment" status={v} />,
              },
            ]}
          />
        </Card>
      </Col>
      <Col xs={24}>
        <Card title={t('hreg.mine.employments')} data-testid="hreg-mine-employments">
          <Table<Employment>
            rowKey="id"
            size="small"
            pagination={false}
            dataSource={employments}
            scroll={{ x: 'max-content' }}
            locale={{ emptyText: t('hreg.mine.noEmployments') }}
            columns={[
              { title: t('hreg.mine.employer'), key: 'employer', render: (_, e) => e.employer.name },
              { title: t('hreg.mine.hiredOn'), dataIndex: 'hiredOn', render: (v: string) => <DateText value={v} /> },
              {
                title: t('hreg.mine.separatedOn'),
                dataIndex: 'separatedOn',
                render: (v: string | null) => <DateText value={v} />,
              },
              {
                title: t('hreg.mine.separationReason'),
                dataIndex: 'separationReason',
                render: (v: string | null) => (v ? labelOf(t, 'hreg.reason', v) : '—'),
              },
              {
                title: t('common.status'),
                dataIndex: 'status',
                render: (v: Employment['status']) => <StatusTag family="hallEmployment" status={v} />,
              },
            ]}
          />
        </Card>
      </Col>
      <Col xs={24}>
        <Typography.Paragraph type="secondary">{t('hreg.mine.printText')}</Typography.Paragraph>
        <CertificatesCard
          title={t('hreg.mine.print')}
          issueText={t('hreg.cert.issuePerson')}
          certificates={certificates.data ?? (issued ? [issued] : [])}
          issued={issued}
          issuing={issue.isPending}
          error={issue.error}
          onIssue={onIssue}
        />
      </Col>
    </Row>
  );
}
