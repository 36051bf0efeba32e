export * from './queue.model.ts';
export { queueRejections } from './queue.rejections.ts';
export { attachCaseToTicket } from './queue.tickets.ts';
export { queueStats } from './queue.stats.ts';
export { seedQueueCategories } from './queue.categories.ts';
