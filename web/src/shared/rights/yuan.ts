/** '1234567.80' → '1,234,567.80' without touching the digits (no floats). */
export function groupYuan(decimal: string): string {
  const negative = decimal.startsWith('-');
  const [whole = '0', fraction = '00'] = (negative ? decimal.slice(1) : decimal).split('.');
  return `${negative ? '-' : ''}${whole.replace(/\B(?=(\d{3})+$)/g, ',')}.${fraction}`;
}

/** '202403' → '2024-03'. */
export function periodText(period: string): string {
  return `${period.slice(0, 4)}-${period.slice(4, 6)}`;
}
