/** Arrears (欠费): the arrears roll, deferrals, payment orders, enforcement and back payments. One export line per part. */
export { arrearsRejections } from './arrears.rejections.ts';
export {
  rollArrears,
  arrearsOf,
  payerArrears,
  ROLL_CHUNK,
  type PayerArrears,
  type RollArrearsResult,
} from './arrears.roll.ts';
export { decideBackPayment, proposeBackPayment } from './arrears.back-payments.ts';
