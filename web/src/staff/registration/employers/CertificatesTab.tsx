import { FilePdfOutlined, SafetyCertificateOutlined } from '@ant-design/icons';
import { Button, Flex, Form, Input, Radio, Table, Tag } from 'antd';
import { useState, type HTMLAttributes } from 'react';
import { useCan } from '../../../api/session.ts';
import { useI18n } from '../../../i18n/index.ts';
import { DateText } from '../../../ui/DateText.tsx';
import { ErrorAlert } from '../../../ui/ErrorAlert.tsx';
import { FormModal } from '../../../ui/FormModal.tsx';
import {
  certificatePdfUrl,
  useEmployerCertificates,
  useIssueCertificate,
  useRevokeCertificate,
  useVerifyCertificate,
} from '../registrationApi.ts';
import type { Certificate, EmployerDetail } from '../registrationTypes.ts';
import { caseNumberRule, maxLength, required, trimmed } from '../shared/rules.ts';
import { StatusTag } from '../../../ui/StatusTag.tsx';

type IssueKind = 'employer_registration' | 'employer_insurance';

/** 年度验证 of one registration certificate: passed or failed, with a note. */
export function VerifyModal({ certificate, onClose }: { certificate: Certificate | null; onClose: () => void }) {
  const { t } = useI18n();
  const verify = useVerifyCertificate();
  return (
    <FormModal<{ result: 'passed' | 'failed'; note?: string }, Parameters<typeof verify.mutate>[0]>
      open={certificate !== null}
      title={t('reg.cert.verifyTitle', { no: certificate?.certificateNo ?? '' })}
      mutation={verify}
      initialValues={{ result: 'passed' }}
      check={(v) => (v.result === 'failed' && !trimmed(v.note) ? t('reg.cert.failedNeedsNote') : null)}
      toVariables={(v) => ({ id: certificate?.id ?? 0, result: v.result, note: trimmed(v.note) })}
      onClose={onClose}
      successText={t('reg.cert.verified')}
      testId="certificate-verify-modal"
    >
      <Form.Item name="result" label={t('reg.cert.result')} rules={[{ required: true, message: t('form.required') }]}>
        <Radio.Group data-testid="certificate-verify-result">
          <Radio value="passed">{t('reg.cert.passed')}</Radio>
          <Radio value="failed">{t('reg.cert.failed')}</Radio>
        </Radio.Group>
      </Form.Item>
      <Form.Item name="note" label={t('reg.note')} rules={[maxLength(t, 500)]}>
        <Input.TextArea rows={2} maxLength={500} />
      </Form.Item>
    </FormModal>
  );
}

/** Certificates of the employer: issue, download, verify (年度验证) and, for reviewers, revoke. */
export function CertificatesTab({ employer }: { employer: EmployerDetail }) {
  const { t } = useI18n();
  const can = useCan();
  const list = useEmployerCertificates(employer.id);
  const issue = useIssueCertificate(employer.id);
  const revoke = useRevokeCertificate();
  const [issuing, setIssuing] = useState<IssueKind | null>(null);
  const [verifying, setVerifying] = useState<Certificate | null>(null);
  const [revoking, setRevoking] = useState<Certificate | null>(null);
  const writable = can('registration.write') && employer.status === 'active';
  return (
    <>
      {writable && (
        <Flex gap={8} wrap style={{ marginBottom: 12 }}>
          <Button
            type="primary"
            icon={<SafetyCertificateOutlined />}
            onClick={() => setIssuing('employer_registration')}
            data-testid="certificate-issue-registration"
          >
            {t('reg.cert.issueRegistration')}
          </Button>
          <Button
            icon={<SafetyCertificateOutlined />}
            onClick={() => setIssuing('employer_insurance')}
            data-testid="certificate-issue-insurance"
          >
            {t('reg.cert.issueInsurance')}
          </Button>
        </Flex>
      )}
      <ErrorAlert error={list.error} />
      <Table<Certificate>
        rowKey="id"
        size="small"
        loading={list.isFetching}
        dataSource={list.data ?? []}
        pagination={false}
        scroll={{ x: 'max-content' }}
        data-testid="certificates-table"
        onRow={(c) =>
          ({
            'data-testid': `certificate-row-${c.kind}`,
            'data-status': c.status,
            'data-no': c.certificateNo,
          }) as HTMLAttributes<HTMLElement>
        }
        columns={[
          {
            title: t('reg.cert.no'),
            dataIndex: 'certificateNo',
            render: (v: string) => <span className="mono">{v}</span>,
          },
          {
            title: t('reg.cert.kind'),
            dataIndex: 'kind',
            render: (v: Certificate['kind']) => <Tag>{t(`reg.certKind.${v}`)}</Tag>,
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
            render: (_, c) => (
              <Flex gap={4} wrap>
                <a
                  href={certificatePdfUrl(c.id)}
                  target="_blank"
                  rel="noopener noreferrer"
                  data-testid="certificate-pdf"
                >
                  <Button size="small" type="link" icon={<FilePdfOutlined />}>
                    {t('reg.cert.pdf')}
                  </Button>
                </a>
                {c.kind === 'employer_registration' && c.status === 'valid' && can('registration.write') && (
                  <Button size="small" type="link" onClick={() => setVerifying(c)} data-testid="certificate-verify">
                    {t('reg.cert.verify')}
                  </Button>
                )}
                {c.status === 'valid' && can('registration.review') && (
                  <Button
                    size="small"
                    type="link"
                    danger
                    onClick={() => setRevoking(c)}
                    data-testid="certificate-revoke"
                  >
                    {t('reg.cert.revoke')}
                  </Button>
                )}
              </Flex>
            ),
          },
        ]}
      />

      <FormModal<{ caseNumber?: string }, Parameters<typeof issue.mutate>[0]>
        open={issuing !== null}
        title={issuing ? t(`reg.certKind.${issuing}`) : ''}
        mutation={issue}
        toVariables={(v) => ({ kind: issuing ?? 'employer_registration', caseNumber: trimmed(v.caseNumber) })}
        onClose={() => setIssuing(null)}
        successText={t('reg.cert.issued')}
        okText={t('reg.cert.issue')}
        testId="certificate-issue-modal"
      >
        {issuing === 'employer_registration' && (
          <p style={{ color: 'rgba(0,0,0,0.65)' }}>{t('reg.cert.registrationHint')}</p>
        )}
        <Form.Item name="caseNumber" label={t('reg.caseNumber')} rules={[caseNumberRule(t)]}>
          <Input className="mono" maxLength={48} data-testid="certificate-case-number" />
        </Form.Item>
      </FormModal>

      <VerifyModal certificate={verifying} onClose={() => setVerifying(null)} />

      <FormModal<{ reason: string }, Parameters<typeof revoke.mutate>[0]>
        open={revoking !== null}
        title={t('reg.cert.revokeTitle', { no: revoking?.certificateNo ?? '' })}
        mutation={revoke}
        danger
        toVariables={(v) => ({ id: revoking?.id ?? 0, reason: v.reason.trim() })}
        onClose={() => setRevoking(null)}
        successText={t('reg.cert.revoked')}
        testId="certificate-revoke-modal"
      >
        <Form.Item name="reason" label={t('reg.reason')} rules={[required(t), maxLength(t, 500)]}>
          <Input.TextArea rows={2} maxLength={500} />
        </Form.Item>
      </FormModal>
    </>
  );
}
