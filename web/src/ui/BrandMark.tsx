import { useI18n } from '../i18n/index.ts';

/** The shield emblem and the platform name, used in both headers. */
export function BrandMark({ subtitle, inverse = false }: { subtitle?: string; inverse?: boolean }) {
  const { t } = useI18n();
  const colour = inverse ? '#fff' : '#1a4f9c';
  return (
    <span style={{ display: 'inline-flex', alignItems: 'center', gap: 10, color: colour }}>
      <svg width="30" height="30" viewBox="0 0 64 64" aria-hidden="true">
        <circle cx="32" cy="32" r="30" fill={inverse ? '#fff' : '#1a4f9c'} />
        <path
          d="M32 12 L48 20 V32 C48 42 41 49 32 52 C23 49 16 42 16 32 V20 Z"
          fill="none"
          stroke={inverse ? '#1a4f9c' : '#fff'}
          strokeWidth="4"
          strokeLinejoin="round"
        />
        <path
          d="M25 32 L30 37 L40 27"
          fill="none"
          stroke={inverse ? '#1a4f9c' : '#fff'}
          strokeWidth="4"
          strokeLinecap="round"
        />
      </svg>
      <span style={{ display: 'flex', flexDirection: 'column', lineHeight: 1.2 }}>
        <span style={{ fontSize: 17, fontWeight: 600, letterSpacing: 1 }}>{t('app.name')}</span>
        {subtitle && <span style={{ fontSize: 12, opacity: 0.8 }}>{subtitle}</span>}
      </span>
    </span>
  );
}
