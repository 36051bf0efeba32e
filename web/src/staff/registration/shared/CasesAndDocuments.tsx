import { Button, Empty, Table, Tag } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import type { ArchivedDocument, CaseRow } from '../../../api/deskTypes.ts';
import { useCan } from '../../../api/session.ts';
import { useI18n, useLocal } from '../../../i18n/index.ts';
import { DateText } from '../../../ui/DateText.tsx';
import { DeadlineBadge } from '../../../ui/DeadlineBadge.tsx';
import { DownloadModal, type DownloadTarget } from '../../archive/DownloadModal.tsx';
import { useArchiveLabels } from '../../archive/useArchiveLabels.ts';
import { StatusTag } from '../../../ui/StatusTag.tsx';

/** The open cases of a person or employer, each linking to its case page. */
export function OpenCasesTable({ cases }: { cases: CaseRow[] }) {
  const { t } = useI18n();
  const local = useLocal();
  if (cases.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('reg.noOpenCases')} />;
  return (
    <Table<CaseRow>
      rowKey="id"
      size="small"
      pagination={false}
      dataSource={cases}
      scroll={{ x: 'max-content' }}
      data-testid="reg-open-cases"
      columns={[
        {
          title: t('progress.caseNumber'),
          dataIndex: 'caseNumber',
          render: (v: string, c) => (
            <Link to={`/staff/cases/${c.id}`} className="mono">
              {v}
            </Link>
          ),
        },
        { title: t('progress.item'), key: 'item', render: (_, c) => local.name(c.item) },
        { title: t('common.status'), key: 'status', render: (_, c) => <StatusTag family="case" status={c.status} /> },
        {
          title: t('progress.promise'),
          key: 'sla',
          render: (_, c) => <DeadlineBadge state={c.slaState} dueOn={c.dueOn} provisional={c.dueOnProvisional} />,
        },
        {
          title: t('progress.receivedAt'),
          dataIndex: 'receivedAt',
          render: (v: string) => <DateText value={v} instant />,
        },
      ]}
    />
  );
}

/** Archived documents about the subject; downloading one goes through the archive's use register. */
export function DocumentsTable({ documents }: { documents: ArchivedDocument[] }) {
  const { t } = useI18n();
  const can = useCan();
  const { label } = useArchiveLabels();
  const [download, setDownload] = useState<DownloadTarget | null>(null);
  if (documents.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('reg.noDocuments')} />;
  return (
    <>
      {can('archive.read') && (
        <Link to="/staff/archive" style={{ display: 'inline-block', marginBottom: 8 }}>
          {t('reg.openArchive')}
        </Link>
      )}
      <Table<ArchivedDocument>
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={documents}
        scroll={{ x: 'max-content' }}
        data-testid="reg-documents"
        columns={[
          {
            title: t('reg.archiveNo'),
            dataIndex: 'archiveNo',
            render: (v: string, d) =>
              can('archive.read') ? (
                <Button type="link" size="small" className="mono" onClick={() => setDownload(d)}>
                  {v}
                </Button>
              ) : (
                <span className="mono">{v}</span>
              ),
          },
          {
            title: t('reg.documentType'),
            dataIndex: 'documentType',
            render: (v: string) => <Tag>{label('documentTypes', v)}</Tag>,
          },
          { title: t('reg.fileName'), dataIndex: 'fileName' },
          {
            title: t('progress.caseNumber'),
            dataIndex: 'caseNumber',
            render: (v: string | null, d) =>
              v && d.caseId ? (
                <Link to={`/staff/cases/${d.caseId}`} className="mono">
                  {v}
                </Link>
              ) : (
                '—'
              ),
          },
          { title: t('reg.createdAt'), dataIndex: 'createdAt', render: (v: string) => <DateText value={v} instant /> },
        ]}
      />
      <DownloadModal target={download} onClose={() => setDownload(null)} />
    </>
  );
}
