import { describe, expect, it } from 'vitest';
import { everyValue } from './everyValue.ts';

type Colour = 'red' | 'green' | 'blue';

describe('everyValue', () => {
  it('answers the list it was given, in its order', () => {
    expect(everyValue<Colour>()(['blue', 'red', 'green'])).toEqual(['blue', 'red', 'green']);
  });

  it('refuses a list that leaves a value out or names one the union does not hold (checked by tsc)', () => {
    // @ts-expect-error 'blue' is missing
    everyValue<Colour>()(['red', 'green']);
    // @ts-expect-error 'pink' is not a colour
    everyValue<Colour>()(['red', 'green', 'blue', 'pink']);
  });
});
