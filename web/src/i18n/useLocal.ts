import { useMemo } from 'react';
import type { Text } from '../api/deskTypes.ts';
import { useI18n } from './useI18n.ts';

export interface Local {
  /** The current language's side of a `{zh, en}` text (empty for null). */
  text: (value: Text | null | undefined) => string;
  /** The current language's side of a record with `nameZh` / `nameEn`. */
  name: (value: { nameZh: string; nameEn: string } | null | undefined) => string;
}

/** Picks the interface language's half of the bilingual texts the server sends. */
export function useLocal(): Local {
  const { lang } = useI18n();
  return useMemo(
    () => ({
      text: (value) => (value ? (lang === 'en' ? value.en : value.zh) : ''),
      name: (value) => (value ? (lang === 'en' ? value.nameEn : value.nameZh) : ''),
    }),
    [lang],
  );
}
