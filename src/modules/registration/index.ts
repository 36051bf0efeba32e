export * from './registration.model.ts';
export { registrationRejections, rejectRegistration } from './registration.rejections.ts';
export {
  checkPersonIdentity,
  personIndex,
  employerIndex,
  sealedCitizenId,
  maskBankAccount,
} from './registration.identity.ts';
export { employerInScope, personInScope, personVisibleTo } from './registration.scope.ts';
