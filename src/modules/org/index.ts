export * from './org.model.ts';
export { orgRejections } from './org.rejections.ts';
export { createAgency, agencyInScope } from './org.agencies.ts';
export { inSubtree } from './org.rules.ts';
export { regionsOfSubtree } from './org.repository.ts';
export { createStaff, listStaff } from './org.staff.ts';
