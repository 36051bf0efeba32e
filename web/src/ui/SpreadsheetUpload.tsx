import { InboxOutlined } from '@ant-design/icons';
import { Progress, Space, Typography, Upload } from 'antd';
import { useState, type ReactNode } from 'react';
import type { QueryValue } from '../api/client.ts';
import { useSessionInfo } from '../api/session.ts';
import { useI18n } from '../i18n/index.ts';
import { ErrorAlert } from './ErrorAlert.tsx';
import { formatBytes } from './format.ts';
import { uploadWithProgress } from './uploadWithProgress.ts';

type Phase<T> =
  | { step: 'idle' }
  | { step: 'uploading'; percent: number }
  | { step: 'checking' }
  | { step: 'done'; result: T }
  | { step: 'failed'; error: unknown };

interface Props<T> {
  /** Where the file goes (`POST`, multipart part `file`). */
  path: string;
  query?: Record<string, QueryValue>;
  fields?: Record<string, string>;
  maxBytes?: number;
  disabled?: boolean;
  testId: string;
  /** The line under the drop zone (limits, what happens to a bad row); a generic one by default. */
  hint?: ReactNode;
  /** When the file passed the checks here and its upload begins. */
  onStart?: () => void;
  onDone?: (result: T) => void;
  /** After the server answered, either way (refresh a history list). */
  onSettled?: () => void;
  render: (result: T) => ReactNode;
  /** How a refusal is shown; the server's message by default. */
  renderError?: (error: unknown) => ReactNode;
}

/**
 * The one upload-with-progress of the app: a spreadsheet drop zone bound to one path that checks
 * the type and size here, shows the upload's progress and then "checking every row", and hands
 * the server's answer or its refusal back. Used by the hall and the staff pages alike.
 */
export function SpreadsheetUpload<T>(props: Props<T>) {
  const { path, query, fields, maxBytes = 20 * 1024 * 1024, disabled, testId, hint, render } = props;
  const { t } = useI18n();
  const csrfToken = useSessionInfo().data?.session?.csrfToken ?? '';
  const [phase, setPhase] = useState<Phase<T>>({ step: 'idle' });
  const [problem, setProblem] = useState<string | null>(null);
  const busy = phase.step === 'uploading' || phase.step === 'checking';

  const run = async (file: File) => {
    setProblem(null);
    if (!/\.(xlsx|csv)$/i.test(file.name)) return setProblem(t('sheet.wrongType'));
    if (file.size > maxBytes) return setProblem(t('sheet.tooLarge', { size: formatBytes(maxBytes) }));
    setPhase({ step: 'uploading', percent: 0 });
    props.onStart?.();
    try {
      const result = await uploadWithProgress<T>(path, file, {
        csrfToken,
        query,
        fields,
        onProgress: (percent) => setPhase(percent >= 100 ? { step: 'checking' } : { step: 'uploading', percent }),
      });
      setPhase({ step: 'done', result });
      props.onDone?.(result);
    } catch (error) {
      setPhase({ step: 'failed', error });
    } finally {
      props.onSettled?.();
    }
  };

  return (
    <div data-testid={testId} data-phase={phase.step}>
      <Upload.Dragger
        accept=".xlsx,.csv"
        multiple={false}
        showUploadList={false}
        disabled={busy || disabled}
        customRequest={({ file }) => void run(file as File)}
      >
        <p className="ant-upload-drag-icon">
          <InboxOutlined />
        </p>
        <p className="ant-upload-text">{t('sheet.drop')}</p>
        <p className="ant-upload-hint">{hint ?? t('sheet.hint', { size: formatBytes(maxBytes) })}</p>
      </Upload.Dragger>
      <div style={{ marginTop: 12 }}>
        {problem && (
          <Typography.Text type="danger" data-testid={`${testId}-problem`}>
            {problem}
          </Typography.Text>
        )}
        {busy && (
          <Space direction="vertical" style={{ width: '100%' }} data-testid={`${testId}-progress`}>
            <Typography.Text>{t(phase.step === 'uploading' ? 'sheet.uploading' : 'sheet.checking')}</Typography.Text>
            {phase.step === 'uploading' ? (
              <Progress percent={phase.percent} status="active" />
            ) : (
              <Progress percent={100} status="active" showInfo={false} />
            )}
          </Space>
        )}
        {phase.step === 'failed' && (
          <div data-testid={`${testId}-rejected`}>
            {props.renderError ? props.renderError(phase.error) : <ErrorAlert error={phase.error} />}
          </div>
        )}
        {phase.step === 'done' && <div data-testid={`${testId}-done`}>{render(phase.result)}</div>}
      </div>
    </div>
  );
}
