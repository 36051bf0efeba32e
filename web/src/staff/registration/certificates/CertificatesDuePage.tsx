import { Button, Card, Table } from 'antd';
import { useMemo, useState, type HTMLAttributes } from 'react';
import { Link } from 'react-router';
import { useCan } from '../../../api/session.ts';
import { useI18n } from '../../../i18n/index.ts';
import { EChart } from '../../../ui/charts/EChart.tsx';
import { DateText } from '../../../ui/DateText.tsx';
import { ErrorAlert } from '../../../ui/ErrorAlert.tsx';
import { todayIso } from '../../../ui/formatTime.ts';
import { PageTitle } from '../../../ui/PageTitle.tsx';
import { VerifyModal } from '../employers/CertificatesTab.tsx';
import { useDueCertificates } from '../registrationApi.ts';
import { dueByMonth } from './dueByMonth.ts';
import type { Certificate, DueCertificate } from '../registrationTypes.ts';
import { StatusTag } from '../../../ui/StatusTag.tsx';

/** `/staff/registration/certificates`: registration certificates due for 年度验证 within 30 days or overdue. */
export default function CertificatesDuePage() {
  const { t } = useI18n();
  const can = useCan();
  const due = useDueCertificates(30);
  const [verifying, setVerifying] = useState<Certificate | null>(null);
  const today = todayIso();
  const rows = useMemo(
    () => [...(due.data ?? [])].sort((a, b) => (a.verifyDueOn ?? '').localeCompare(b.verifyDueOn ?? '')),
    [due.data],
  );
  const option = useMemo(() => dueByMonth(rows, today, t), [rows, today, t]);
  return (
    <>
      <PageTitle title={t('reg.menu.certificates')} description={t('reg.cert.dueDescription')} />
      <ErrorAlert error={due.error} />
      <Card size="small" title={t('reg.cert.byMonth')} style={{ marginBottom: 16 }}>
        <EChart option={option} empty={rows.length === 0} height={220} testId="certificates-due-chart" />
      </Card>
      <Table<DueCertificate>
        rowKey="id"
        size="middle"
        loading={due.isFetching}
        dataSource={rows}
        scroll={{ x: 'max-content' }}
        pagination={{ pageSize: 20, showTotal: (n) => t('common.total', { n }) }}
        onRow={(c) => ({ 'data-testid': `due-row-${c.certificateNo}` }) as HTMLAttributes<HTMLElement>}
        columns={[
          {
            title: t('reg.cert.no'),
            dataIndex: 'certificateNo',
            render: (v: string) => <span className="mono">{v}</span>,
          },
          {
            title: t('reg.employer'),
            key: 'employer',
            render: (_, c) =>
              c.employerId ? <Link to={`/staff/registration/employers/${c.employerId}`}>{c.employerName}</Link> : '—',
          },
          {
            title: t('reg.field.creditCode'),
            key: 'creditCode',
            render: (_, c) => <span className="mono">{c.content.subject.creditCode ?? '—'}</span>,
          },
          { title: t('reg.cert.issuedOn'), dataIndex: 'issuedOn', render: (v: string) => <DateText value={v} /> },
          {
            title: t('reg.cert.verifyDueOn'),
            dataIndex: 'verifyDueOn',
            render: (v: string | null) => <DateText value={v} />,
          },
          {
            title: t('common.status'),
            key: 'status',
            render: (_, c) => (
              <StatusTag
                family="certificate"
                status={
                  c.status === 'valid' && c.checkStatus === 'verification_overdue' ? 'verification_overdue' : c.status
                }
              />
            ),
          },
          {
            title: t('common.actions'),
            key: 'actions',
            render: (_, c) =>
              can('registration.write') && c.status === 'valid' ? (
                <Button size="small" type="link" onClick={() => setVerifying(c)} data-testid="due-verify">
                  {t('reg.cert.verify')}
                </Button>
              ) : null,
          },
        ]}
      />
      <VerifyModal certificate={verifying} onClose={() => setVerifying(null)} />
    </>
  );
}
