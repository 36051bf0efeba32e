import { defineRejections } from '../../../kernel/rejection.ts';

/** Named refusals of control reconciliation and the fund accountant's figures. */
export const reconcileRejections = defineRejections({
  reconcile_run_not_found: {
    kind: 'not_found',
    zh: '对账记录不存在',
    en: 'No such reconciliation run',
  },
});

export const rejectReconcile = reconcileRejections.reject;
