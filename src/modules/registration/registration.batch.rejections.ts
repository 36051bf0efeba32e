import { defineRejections } from '../../kernel/rejection.ts';

/** Refusals of a bulk batch of hires and separations (per row, or of the whole batch). */
export const batchRejections = defineRejections({
  batch_duplicate_row: {
    kind: 'invalid',
    zh: '同一人员在本批次中重复出现',
    en: 'The same person appears more than once in this batch',
  },
  batch_field_invalid: {
    kind: 'invalid',
    zh: '该栏内容不符合要求',
    en: 'The value of this field is not valid',
  },
  batch_too_many_rows: {
    kind: 'too_large',
    zh: '一次最多处理100000行',
    en: 'A batch may hold at most 100,000 rows',
  },
});

export const rejectBatch = batchRejections.reject;
