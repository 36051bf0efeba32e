/** The chosen interface language: a tiny external store so both React and the API client read it. */
export type Language = 'zh-CN' | 'en';

const storageKey = 'shebao.language';
const listeners = new Set<() => void>();

function readStored(): Language {
  try {
    return localStorage.getItem(storageKey) === 'en' ? 'en' : 'zh-CN';
  } catch {
    return 'zh-CN'; // storage disabled: zh-CN is the default language of the platform
  }
}

let current: Language = readStored();

/** The language in force now; the API client sends it as `Accept-Language`. */
export function getLanguage(): Language {
  return current;
}

/** Switches the language, remembers it in localStorage and tells every subscriber. */
export function setLanguage(language: Language): void {
  if (language === current) return;
  current = language;
  try {
    localStorage.setItem(storageKey, language);
  } catch {
    // the choice then lasts for this page only
  }
  document.documentElement.lang = language;
  for (const listener of listeners) listener();
}

export function subscribeLanguage(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
