import { formatInstant } from './formatTime.ts';

/** A calendar day (`YYYY-MM-DD`) or an instant (ISO string, shown in local time); dash when empty. */
export function DateText({ value, instant = false }: { value: string | null | undefined; instant?: boolean }) {
  if (!value) return <span style={{ color: 'rgba(0,0,0,0.35)' }}>—</span>;
  const text = instant ? formatInstant(value) : value;
  return (
    <time dateTime={value} style={{ fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' }}>
      {text}
    </time>
  );
}
