import { DownloadOutlined } from '@ant-design/icons';
import { Alert, Button, Table } from 'antd';
import { useI18n } from '../../../i18n/index.ts';
import { importReportHref } from './hallRegistrationApi.ts';
import type { ImportError, ImportResult } from './types.ts';

/** The answer to an upload: applied (or checked) with its counts, or rejected with every error row. */
export function ImportResultView({ result }: { result: ImportResult }) {
  const { t } = useI18n();
  if (result.status !== 'rejected') {
    const checkOnly = result.status === 'validated';
    return (
      <Alert
        type="success"
        showIcon
        data-testid="hreg-import-applied"
        data-dry-run={checkOnly}
        title={t(checkOnly ? 'hreg.imp.checked' : 'hreg.imp.applied')}
        description={
          checkOnly
            ? t('hreg.imp.checkedText', { rows: result.rowCount })
            : t('hreg.imp.appliedText', { rows: result.rowCount, hires: result.hires, separations: result.separations })
        }
      />
    );
  }
  return (
    <div data-testid="hreg-import-rejected">
      <Alert
        type="error"
        showIcon
        style={{ marginBottom: 12 }}
        title={t('hreg.imp.rejected')}
        description={
          <>
            <div>{t('hreg.imp.rejectedText', { rows: result.rowCount, errors: result.errorCount })}</div>
            {result.errorsTruncated && <div>{t('hreg.imp.errorsShown', { n: result.errors.length })}</div>}
          </>
        }
        action={
          result.importId !== null &&
          result.reportAvailable && (
            <a href={importReportHref(result.importId)} download data-testid="hreg-import-report">
              <Button danger icon={<DownloadOutlined />}>
                {t('hreg.imp.report')}
              </Button>
            </a>
          )
        }
      />
      <Table<ImportError>
        rowKey={(e) => `${e.line}:${e.column}:${e.code}`}
        size="small"
        dataSource={result.errors}
        pagination={{ pageSize: 10, hideOnSinglePage: true }}
        scroll={{ x: 'max-content' }}
        data-testid="hreg-import-errors"
        columns={[
          { title: t('hreg.imp.line'), dataIndex: 'line', width: 80 },
          { title: t('hreg.imp.column'), dataIndex: 'column', width: 160, render: (v: string | null) => v ?? '—' },
          { title: t('hreg.imp.message'), dataIndex: 'message' },
        ]}
      />
    </div>
  );
}
