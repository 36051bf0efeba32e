import { defineRejections } from '../../kernel/rejection.ts';

/** Named refusals of the statement (对账单) of a payer and a period. */
export const statementRejections = defineRejections({
  collection_statement_not_found: {
    kind: 'not_found',
    zh: '该缴费主体在该所属期没有申报或缴费单，无对账单',
    en: 'There is no declaration or bill of the payer for this period, so no statement',
  },
});

export const rejectStatement = statementRejections.reject;
