/**
 * The arithmetic of a statement (对账单), pure: per fund what was due (employer part + employee
 * part), paid and open, the late fees charged and paid, and the totals. Inputs are the period's
 * bill lines and late fees already summed by the database per scheme and status; all in fen.
 */
import { addCents, subCents, sumCents, zeroCents, type Cents } from '../../kernel/cents.ts';
import { COLLECTION_SCHEMES, type CollectionScheme } from './collection.model.ts';

/** The period's bill lines of one scheme and one status, summed. */
export interface LineSum {
  readonly scheme: CollectionScheme;
  readonly status: 'open' | 'paid';
  readonly employer: Cents;
  readonly employee: Cents;
}

/** The period's late fees of one scheme and one status, summed. */
export interface FeeSum {
  readonly scheme: CollectionScheme;
  readonly status: 'open' | 'paid' | 'waived';
  readonly fee: Cents;
  readonly paid: Cents;
}

export interface FundFigures {
  readonly scheme: CollectionScheme | 'total';
  readonly employer: Cents;
  readonly employee: Cents;
  /** employer + employee. */
  readonly due: Cents;
  readonly paid: Cents;
  /** due − paid. */
  readonly open: Cents;
  readonly lateFee: Cents;
  readonly lateFeePaid: Cents;
  readonly lateFeeOpen: Cents;
}

const empty = (scheme: FundFigures['scheme']): FundFigures => ({
  scheme,
  employer: zeroCents,
  employee: zeroCents,
  due: zeroCents,
  paid: zeroCents,
  open: zeroCents,
  lateFee: zeroCents,
  lateFeePaid: zeroCents,
  lateFeeOpen: zeroCents,
});

function withLine(f: FundFigures, l: LineSum): FundFigures {
  const amount = addCents(l.employer, l.employee);
  // A line is paid whole or not at all (allocation rules), so its status says where its amount goes.
  return {
    ...f,
    employer: addCents(f.employer, l.employer),
    employee: addCents(f.employee, l.employee),
    due: addCents(f.due, amount),
    paid: l.status === 'paid' ? addCents(f.paid, amount) : f.paid,
    open: l.status === 'open' ? addCents(f.open, amount) : f.open,
  };
}

function withFee(f: FundFigures, s: FeeSum): FundFigures {
  // A waived fee is no longer owed: it counts neither as charged nor as open.
  const charged = s.status === 'waived' ? s.paid : s.fee;
  return {
    ...f,
    lateFee: addCents(f.lateFee, charged),
    lateFeePaid: addCents(f.lateFeePaid, s.paid),
    lateFeeOpen: s.status === 'open' ? addCents(f.lateFeeOpen, subCents(s.fee, s.paid)) : f.lateFeeOpen,
  };
}

/** One row per scheme that has a line or a fee, in the order bills list schemes. */
export function fundFigures(lines: readonly LineSum[], fees: readonly FeeSum[]): FundFigures[] {
  return COLLECTION_SCHEMES.flatMap((scheme) => {
    const own = lines.filter((l) => l.scheme === scheme);
    const ownFees = fees.filter((f) => f.scheme === scheme);
    if (own.length === 0 && ownFees.length === 0) return [];
    return [ownFees.reduce(withFee, own.reduce(withLine, empty(scheme)))];
  });
}

/** The 合计 row: each column summed over the funds. */
export function fundTotals(funds: readonly FundFigures[]): FundFigures {
  const col = (k: Exclude<keyof FundFigures, 'scheme'>) => sumCents(funds.map((f) => f[k]));
  return {
    scheme: 'total',
    employer: col('employer'),
    employee: col('employee'),
    due: col('due'),
    paid: col('paid'),
    open: col('open'),
    lateFee: col('lateFee'),
    lateFeePaid: col('lateFeePaid'),
    lateFeeOpen: col('lateFeeOpen'),
  };
}
