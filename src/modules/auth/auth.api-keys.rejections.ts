import { defineRejections } from '../../kernel/rejection.ts';

/** Refusals of employer API keys: managing them, and calls that present one. */
export const apiKeyRejections = defineRejections({
  api_key_not_found: { kind: 'not_found', zh: 'API 密钥不存在', en: 'The API key does not exist' },
  api_key_limit_reached: {
    kind: 'conflict',
    zh: '有效的 API 密钥数量已达上限，请先吊销不用的密钥',
    en: 'The employer already has the maximum number of active API keys; revoke one first',
  },
  api_key_already_revoked: { kind: 'conflict', zh: '该 API 密钥已吊销', en: 'This API key is already revoked' },
  api_key_required: {
    kind: 'forbidden',
    zh: '此接口只接受 API 密钥认证（Authorization: Bearer sbk_…）',
    en: 'This endpoint accepts API key authentication only (Authorization: Bearer sbk_…)',
  },
  api_key_invalid: { kind: 'unauthenticated', zh: 'API 密钥无效', en: 'The API key is not valid' },
  api_key_revoked: { kind: 'unauthenticated', zh: 'API 密钥已吊销', en: 'The API key has been revoked' },
  api_key_scope_missing: {
    kind: 'forbidden',
    zh: 'API 密钥没有此操作所需的权限范围',
    en: 'The API key lacks the scope this call needs',
  },
  api_key_employer_cancelled: {
    kind: 'forbidden',
    zh: '参保单位已注销，API 密钥不可使用',
    en: 'The employer is cancelled; its API keys cannot be used',
  },
});

export const rejectApiKey = apiKeyRejections.reject;
