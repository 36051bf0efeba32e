export * from './queue.model.ts';
export { queueRejections } from './queue.rejections.ts';
export { queueRoutes } from './queue.routes.ts';
export { attachCaseToTicket } from './queue.tickets.ts';
export { queueStats } from './queue.stats.ts';
export { seedQueueCategories } from './queue.categories.ts';
