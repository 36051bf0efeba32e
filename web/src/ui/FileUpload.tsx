import { CheckCircleFilled, CloseOutlined, PaperClipOutlined, UploadOutlined } from '@ant-design/icons';
import { Button, Flex, Typography } from 'antd';
import { useRef, useState } from 'react';
import { uploadFile } from '../api/client.ts';
import type { PendingUpload } from '../api/deskTypes.ts';
import { useI18n } from '../i18n/index.ts';
import { describeError } from './describeError.ts';
import { acceptAttribute, formatBytes, mediaName } from './format.ts';

interface Props {
  /** Media types the material accepts (checked again by content on the server). */
  accept: readonly string[];
  maxBytes: number;
  value?: PendingUpload | null;
  onChange?: (upload: PendingUpload | null) => void;
  testId: string;
  disabled?: boolean;
}

/**
 * Picks one file, checks its size and type here for a quick answer, uploads it to
 * `POST /api/uploads` (the server decides the type by content) and holds the pending upload.
 */
export function FileUpload({ accept, maxBytes, value, onChange, testId, disabled }: Props) {
  const { t } = useI18n();
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const limits = t('upload.limits', { types: accept.map(mediaName).join(' / '), size: formatBytes(maxBytes) });

  const pick = async (file: File | undefined) => {
    if (!file) return;
    setProblem(null);
    if (file.size === 0) return setProblem(t('upload.empty'));
    if (file.size > maxBytes) return setProblem(t('upload.tooLarge', { size: formatBytes(maxBytes) }));
    if (file.type && !accept.includes(file.type)) {
      return setProblem(t('upload.wrongType', { types: accept.map(mediaName).join(' / ') }));
    }
    setBusy(true);
    try {
      onChange?.(await uploadFile<PendingUpload>('/api/uploads', file));
    } catch (error) {
      const { message, code } = describeError(error, t);
      setProblem(`${message}（${code}）`);
    } finally {
      setBusy(false);
      if (input.current) input.current.value = '';
    }
  };

  return (
    <div data-testid={testId}>
      <input
        ref={input}
        type="file"
        style={{ display: 'none' }}
        accept={acceptAttribute(accept)}
        onChange={(e) => void pick(e.target.files?.[0])}
        data-testid={`${testId}-input`}
      />
      {value ? (
        <Flex align="center" gap={6} data-testid={`${testId}-done`}>
          <CheckCircleFilled style={{ color: '#52c41a' }} />
          <PaperClipOutlined />
          <Typography.Text ellipsis style={{ maxWidth: 220 }}>
            {value.fileName}
          </Typography.Text>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {mediaName(value.mediaType)} · {formatBytes(value.size)}
          </Typography.Text>
          {!disabled && (
            <Button
              type="text"
              size="small"
              icon={<CloseOutlined />}
              aria-label={t('upload.remove')}
              onClick={() => onChange?.(null)}
              data-testid={`${testId}-remove`}
            />
          )}
        </Flex>
      ) : (
        <Flex align="center" gap={8} wrap>
          <Button
            size="small"
            icon={<UploadOutlined />}
            loading={busy}
            disabled={disabled}
            onClick={() => input.current?.click()}
            data-testid={`${testId}-pick`}
          >
            {t(busy ? 'upload.uploading' : 'upload.choose')}
          </Button>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {limits}
          </Typography.Text>
        </Flex>
      )}
      {problem && (
        <Typography.Text
          type="danger"
          style={{ display: 'block', fontSize: 12, marginTop: 4 }}
          data-testid={`${testId}-error`}
        >
          {problem}
        </Typography.Text>
      )}
    </div>
  );
}
