export { getLanguage, setLanguage, type Language } from './language.ts';
export { translate } from './translate.ts';
export { useI18n, type Translate } from './useI18n.ts';
export type { MessageKey } from './zh.ts';
