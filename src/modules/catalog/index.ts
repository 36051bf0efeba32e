export * from './catalog.model.ts';
export { catalogRejections } from './catalog.rejections.ts';
export { itemForIntake, itemVersion, itemNames, assertChannelOffered, serviceGuide } from './catalog.service.ts';
