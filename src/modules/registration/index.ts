export * from './registration.model.ts';
export { registrationRejections, rejectRegistration } from './registration.rejections.ts';
export {
  checkPersonIdentity,
  personIndex,
  employerIndex,
  sealedCitizenId,
  maskBankAccount,
} from './registration.identity.ts';
export {
  employerInScope,
  personInScope,
  personOfEmployer,
  personVisibleTo,
  type PersonReach,
} from './registration.scope.ts';
export { recordPersonReads } from './registration.person-reads.ts';
export { personRejections, rejectPerson } from './registration.persons.rejections.ts';
export { flagDuplicatesFor, loadPersonDetail, PERSON_ITEMS } from './registration.persons.service.ts';
export {
  enrolmentsOf,
  employmentsOf,
  person360,
  hallRegistration,
  personOfAccount,
} from './registration.person-view.ts';
export { apiKeyHolderOf } from './registration.api-keys.ts';
export { importRejections } from './registration.imports.rejections.ts';
export { employerRejections, rejectEmployer } from './registration.employers.rejections.ts';
export { certificateRejections, rejectCertificate } from './registration.certificates.rejections.ts';
export { employerDetailOf, employerOfAccount, type EmployerDetail } from './registration.employers.service.ts';
export {
  issuePersonCertificate,
  certificatesOfEmployer,
  certificatesOfPerson,
  type CertificateView,
} from './registration.certificates.service.ts';
export {
  applyEmploymentBatch,
  type EmploymentRow,
  type RowError,
  type EmploymentBatchResult,
} from './registration.batch.ts';
export { hirePerson, separateEmployment, registerDeath } from './registration.employment.service.ts';
export { enrolFlexible, changeEnrolment } from './registration.enrolments.service.ts';
export { createPerson } from './registration.persons.service.ts';
export { registerEmployer } from './registration.employers.service.ts';
export { registeredHolder } from './registration.holders.ts';
export { hallActivationRejections } from './registration.hall-activation.rejections.ts';
export { importReport, runImport } from './registration.imports.ts';
export { importUploadRefusals } from './registration.imports.rejections.ts';
export { IMPORT_BYTES_MAX } from './registration.model.ts';
export { firstWorksheet, readSheet } from './registration.spreadsheet.ts';
export { headerKey } from './registration.spreadsheet.columns.ts';
export {
  coveredEmployersOfRegion,
  flexibleWorkersOfRegion,
  employerPoolsIn,
  payersUnder,
  namesVisibleUnder,
  type PayerIds,
  employerPoolingRegion,
  personPoolingRegion,
  flexibleRegionInForce,
  employmentSpans,
  lockRegistration,
  personRow,
  employerHeads,
  personHeads,
  type DaySpan,
  type RecordHead,
} from './registration.reads.ts';
