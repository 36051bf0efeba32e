import { formatDecimal } from './money.ts';

/**
 * An amount the server sent (decimal yuan), grouped by the kernel's `formatCents`, in tabular
 * digits that line up in a column, red when negative; a dash when absent.
 */
export function MoneyText({ value, testId }: { value: string | null | undefined; testId?: string }) {
  const negative = typeof value === 'string' && value.startsWith('-');
  return (
    <span
      className="money"
      data-testid={testId}
      style={{ fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap', color: negative ? '#cf1322' : undefined }}
    >
      {formatDecimal(value)}
    </span>
  );
}
