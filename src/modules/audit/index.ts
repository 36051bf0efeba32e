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
export { chainKey, installChainKey } from './audit.chain-key.ts';
export {
  auditLinkKind,
  chainKindOf,
  keyAuditChain,
  linkKindOf,
  type KeyingOutcome,
  type LinkKind,
} from './audit.keying.ts';
