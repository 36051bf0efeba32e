/** English texts of administrators' credential resets and the login throttle (issue 14). */
import type { credentialsZh } from './credentials.zh.ts';

export const credentialsEn: Record<keyof typeof credentialsZh, string> = {
  'credentialReset.menu': 'Credential resets',
  'credentialReset.home': 'Resets of administrators’ passwords and second factors, approved by a second administrator',
  'credentialReset.description':
    'No administrator resets another administrator’s password or authenticator alone: one requests, an administrator of another role approves; neither the requester nor the account holder can approve. On approval a temporary password is shown once, to the approver, who hands it over in person.',
  'credentialReset.request': 'Request a credential reset',
  'credentialReset.requestTitle': 'Request a credential reset: {name}',
  'credentialReset.requestHint':
    'An administrator’s password and second factor are reset only with a second administrator’s approval. Once approved, the account must set a new password and a new authenticator at its next login.',
  'credentialReset.reason': 'Reason',
  'credentialReset.requested': 'Reset requested; it waits for a second administrator’s approval',
  'credentialReset.pending': 'Pending',
  'credentialReset.all': 'All',
  'credentialReset.account': 'Account',
  'credentialReset.requestedBy': 'Requested by',
  'credentialReset.requestedAt': 'Requested at',
  'credentialReset.expiresAt': 'Valid until',
  'credentialReset.decidedBy': 'Decided by',
  'credentialReset.note': 'Note',
  'credentialReset.approve': 'Approve',
  'credentialReset.reject': 'Reject',
  'credentialReset.withdraw': 'Withdraw',
  'credentialReset.approveConfirm':
    'Approve the reset of {name}’s password and second factor? All of their sessions end at once.',
  'credentialReset.rejectConfirm': 'Reject (or withdraw) this reset request?',
  'credentialReset.rejected': 'Reset request rejected',
  'credentialReset.approvedTitle': 'Reset: {name}',
  'credentialReset.approvedText':
    'Hand this temporary password to the person. It is shown this once; at the next login they must set a new password and a new authenticator.',
  'credentialReset.status.pending': 'Pending',
  'credentialReset.status.approved': 'Approved',
  'credentialReset.status.rejected': 'Rejected',
  'credentialReset.status.expired': 'Expired',
  'credentialReset.empty': 'No reset requests',
  'staff.needsApproval': 'Needs approval',
  'staff.throttled': 'Logins slowed',
  'staff.unlockThrottle': 'Lift login limit',
  'staff.unlockThrottleConfirm': 'Forget the failed logins of {name}? They can log in again at once.',
  'staff.throttleLifted': 'Login limit lifted',
  'error.retryAfter': 'Try again in {seconds} seconds',
};
