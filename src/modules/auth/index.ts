export * from './auth.model.ts';
export { authRejections, rejectAuth } from './auth.rejections.ts';
export { resolveSession, endSession, endSessionsOf, openSession, type RequestMeta } from './auth.sessions.ts';
export {
  staffLogin,
  staffChangePasswordStep,
  staffTotpStep,
  type LoginStep,
  type LoginResult,
} from './auth.staff-login.ts';
export { publicLogin, publicLoginVerify, normaliseIdentifier } from './auth.public-login.ts';
export { registerStart, registerComplete, activationStart } from './auth.account-opening.ts';
export { issueActivation, activationForPrint, type Activation, type ActivationIssue } from './auth.activations.ts';
export { changeOwnPassword, setStaffPassword, acceptNewPassword } from './auth.password-change.ts';
export { openStaffAccount, resetStaffCredentials, type NewStaffAccount } from './auth.staff-credentials.ts';
export { hashPassword, temporaryPassword, verifyPassword } from './auth.passwords.ts';
export { forgetLogin, loginKeyOf, throttledLogins } from './auth.throttle.ts';
export { passwordMeetsPolicy, maskCitizenId, maskPhone, MOBILE_PHONE } from './auth.rules.ts';
export { formatActivationCode, normaliseActivationCode } from './auth.opening-rules.ts';
export { loadStaffActor } from './auth.repository.ts';
export { currentTotp } from './auth.totp.ts';
export { apiKeyRejections, rejectApiKey } from './auth.api-keys.rejections.ts';
export {
  authenticateApiKey,
  apiKeyActor,
  knownScopes,
  API_KEY_PATTERN,
  type ApiKeyPrincipal,
  type ApiKeyHolder,
  type ApiKeyHolderLookup,
} from './auth.api-keys.ts';
