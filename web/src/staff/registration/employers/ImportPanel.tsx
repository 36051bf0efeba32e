import { DownloadOutlined } from '@ant-design/icons';
import { Alert, Checkbox, Flex, Modal, Table, Typography } from 'antd';
import { useState } from 'react';
import { useI18n } from '../../../i18n/index.ts';
import { DateText } from '../../../ui/DateText.tsx';
import { ErrorAlert } from '../../../ui/ErrorAlert.tsx';
import { SpreadsheetUpload } from '../../../ui/SpreadsheetUpload.tsx';
import { StatusTag } from '../../../ui/StatusTag.tsx';
import {
  importReportUrl,
  importTemplateUrl,
  importUploadPath,
  useImportSettled,
  useImports,
} from '../registrationApi.ts';
import type { ImportError, ImportRecord, ImportResult } from '../registrationTypes.ts';

/** The server's limit (registration.model.ts), checked here too for a quick answer. */
const uploadBytesMax = 20 * 1024 * 1024;

function ResultView({ result }: { result: ImportResult }) {
  const { t } = useI18n();
  const applied = result.status !== 'rejected';
  return (
    <div data-testid="import-result" data-status={result.status}>
      <Alert
        type={applied ? 'success' : 'error'}
        showIcon
        style={{ marginBottom: 12 }}
        title={
          applied
            ? t(result.status === 'validated' ? 'reg.import.dryRunOk' : 'reg.import.applied', {
                rows: result.rowCount,
                hires: result.hires,
                separations: result.separations,
              })
            : t('reg.import.rejected', { rows: result.rowCount, errors: result.errorCount })
        }
        description={
          !applied && result.importId && result.reportAvailable !== false ? (
            <a href={importReportUrl(result.importId)} data-testid="import-report">
              <DownloadOutlined /> {t('reg.import.report')}
            </a>
          ) : undefined
        }
      />
      {result.errors.length > 0 && (
        <Table<ImportError>
          rowKey={(e) => `${e.line}-${e.field ?? e.column ?? ''}-${e.code}`}
          size="small"
          dataSource={result.errors}
          pagination={{ pageSize: 10, showSizeChanger: false }}
          data-testid="import-errors"
          columns={[
            { title: t('reg.import.line'), dataIndex: 'line', width: 80 },
            { title: t('reg.import.column'), dataIndex: 'column', width: 140, render: (v: string | null) => v ?? '—' },
            { title: t('reg.import.message'), dataIndex: 'message' },
            {
              title: t('reg.import.code'),
              dataIndex: 'code',
              render: (v: string) => <span className="mono">{v}</span>,
            },
          ]}
        />
      )}
    </div>
  );
}

/**
 * Bulk hires and separations from a spreadsheet: every row is checked first and all apply or none;
 * a dry run only checks. The upload shows its progress (a file may hold 100 000 rows); refused files
 * come back as an error spreadsheet in the user's language.
 */
export function ImportPanel({ employerId, open, onClose }: { employerId: number; open: boolean; onClose: () => void }) {
  const { t } = useI18n();
  const imports = useImports(employerId);
  const importSettled = useImportSettled();
  const [dryRun, setDryRun] = useState(true);
  const [busy, setBusy] = useState(false);
  return (
    <Modal open={open} title={t('reg.import.title')} onCancel={onClose} footer={null} width={820} destroyOnHidden>
      <div data-testid="import-panel">
        <Typography.Paragraph type="secondary">{t('reg.import.hint')}</Typography.Paragraph>
        <Flex gap={12} wrap style={{ marginBottom: 12 }}>
          <a href={importTemplateUrl('xlsx')} data-testid="import-template-xlsx">
            <DownloadOutlined /> {t('reg.import.templateXlsx')}
          </a>
          <a href={importTemplateUrl('csv')} data-testid="import-template-csv">
            <DownloadOutlined /> {t('reg.import.templateCsv')}
          </a>
        </Flex>
        <Checkbox
          checked={dryRun}
          onChange={(e) => setDryRun(e.target.checked)}
          disabled={busy}
          style={{ marginBottom: 12 }}
          data-testid="import-dry-run"
        >
          {t('reg.import.dryRun')}
        </Checkbox>
        <SpreadsheetUpload<ImportResult>
          path={importUploadPath(employerId)}
          query={{ dryRun }}
          maxBytes={uploadBytesMax}
          testId="import-upload"
          onStart={() => setBusy(true)}
          onSettled={() => {
            setBusy(false);
            importSettled();
          }}
          render={(result) => <ResultView result={result} />}
        />
        <Typography.Title level={5}>{t('reg.import.recent')}</Typography.Title>
        <ErrorAlert error={imports.error} />
        <Table<ImportRecord>
          rowKey="id"
          size="small"
          loading={imports.isFetching}
          dataSource={imports.data ?? []}
          pagination={{ pageSize: 5, showSizeChanger: false }}
          columns={[
            {
              title: t('reg.createdAt'),
              dataIndex: 'createdAt',
              render: (v: string) => <DateText value={v} instant />,
            },
            { title: t('reg.fileName'), dataIndex: 'fileName' },
            { title: t('reg.import.rows'), dataIndex: 'rowCount' },
            { title: t('reg.import.errors'), dataIndex: 'errorCount' },
            {
              title: t('common.status'),
              dataIndex: 'status',
              render: (v: ImportRecord['status'], r) => (
                <>
                  <StatusTag family="import" status={v} />
                  {(r.reportAvailable ?? r.errorCount > 0) && (
                    <a href={importReportUrl(r.id)}>
                      <DownloadOutlined /> {t('reg.import.report')}
                    </a>
                  )}
                </>
              ),
            },
          ]}
        />
      </div>
    </Modal>
  );
}
