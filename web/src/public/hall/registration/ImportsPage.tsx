import { DownloadOutlined } from '@ant-design/icons';
import { Card, Checkbox, Col, Flex, Row, Table, Typography } from 'antd';
import { useState } from 'react';
import { useI18n } from '../../../i18n/index.ts';
import { DateText } from '../../../ui/DateText.tsx';
import { ErrorAlert } from '../../../ui/ErrorAlert.tsx';
import { formatBytes } from '../../../ui/format.ts';
import { importReportHref, importUploadPath, templateHref, useImportDone, useImports } from './hallRegistrationApi.ts';
import { ImportResultView } from './ImportResultView.tsx';
import type { ImportRecord, ImportResult } from './types.ts';
import { SpreadsheetUpload } from '../../../ui/SpreadsheetUpload.tsx';
import { StatusTag } from '../../../ui/StatusTag.tsx';

/** Limits of the server (registration.model.ts), checked here too for a quick answer. */
const importBytesMax = 20 * 1024 * 1024;
const importRowsMax = 100_000;

/** 批量增减员: template, upload (check only or apply), the result with its errors, and past imports. */
export function ImportsPage() {
  const { t } = useI18n();
  const [dryRun, setDryRun] = useState(false);
  const [busy, setBusy] = useState(false);
  const imports = useImports();
  const importDone = useImportDone();

  return (
    <Row gutter={[24, 24]}>
      <Col xs={24}>
        <Card title={t('hreg.imp.title')} data-testid="hreg-imports">
          <Typography.Paragraph type="secondary">{t('hreg.imp.intro')}</Typography.Paragraph>
          <Flex gap={16} wrap align="center" style={{ marginBottom: 16 }}>
            <Typography.Text strong>{t('hreg.imp.template')}</Typography.Text>
            <a href={templateHref('xlsx')} download data-testid="hreg-template-xlsx">
              <DownloadOutlined /> {t('hreg.imp.templateXlsx')}
            </a>
            <a href={templateHref('csv')} download data-testid="hreg-template-csv">
              <DownloadOutlined /> {t('hreg.imp.templateCsv')}
            </a>
          </Flex>
          <Checkbox
            checked={dryRun}
            onChange={(e) => setDryRun(e.target.checked)}
            disabled={busy}
            style={{ marginBottom: 12 }}
            data-testid="hreg-import-dry-run"
          >
            {t('hreg.imp.dryRun')}
          </Checkbox>
          <SpreadsheetUpload<ImportResult>
            path={importUploadPath}
            query={{ dryRun }}
            maxBytes={importBytesMax}
            testId="hreg-import-upload"
            hint={t('hreg.imp.dropHint', { size: formatBytes(importBytesMax), rows: importRowsMax.toLocaleString() })}
            onStart={() => setBusy(true)}
            onSettled={() => {
              setBusy(false);
              importDone();
            }}
            render={(result) => <ImportResultView result={result} />}
          />
        </Card>
      </Col>
      <Col xs={24}>
        <Card title={t('hreg.imp.history')} data-testid="hreg-import-history">
          <ErrorAlert error={imports.error} />
          <Table<ImportRecord>
            rowKey="id"
            size="small"
            loading={imports.isFetching}
            dataSource={imports.data ?? []}
            pagination={{ pageSize: 10, hideOnSinglePage: true }}
            scroll={{ x: 'max-content' }}
            locale={{ emptyText: t('hreg.imp.none') }}
            columns={[
              {
                title: t('hreg.imp.at'),
                dataIndex: 'createdAt',
                render: (v: string) => <DateText value={v} instant />,
              },
              { title: t('hreg.imp.file'), dataIndex: 'fileName' },
              { title: t('hreg.imp.rows'), dataIndex: 'rowCount', align: 'right' },
              { title: t('hreg.imp.errors'), dataIndex: 'errorCount', align: 'right' },
              {
                title: t('hreg.imp.status'),
                dataIndex: 'status',
                render: (v: ImportRecord['status']) => <StatusTag family="hallImport" status={v} />,
              },
              {
                title: t('common.actions'),
                key: 'report',
                render: (_, r) =>
                  r.reportAvailable ? (
                    <a href={importReportHref(r.id)} download>
                      <DownloadOutlined /> {t('hreg.imp.report')}
                    </a>
                  ) : null,
              },
            ]}
          />
        </Card>
      </Col>
    </Row>
  );
}
