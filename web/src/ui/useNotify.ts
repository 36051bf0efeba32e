import { App } from 'antd';
import { useCallback, useMemo } from 'react';
import { useI18n } from '../i18n/index.ts';
import { describeError } from './describeError.ts';

/** Toasts for mutation outcomes: success text, or the server's message with its code. */
export function useNotify() {
  const { message } = App.useApp();
  const { t } = useI18n();
  const success = useCallback((text: string) => void message.success(text), [message]);
  const error = useCallback(
    (err: unknown) => {
      const { message: text, code } = describeError(err, t);
      void message.error(`${text}（${code}）`, 6);
    },
    [message, t],
  );
  return useMemo(() => ({ success, error }), [success, error]);
}
