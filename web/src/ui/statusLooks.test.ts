import { describe, expect, it } from 'vitest';
import { isMessageKey } from '../i18n/index.ts';
import { type StatusLook, statusColour, statusLooks } from './statusLooks.ts';

describe('status looks', () => {
  it.each(Object.entries(statusLooks))('labels every coloured %s status from the dictionaries', (_, look) => {
    const { prefix, keys = {}, colours }: StatusLook = look;
    const missing = Object.keys(colours)
      .map((status) => keys[status] ?? `${prefix}.${status}`)
      .filter((key) => !isMessageKey(key));
    expect(missing).toEqual([]);
  });

  it('gives one colour per status, and the default to one it does not know', () => {
    expect(statusColour('bill', 'overdue')).toBe('red');
    expect(statusColour('bill', 'cancelled')).toBe('default');
    expect(statusColour('case', 'something_new')).toBe('default');
  });
});
