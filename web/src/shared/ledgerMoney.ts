/** Money as the ledger API sends it: decimal strings in yuan, shown without ever going through a float. */

/** '1234567.80' → '1,234,567.80'; '-0.01' stays; anything else is shown as it came. */
export function formatYuan(decimal: string | null | undefined): string {
  if (decimal === null || decimal === undefined) return '—';
  const match = /^(-?)(\d+)\.(\d{2})$/.exec(decimal);
  if (!match) return decimal;
  const [, sign, whole = '', fen = ''] = match;
  return `${sign}${whole.replace(/\B(?=(\d{3})+$)/g, ',')}.${fen}`;
}

/** Yuan as a chart value: ECharts draws numbers and a bar is read by eye; tables keep the exact strings. */
export function yuanForChart(decimal: string): number {
  return Number(decimal);
}
