import { useMemo } from 'react';
import { useI18n } from './useI18n.ts';

/**
 * A text the server sends in both languages (the API's `LocalText`). Written out here rather than
 * taken from the API types: those import the client, which imports the dictionaries, which would
 * close a loop through this file.
 */
export interface Bilingual {
  readonly zh: string;
  readonly en: string;
}

export interface Local {
  /** The current language's side of a `{zh, en}` text (empty for null). */
  text: (value: Bilingual | null | undefined) => string;
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
