/** The month close (月结), a job over contributions, collection and arrears: what the CLI, the schedules and the demo call. */
export {
  closeMonth,
  monthCloseById,
  monthCloses,
  settleMonthCloses,
  startMonthClose,
  type MonthCloseRequest,
  type MonthCloseView,
} from './month-close.ts';
export { monthCloseRejections } from './month-close.rejections.ts';
export { buildMonthCloseReport, collectionRate, type MonthCloseReport } from './month-close.report.ts';
