export * from './audit.model.ts';
export {
  appendAudit,
  lockAuditHead,
  recordAudit,
  verifyAudit,
  searchAudit,
  type AuditFilter,
  type VerifyResult,
} from './audit.service.ts';
export { canonicalJson } from './audit.rules.ts';
