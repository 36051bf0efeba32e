import type { FormRule } from 'antd';
import type { MessageKey, Translate } from '../i18n/index.ts';
import { type AmountProblem, type AmountSign, readAmount } from './money.ts';

const problemMessages: Readonly<Record<AmountProblem, MessageKey>> = {
  unreadable: 'money.unreadable',
  negative: 'money.negative',
  notPositive: 'money.notPositive',
};

/** The message (in the interface language) for a refused amount. */
export function amountProblemText(t: Translate, problem: AmountProblem): string {
  return t(problemMessages[problem]);
}

/**
 * A form rule that refuses what the kernel refuses (`readAmount`): an unreadable amount gets a
 * message instead of being sent as 0. An empty field is left to a `required` rule.
 */
export function amountRule(t: Translate, sign: AmountSign = 'nonNegative'): FormRule {
  return {
    validator: (_, value: unknown) => {
      if (value === undefined || value === null || value === '') return Promise.resolve();
      const reading = readAmount(String(value), sign);
      return reading.ok ? Promise.resolve() : Promise.reject(new Error(amountProblemText(t, reading.problem)));
    },
  };
}
