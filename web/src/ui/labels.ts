import { isMessageKey, type Translate } from '../i18n/index.ts';

/**
 * A label for a code the server may extend (case events, document types …): the dictionary's
 * text under `prefix.code` when there is one, else the code itself.
 */
export function labelOf(t: Translate, prefix: string, code: string): string {
  const key = `${prefix}.${code}`;
  return isMessageKey(key) ? t(key) : code;
}
