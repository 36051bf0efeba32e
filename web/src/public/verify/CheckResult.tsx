import { CheckCircleFilled, CloseCircleFilled, ExclamationCircleFilled } from '@ant-design/icons';
import { Card, Descriptions, Result } from 'antd';
import type { ReactNode } from 'react';
import { useI18n, type MessageKey } from '../../i18n/index.ts';
import { DateText } from '../../ui/DateText.tsx';
import { labelOf } from '../../ui/labels.ts';
import type { CertificateCheck, CertificateStatus } from '../hall/registration/types.ts';

const looks: Record<
  CertificateStatus,
  { title: MessageKey; colour: string; icon: ReactNode; status: 'success' | 'warning' | 'error' }
> = {
  valid: { title: 'hreg.verify.valid', colour: '#389e0d', icon: <CheckCircleFilled />, status: 'success' },
  verification_overdue: {
    title: 'hreg.verify.overdue',
    colour: '#d48806',
    icon: <ExclamationCircleFilled />,
    status: 'warning',
  },
  superseded: {
    title: 'hreg.verify.superseded',
    colour: '#d48806',
    icon: <ExclamationCircleFilled />,
    status: 'warning',
  },
  revoked: { title: 'hreg.verify.revoked', colour: '#cf1322', icon: <CloseCircleFilled />, status: 'error' },
};

/** The answer of the public check: a coloured verdict, then what the certificate states. */
export function CheckResult({ check }: { check: CertificateCheck }) {
  const { t } = useI18n();
  const look = looks[check.status] ?? looks.revoked;
  const identifier = check.subject.creditCode ?? check.subject.idMasked ?? '—';
  return (
    <Card data-testid="verify-result" data-status={check.status} style={{ borderTop: `4px solid ${look.colour}` }}>
      <Result
        status={look.status}
        icon={<span style={{ color: look.colour, fontSize: 64 }}>{look.icon}</span>}
        title={<span data-testid="verify-verdict">{t(look.title)}</span>}
        subTitle={
          <span className="mono" data-testid="verify-number">
            {check.certificateNo}
          </span>
        }
        style={{ padding: '16px 0' }}
      />
      <Descriptions
        bordered
        size="small"
        column={1}
        styles={{ label: { whiteSpace: 'nowrap', width: 120 } }}
        items={[
          { key: 'kind', label: t('hreg.cert.kind'), children: labelOf(t, 'hreg.certKind', check.kind) },
          {
            key: 'status',
            label: t('hreg.cert.status'),
            children: (
              <span style={{ color: look.colour, fontWeight: 600 }} data-testid="verify-status">
                {labelOf(t, 'hreg.certStatus', check.status)}
              </span>
            ),
          },
          { key: 'issued', label: t('hreg.cert.issuedOn'), children: <DateText value={check.issuedOn} /> },
          ...(check.verifyDueOn
            ? [{ key: 'due', label: t('hreg.cert.verifyDueOn'), children: <DateText value={check.verifyDueOn} /> }]
            : []),
          {
            key: 'subject',
            label: t('hreg.verify.subject'),
            children: <span data-testid="verify-subject">{check.subject.name}</span>,
          },
          {
            key: 'id',
            label: t('hreg.verify.subjectId'),
            children: <span className="mono">{identifier}</span>,
          },
          { key: 'agency', label: t('hreg.verify.agency'), children: check.agencyName },
          {
            key: 'statements',
            label: t('hreg.verify.statements'),
            children:
              check.statements.length > 0 ? (
                <ul style={{ margin: 0, paddingLeft: 18 }} data-testid="verify-statements">
                  {check.statements.map((s, i) => (
                    <li key={i}>{s}</li>
                  ))}
                </ul>
              ) : (
                t('hreg.verify.noStatements')
              ),
          },
        ]}
      />
    </Card>
  );
}
