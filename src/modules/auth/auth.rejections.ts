import { defineRejections } from '../../kernel/rejection.ts';

/** Named refusals of the auth module. */
export const authRejections = defineRejections({
  login_failed: { kind: 'unauthenticated', zh: '用户名或密码错误', en: 'Wrong user name or password' },
  login_throttled: {
    kind: 'rate_limited',
    zh: '登录失败次数过多，请稍候再试',
    en: 'Too many failed attempts; wait a moment before trying again',
  },
  account_disabled: { kind: 'forbidden', zh: '账号已停用', en: 'This account is disabled' },
  challenge_invalid: {
    kind: 'unauthenticated',
    zh: '登录步骤已失效，请重新登录',
    en: 'This login step has expired; start again',
  },
  code_invalid: { kind: 'unauthenticated', zh: '验证码错误', en: 'The code is not correct' },
  session_expired: {
    kind: 'unauthenticated',
    zh: '会话已超时，请重新登录',
    en: 'Your session has expired; log in again',
  },
  password_too_weak: {
    kind: 'invalid',
    zh: '密码至少12位，且包含大写字母、小写字母、数字、符号中的至少三类，不能与用户名相同',
    en: 'Passwords need 12+ characters from three of: upper case, lower case, digits, symbols, and must differ from the user name',
  },
  password_reused: {
    kind: 'invalid',
    zh: '不能使用最近5次用过的密码',
    en: 'You cannot reuse one of your last 5 passwords',
  },
  password_wrong: { kind: 'invalid', zh: '当前密码不正确', en: 'The current password is not correct' },
  public_account_exists: {
    kind: 'conflict',
    zh: '该证件号码已注册，请直接登录',
    en: 'An account with this identifier exists; please log in',
  },
  invalid_phone: { kind: 'invalid', zh: '手机号码不正确', en: 'The mobile phone number is not valid' },
  activation_code_invalid: {
    kind: 'unauthenticated',
    zh: '激活码不正确或已失效，请核对，或持证件到窗口重新办理',
    en: 'The activation code is not correct or no longer valid; check it, or ask at a service window for a new one',
  },
  phone_unchanged: {
    kind: 'invalid',
    zh: '新手机号码与当前登录手机相同',
    en: 'The new phone number is the one already in use',
  },
  demo_only: { kind: 'not_found', zh: '仅演示模式提供此功能', en: 'Only available in demo mode' },
});

export const rejectAuth = authRejections.reject;
