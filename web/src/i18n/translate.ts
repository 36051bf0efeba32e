import { en } from './en.ts';
import type { Language } from './language.ts';
import { zh, type MessageKey } from './zh.ts';

export type MessageVars = Record<string, string | number>;

const dictionaries: Record<Language, Record<MessageKey, string>> = { 'zh-CN': zh, en };

/** Looks a key up in the language's dictionary and fills `{name}` placeholders. */
export function translate(language: Language, key: MessageKey, vars?: MessageVars): string {
  const text = dictionaries[language][key];
  if (!vars) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}

/** Whether a string is a key of the dictionaries (for codes the server may extend, like case events). */
export function isMessageKey(key: string): key is MessageKey {
  return Object.prototype.hasOwnProperty.call(zh, key);
}
