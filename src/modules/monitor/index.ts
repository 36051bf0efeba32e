export { monitorRejections } from './monitor.rejections.ts';
export { monitorRoutes } from './monitor.routes.ts';
