/**
 * Named business refusals. Every module declares its codes with a zh-CN and an English message;
 * only `http/` decides which HTTP status a kind maps to.
 */

/** What kind of refusal a code is; `http/` maps each kind to one status. */
export type RejectionKind =
  | 'invalid' // the request is malformed or breaks a rule about its own content
  | 'unauthenticated'
  | 'forbidden'
  | 'not_found'
  | 'conflict' // the request clashes with the current state
  | 'gone' // the endpoint was withdrawn on purpose; the message names what replaces it
  | 'too_large'
  | 'unsupported_media'
  | 'rate_limited'
  | 'locked';

export interface RejectionText {
  readonly kind: RejectionKind;
  readonly zh: string;
  readonly en: string;
}

export type Language = 'zh-CN' | 'en';

const catalogue = new Map<string, RejectionText>();

/**
 * Declares a module's rejection codes. Codes are global and unique: declaring one twice is a
 * programmer error. Returns a typed factory so call sites can only name declared codes.
 */
export function defineRejections<const T extends Record<string, RejectionText>>(
  texts: T,
): { readonly codes: T; reject(code: keyof T & string, details?: unknown): Rejection } {
  for (const [code, text] of Object.entries(texts)) {
    if (!/^[a-z][a-z0-9_]*$/.test(code)) throw new Error(`rejection code ${code} is not snake_case`);
    if (catalogue.has(code)) throw new Error(`rejection code ${code} declared twice`);
    catalogue.set(code, text);
  }
  return {
    codes: texts,
    reject: (code, details) => new Rejection(code, details),
  };
}

/** A business refusal with a code from the closed set. Thrown, then mapped by `http/`. */
export class Rejection extends Error {
  constructor(
    readonly code: string,
    readonly details?: unknown,
  ) {
    const text = catalogue.get(code);
    if (!text) throw new Error(`undeclared rejection code ${code}`);
    super(`${code}: ${text.en}`);
    this.name = 'Rejection';
  }

  get kind(): RejectionKind {
    return rejectionText(this.code).kind;
  }
}

/** The declared text of a code; asserts it exists. */
export function rejectionText(code: string): RejectionText {
  const text = catalogue.get(code);
  if (!text) throw new Error(`undeclared rejection code ${code}`);
  return text;
}

export function rejectionMessage(code: string, language: Language): string {
  const text = rejectionText(code);
  return language === 'en' ? text.en : text.zh;
}

/** Every declared code, for documentation and for the test that all codes have both texts. */
export function allRejections(): ReadonlyMap<string, RejectionText> {
  return catalogue;
}

/** Codes shared by every module (request shape, auth, generic lookups). */
export const common = defineRejections({
  invalid_request: { kind: 'invalid', zh: '请求内容不符合要求', en: 'The request is not valid' },
  not_found: { kind: 'not_found', zh: '请求的资源不存在', en: 'The requested resource does not exist' },
  unauthenticated: { kind: 'unauthenticated', zh: '请先登录', en: 'Please log in first' },
  forbidden: { kind: 'forbidden', zh: '您没有执行此操作的权限', en: 'You are not allowed to do this' },
  out_of_scope: {
    kind: 'forbidden',
    zh: '该对象不在您所属经办机构的管辖范围内',
    en: 'This record is outside your agency subtree',
  },
  csrf_token_invalid: {
    kind: 'forbidden',
    zh: '安全校验失败，请刷新页面后重试',
    en: 'Security check failed; reload the page and try again',
  },
  payload_too_large: { kind: 'too_large', zh: '提交的内容过大', en: 'The request body is too large' },
  unsupported_media_type: {
    kind: 'unsupported_media',
    zh: '不支持的内容类型',
    en: 'This content type is not supported',
  },
  rate_limited: { kind: 'rate_limited', zh: '请求过于频繁，请稍后再试', en: 'Too many requests; try again later' },
  conflict: { kind: 'conflict', zh: '数据已被他人修改，请刷新后重试', en: 'The record was changed; reload and retry' },
  concurrent_write: {
    kind: 'conflict',
    zh: '另一项操作正在修改相同的数据，本次操作未生效，请稍后重试',
    en: 'Another operation was changing the same data; nothing was changed, try again shortly',
  },
});
