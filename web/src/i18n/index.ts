export { getLanguage, setLanguage, type Language } from './language.ts';
export { isMessageKey, translate } from './translate.ts';
export { useI18n, type Translate } from './useI18n.ts';
export type { MessageKey } from './zh.ts';
export { useLocal, type Local } from './useLocal.ts';
