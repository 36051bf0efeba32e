import { App } from 'antd';
import { useCallback } from 'react';
import { useI18n } from '../i18n/index.ts';
import { useNotify } from './useNotify.ts';

interface ConfirmOptions {
  title: string;
  content?: string;
  okText?: string;
  danger?: boolean;
  successText: string;
  run: () => Promise<unknown>;
}

/** Asks before a one-click change (close, disable, unlock …), then runs it and reports. */
export function useConfirm(): (options: ConfirmOptions) => void {
  const { modal } = App.useApp();
  const notify = useNotify();
  const { t } = useI18n();
  return useCallback(
    ({ title, content, okText, danger, successText, run }: ConfirmOptions) => {
      void modal.confirm({
        title,
        content,
        okText: okText ?? t('common.confirm'),
        cancelText: t('common.cancel'),
        okButtonProps: { danger, ...({ 'data-testid': 'confirm-ok' } as object) },
        onOk: () => run().then(() => notify.success(successText), notify.error),
      });
    },
    [modal, notify, t],
  );
}
