import { useCallback, useSyncExternalStore } from 'react';
import { getLanguage, setLanguage, subscribeLanguage, type Language } from './language.ts';
import { translate, type MessageVars } from './translate.ts';
import type { MessageKey } from './zh.ts';

export type Translate = (key: MessageKey, vars?: MessageVars) => string;

/** The current language, a bound `t` and the setter; re-renders on a switch. */
export function useI18n(): { lang: Language; t: Translate; setLang: (lang: Language) => void } {
  const lang = useSyncExternalStore(subscribeLanguage, getLanguage);
  const t = useCallback<Translate>((key, vars) => translate(lang, key, vars), [lang]);
  return { lang, t, setLang: setLanguage };
}
