import { DownloadOutlined, InboxOutlined } from '@ant-design/icons';
import { Card, Checkbox, Col, Flex, Progress, Row, Space, Table, Tag, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useSessionInfo } from '../../../api/session.ts';
import { useI18n } from '../../../i18n/index.ts';
import { DateText } from '../../../ui/DateText.tsx';
import { ErrorAlert } from '../../../ui/ErrorAlert.tsx';
import { formatBytes } from '../../../ui/format.ts';
import { labelOf } from '../../../ui/labels.ts';
import { importReportHref, templateHref, uploadImport, useImportDone, useImports } from './hallRegistrationApi.ts';
import { ImportResultView } from './ImportResultView.tsx';
import type { ImportRecord, ImportResult } from './types.ts';

/** Limits of the server (registration.model.ts), checked here too for a quick answer. */
const importBytesMax = 20 * 1024 * 1024;
const importRowsMax = 100_000;

type Phase =
  | { step: 'idle' }
  | { step: 'uploading'; percent: number }
  | { step: 'validating' }
  | { step: 'done'; result: ImportResult }
  | { step: 'failed'; error: unknown };

/** 批量增减员: template, upload (check only or apply), the result with its errors, and past imports. */
export function ImportsPage() {
  const { t } = useI18n();
  const csrfToken = useSessionInfo().data?.session?.csrfToken ?? '';
  const [dryRun, setDryRun] = useState(false);
  const [phase, setPhase] = useState<Phase>({ step: 'idle' });
  const [problem, setProblem] = useState<string | null>(null);
  const imports = useImports();
  const importDone = useImportDone();
  const busy = phase.step === 'uploading' || phase.step === 'validating';

  const run = async (file: File) => {
    setProblem(null);
    if (!/\.(xlsx|csv)$/i.test(file.name)) return setProblem(t('hreg.imp.wrongType'));
    if (file.size > importBytesMax) return setProblem(t('hreg.imp.tooLarge', { size: formatBytes(importBytesMax) }));
    setPhase({ step: 'uploading', percent: 0 });
    try {
      const result = await uploadImport(file, {
        dryRun,
        csrfToken,
        onProgress: (percent) => setPhase(percent >= 100 ? { step: 'validating' } : { step: 'uploading', percent }),
      });
      setPhase({ step: 'done', result });
    } catch (error) {
      setPhase({ step: 'failed', error });
    } finally {
      importDone();
    }
  };

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
          <div data-testid="hreg-import-upload">
            <Upload.Dragger
              accept=".xlsx,.csv"
              multiple={false}
              showUploadList={false}
              disabled={busy}
              customRequest={({ file }) => void run(file as File)}
            >
              <p className="ant-upload-drag-icon">
                <InboxOutlined />
              </p>
              <p className="ant-upload-text">{t('hreg.imp.drop')}</p>
              <p className="ant-upload-hint">
                {t('hreg.imp.dropHint', { size: formatBytes(importBytesMax), rows: importRowsMax.toLocaleString() })}
              </p>
            </Upload.Dragger>
          </div>
          <div style={{ marginTop: 16 }}>
            {problem && (
              <Typography.Text type="danger" data-testid="hreg-import-problem">
                {problem}
              </Typography.Text>
            )}
            {phase.step === 'uploading' && (
              <Space direction="vertical" style={{ width: '100%' }} data-testid="hreg-import-progress">
                <Typography.Text>{t('hreg.imp.uploading')}</Typography.Text>
                <Progress percent={phase.percent} status="active" />
              </Space>
            )}
            {phase.step === 'validating' && (
              <Space direction="vertical" style={{ width: '100%' }} data-testid="hreg-import-progress">
                <Typography.Text>{t('hreg.imp.validating')}</Typography.Text>
                <Progress percent={100} status="active" showInfo={false} />
              </Space>
            )}
            {phase.step === 'failed' && <ErrorAlert error={phase.error} />}
            {phase.step === 'done' && <ImportResultView result={phase.result} />}
          </div>
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
                render: (v: ImportRecord['status']) => (
                  <Tag color={v === 'applied' ? 'green' : 'red'}>{labelOf(t, 'hreg.imp.status', v)}</Tag>
                ),
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
