import { Segmented } from 'antd';
import { useI18n, type Language } from '../i18n/index.ts';

const options = [
  { value: 'zh-CN' as Language, label: <span data-testid="lang-zh">中文</span> },
  { value: 'en' as Language, label: <span data-testid="lang-en">English</span> },
];

/** 中文 / English; the choice is kept in localStorage and sent with every API call. */
export function LanguageSwitch({ size = 'small' }: { size?: 'small' | 'middle' }) {
  const { lang, setLang } = useI18n();
  return (
    <Segmented<Language> size={size} value={lang} options={options} onChange={setLang} data-testid="lang-switch" />
  );
}
