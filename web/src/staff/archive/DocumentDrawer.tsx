import { DownloadOutlined } from '@ant-design/icons';
import { Button, Descriptions, Drawer, Table, Tag, Typography } from 'antd';
import type { ArchivedDocument } from '../../api/deskTypes.ts';
import { useI18n } from '../../i18n/index.ts';
import { DateText } from '../../ui/DateText.tsx';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { formatBytes, mediaName } from '../../ui/format.ts';
import { useDocument } from './archiveApi.ts';
import type { DownloadTarget } from './DownloadModal.tsx';
import { useArchiveLabels } from './useArchiveLabels.ts';

/** One archived document with its SM3 digest and its chain of versions (corrections supersede, never overwrite). */
export function DocumentDrawer({
  id,
  onClose,
  onDownload,
  onUses,
}: {
  id: number | null;
  onClose: () => void;
  onDownload: (d: DownloadTarget) => void;
  onUses: (documentId: number) => void;
}) {
  const { t } = useI18n();
  const { label } = useArchiveLabels();
  const doc = useDocument(id);
  const d = doc.data;
  return (
    <Drawer open={id !== null} onClose={onClose} size={640} title={d?.archiveNo ?? ''}>
      <ErrorAlert error={doc.error} />
      {d && (
        <div data-testid="document-drawer">
          <Descriptions
            size="small"
            bordered
            column={1}
            items={[
              { key: 'no', label: t('archive.archiveNo'), children: <span className="mono">{d.archiveNo}</span> },
              { key: 'type', label: t('archive.documentType'), children: label('documentTypes', d.documentType) },
              { key: 'file', label: t('archive.fileName'), children: d.fileName },
              {
                key: 'media',
                label: t('archive.format'),
                children: `${mediaName(d.mediaType)} · ${formatBytes(d.size)}`,
              },
              {
                key: 'sm3',
                label: 'SM3',
                children: (
                  <span className="mono" style={{ wordBreak: 'break-all' }}>
                    {d.sm3}
                  </span>
                ),
              },
              {
                key: 'case',
                label: t('progress.caseNumber'),
                children: <span className="mono">{d.caseNumber ?? '—'}</span>,
              },
              { key: 'item', label: t('progress.item'), children: d.itemCode ?? '—' },
              { key: 'agency', label: t('cases.agency'), children: d.agencyName ?? '—' },
              {
                key: 'retention',
                label: t('archive.retention'),
                children: (
                  <>
                    {label('retentions', d.retention)}
                    {d.destroyAfter && (
                      <Typography.Text type="secondary">
                        {' '}
                        · {t('archive.destroyAfter', { date: d.destroyAfter })}
                      </Typography.Text>
                    )}
                  </>
                ),
              },
              { key: 'by', label: t('archive.producedBy'), children: d.producedBy.name ?? '—' },
              { key: 'at', label: t('archive.createdAt'), children: <DateText value={d.createdAt} instant /> },
              ...(d.supersedeReason
                ? [{ key: 'why', label: t('archive.supersedeReason'), children: d.supersedeReason }]
                : []),
            ]}
          />
          <div style={{ display: 'flex', gap: 8, margin: '16px 0' }}>
            <Button
              type="primary"
              icon={<DownloadOutlined />}
              onClick={() => onDownload(d)}
              data-testid="document-download"
            >
              {t('archive.download')}
            </Button>
            <Button onClick={() => onUses(d.id)}>{t('archive.usesOfThis')}</Button>
          </div>
          <Typography.Title level={5}>{t('archive.chain')}</Typography.Title>
          <Table<ArchivedDocument>
            rowKey="id"
            size="small"
            pagination={false}
            dataSource={d.chain}
            columns={[
              {
                title: t('archive.archiveNo'),
                dataIndex: 'archiveNo',
                render: (v: string, row) => (
                  <>
                    <span className="mono">{v}</span> {row.id === d.id && <Tag color="blue">{t('archive.this')}</Tag>}
                    {row.supersededById && <Tag>{t('archive.superseded')}</Tag>}
                  </>
                ),
              },
              { title: t('archive.fileName'), dataIndex: 'fileName' },
              {
                title: t('archive.createdAt'),
                dataIndex: 'createdAt',
                render: (v: string) => <DateText value={v} instant />,
              },
            ]}
          />
        </div>
      )}
    </Drawer>
  );
}
