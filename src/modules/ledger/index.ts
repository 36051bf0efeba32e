export {
  creditInterest,
  divideHalfUp,
  INTEREST_METHODS,
  type InterestMethod,
  type InterestResult,
} from './ledger.interest.ts';
export { calcInterest, type CalcOutcome } from './ledger.calc.ts';
