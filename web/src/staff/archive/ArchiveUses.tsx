import { Button, Flex, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import type { ArchiveUse } from '../../api/deskTypes.ts';
import { useI18n } from '../../i18n/index.ts';
import { DateRangeField } from '../../ui/DateRangeField.tsx';
import { DateText } from '../../ui/DateText.tsx';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { useArchiveUses } from './archiveApi.ts';
import { useArchiveLabels } from './useArchiveLabels.ts';

/** 档案利用登记: every download, who, when, why, from where; optionally of one document. */
export function ArchiveUses({
  documentId,
  onClearDocument,
}: {
  documentId: number | null;
  onClearDocument: () => void;
}) {
  const { t } = useI18n();
  const { label } = useArchiveLabels();
  const [range, setRange] = useState<[string, string] | null>(null);
  const [page, setPage] = useState({ page: 1, pageSize: 20 });
  const uses = useArchiveUses({
    documentId: documentId ?? undefined,
    from: range?.[0] || undefined,
    to: range?.[1] || undefined,
    ...page,
  });
  return (
    <>
      <Flex gap={12} align="center" wrap style={{ marginBottom: 16 }}>
        <DateRangeField value={range} onChange={setRange} testId="uses-range" />
        {documentId !== null && (
          <Tag closable onClose={onClearDocument} color="blue">
            {t('archive.onlyDocument', { id: documentId })}
          </Tag>
        )}
        <Typography.Text type="secondary">{t('archive.usesHint')}</Typography.Text>
      </Flex>
      <ErrorAlert error={uses.error} />
      <Table<ArchiveUse>
        rowKey="id"
        size="middle"
        loading={uses.isFetching}
        dataSource={uses.data?.items ?? []}
        scroll={{ x: 'max-content' }}
        pagination={{
          current: page.page,
          pageSize: page.pageSize,
          total: uses.data?.total ?? 0,
          showTotal: (n) => t('common.total', { n }),
          onChange: (p, s) => setPage({ page: p, pageSize: s }),
        }}
        columns={[
          { title: t('archive.usedAt'), dataIndex: 'usedAt', render: (v: string) => <DateText value={v} instant /> },
          {
            title: t('archive.user'),
            key: 'user',
            render: (_, u) => (
              <>
                {u.user.name ?? '—'} <Tag>{t(`userKind.${u.user.kind === 'staff' ? 'staff' : 'public'}`)}</Tag>
              </>
            ),
          },
          {
            title: t('archive.archiveNo'),
            dataIndex: 'archiveNo',
            render: (v: string) => <span className="mono">{v}</span>,
          },
          { title: t('archive.fileName'), dataIndex: 'fileName', ellipsis: true, width: 240 },
          { title: t('archive.purpose'), dataIndex: 'purpose', render: (v: string) => label('purposes', v) },
          { title: t('archive.useNote'), dataIndex: 'note', render: (v: string | null) => v ?? '—' },
          {
            title: t('audit.ip'),
            dataIndex: 'ip',
            render: (v: string | null) => <span className="mono">{v ?? '—'}</span>,
          },
        ]}
      />
      {documentId !== null && (
        <Button type="link" onClick={onClearDocument} style={{ paddingInline: 0 }}>
          {t('archive.allUses')}
        </Button>
      )}
    </>
  );
}
