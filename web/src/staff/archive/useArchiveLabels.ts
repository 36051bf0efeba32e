import { useCallback } from 'react';
import { useI18n } from '../../i18n/index.ts';
import { useArchiveMeta } from './archiveApi.ts';

/** Labels of document types, retention classes and purposes, from `/api/archive/meta`, in the UI language. */
export function useArchiveLabels() {
  const { lang } = useI18n();
  const meta = useArchiveMeta();
  const label = useCallback(
    (list: 'documentTypes' | 'retentions' | 'purposes', code: string) => {
      const found = meta.data?.[list].find((x) => x.code === code);
      return found ? (lang === 'en' ? found.en : found.zh) : code;
    },
    [meta.data, lang],
  );
  return { meta: meta.data, label };
}
