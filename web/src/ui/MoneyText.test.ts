import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { MoneyText } from './MoneyText.tsx';

const html = (value: string | null | undefined) => renderToStaticMarkup(createElement(MoneyText, { value }));

describe('MoneyText', () => {
  it('groups an amount by the kernel and keeps every fen', () => {
    expect(html('1234567.8')).toContain('>1,234,567.80</span>');
    expect(html('0.1')).toContain('>0.10</span>');
  });

  it('shows a negative amount in red', () => {
    expect(html('-12.00')).toMatch(/color:#cf1322[^>]*>-12.00</);
    expect(html('12.00')).not.toContain('#cf1322');
  });

  it('shows a dash when absent and an unreadable text as it came, never 0.00', () => {
    expect(html(null)).toContain('>—</span>');
    expect(html('oops')).toContain('>oops</span>');
  });
});
