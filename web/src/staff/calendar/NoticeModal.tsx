import { Alert, Button, Flex, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import { ApiError } from '../../api/client.ts';
import { useI18n } from '../../i18n/index.ts';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { type HolidayNotice, type HolidayYearView, type NoticeLoaded, useLoadNotice } from './calendarApi.ts';

interface Props {
  open: boolean;
  /** A year answered provisionally, offered as the starting point of the transcription. */
  template: HolidayYearView | null;
  onClose: () => void;
  onLoaded: (loaded: NoticeLoaded) => void;
}

/** The notice as JSON to edit: the provisional year's holidays, with the source left to fill in. */
function draftOf(year: HolidayYearView | null): string {
  if (!year) return '';
  const notice: HolidayNotice = { year: year.year, source: '', blocks: year.blocks };
  return JSON.stringify(notice, null, 2);
}

/** Why the server refused a notice, when it said (the span, day or year that does not add up). */
function problemOf(error: unknown): string | null {
  if (!(error instanceof ApiError) || !error.details || typeof error.details !== 'object') return null;
  const problem = (error.details as { problem?: unknown }).problem;
  return typeof problem === 'string' ? problem : null;
}

/**
 * Loading a year's State Council notice: the JSON of `shebao holidays add` (docs/operations.md),
 * started from the provisional derivation so only the notice's changes need typing.
 */
export function NoticeModal({ open, template, onClose, onLoaded }: Props) {
  const { t } = useI18n();
  const load = useLoadNotice();
  const [text, setText] = useState('');
  const [parseError, setParseError] = useState<string | null>(null);
  const close = () => {
    load.reset();
    setParseError(null);
    onClose();
  };
  const submit = () => {
    let notice: HolidayNotice;
    try {
      notice = JSON.parse(text) as HolidayNotice;
    } catch (error) {
      setParseError(t('calendar.notJson', { reason: (error as Error).message }));
      return;
    }
    setParseError(null);
    load.mutate(notice, {
      onSuccess: (loaded) => {
        setText('');
        onLoaded(loaded);
        onClose();
      },
    });
  };
  const problem = problemOf(load.error);
  return (
    <Modal
      open={open}
      title={t('calendar.load')}
      onCancel={close}
      footer={null}
      destroyOnHidden
      width={760}
      afterOpenChange={(visible) => visible && text === '' && setText(draftOf(template))}
    >
      <div data-testid="notice-modal">
        <Typography.Paragraph type="secondary">{t('calendar.loadHint')}</Typography.Paragraph>
        <ErrorAlert error={load.error} />
        {problem && <Alert type="warning" showIcon title={problem} style={{ marginBottom: 16 }} />}
        {parseError && (
          <Alert type="warning" showIcon title={parseError} style={{ marginBottom: 16 }} data-testid="form-problem" />
        )}
        <Input.TextArea
          value={text}
          onChange={(event) => setText(event.target.value)}
          autoSize={{ minRows: 14, maxRows: 28 }}
          spellCheck={false}
          style={{ fontFamily: 'monospace', fontSize: 12 }}
          aria-label={t('calendar.noticeJson')}
          data-testid="notice-json"
        />
        <Flex justify="flex-end" gap={8} style={{ marginTop: 12 }}>
          <Button onClick={close}>{t('common.cancel')}</Button>
          <Button type="primary" loading={load.isPending} onClick={submit} data-testid="notice-modal-submit">
            {t('calendar.loadSubmit')}
          </Button>
        </Flex>
      </div>
    </Modal>
  );
}
