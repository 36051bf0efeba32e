export { monitorRejections } from './monitor.rejections.ts';
