import { FilePdfOutlined, SafetyCertificateOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Descriptions, Table } from 'antd';
import type { HTMLAttributes } from 'react';
import { Link } from 'react-router';
import { useI18n } from '../../../i18n/index.ts';
import { DateText } from '../../../ui/DateText.tsx';
import { ErrorAlert } from '../../../ui/ErrorAlert.tsx';
import { labelOf } from '../../../ui/labels.ts';
import { certificatePdfHref } from './hallRegistrationApi.ts';
import type { Certificate } from './types.ts';
import { StatusTag } from '../../../ui/StatusTag.tsx';

interface Props {
  title: string;
  issueText: string;
  certificates: Certificate[];
  /** The certificate just issued: its number and verification code are shown once, on top. */
  issued: Certificate | null;
  issuing: boolean;
  error: unknown;
  onIssue: () => void;
}

/** Certificates of the logged-in employer or person: issue a new one, download each as PDF. */
export function CertificatesCard({ title, issueText, certificates, issued, issuing, error, onIssue }: Props) {
  const { t } = useI18n();
  return (
    <Card
      title={title}
      data-testid="hreg-certificates"
      extra={
        <Button
          type="primary"
          icon={<SafetyCertificateOutlined />}
          loading={issuing}
          onClick={onIssue}
          data-testid="hreg-issue-certificate"
        >
          {issueText}
        </Button>
      }
    >
      <ErrorAlert error={error} />
      {issued && (
        <Alert
          type="success"
          showIcon
          style={{ marginBottom: 16 }}
          data-testid="hreg-issued"
          title={t('hreg.cert.issued', { no: issued.certificateNo })}
          description={
            <Descriptions
              size="small"
              column={1}
              items={[
                {
                  key: 'no',
                  label: t('hreg.cert.no'),
                  children: (
                    <span className="mono" data-testid="hreg-issued-no">
                      {issued.certificateNo}
                    </span>
                  ),
                },
                ...(issued.verifyCode
                  ? [
                      {
                        key: 'code',
                        label: t('hreg.cert.code'),
                        children: (
                          <span className="mono" data-testid="hreg-issued-code">
                            {issued.verifyCode}
                          </span>
                        ),
                      },
                    ]
                  : []),
                {
                  key: 'pdf',
                  label: 'PDF',
                  children: (
                    <a
                      href={certificatePdfHref(issued.id)}
                      target="_blank"
                      rel="noreferrer"
                      data-testid="hreg-issued-pdf"
                    >
                      <FilePdfOutlined /> {t('hreg.cert.pdf')}
                    </a>
                  ),
                },
              ]}
            />
          }
        />
      )}
      <Table<Certificate>
        rowKey="id"
        size="small"
        pagination={{ pageSize: 10, hideOnSinglePage: true }}
        dataSource={certificates}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: t('hreg.cert.none') }}
        onRow={(c) => ({ 'data-testid': `hreg-cert-${c.certificateNo}` }) as HTMLAttributes<HTMLElement>}
        columns={[
          {
            title: t('hreg.cert.no'),
            dataIndex: 'certificateNo',
            render: (v: string) => <span className="mono">{v}</span>,
          },
          { title: t('hreg.cert.kind'), dataIndex: 'kind', render: (v: string) => labelOf(t, 'hreg.certKind', v) },
          { title: t('hreg.cert.issuedOn'), dataIndex: 'issuedOn', render: (v: string) => <DateText value={v} /> },
          {
            title: t('hreg.cert.verifyDueOn'),
            dataIndex: 'verifyDueOn',
            render: (v: string | null) => <DateText value={v} />,
          },
          {
            title: t('hreg.cert.status'),
            key: 'status',
            render: (_, c) => <StatusTag family="hallCertificate" status={c.checkStatus ?? c.status} />,
          },
          {
            title: t('common.actions'),
            key: 'pdf',
            render: (_, c) => (
              <a href={certificatePdfHref(c.id)} target="_blank" rel="noreferrer">
                <FilePdfOutlined /> {t('hreg.cert.pdf')}
              </a>
            ),
          },
        ]}
      />
      <Alert
        type="info"
        showIcon
        style={{ marginTop: 12 }}
        title={
          <>
            {t('hreg.cert.qrHint')} <Link to="/verify">{t('hreg.nav.verify')} →</Link>
          </>
        }
      />
    </Card>
  );
}
