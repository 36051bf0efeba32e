/**
 * Text a client sends. Some characters have no place in any field: PostgreSQL cannot store NUL
 * (the request used to end in a 500), the other control characters corrupt logs, CSV exports and
 * printed documents, and bidirectional overrides make a name read differently from what it is
 * (a "Trojan Source" spoof). `text-guard.ts` refuses them in every field of every route; the zod
 * pieces here add the stricter rules of single-line fields and of names.
 */
import { z } from 'zod';
import { defineRejections } from '../kernel/rejection.ts';

export const textRejections = defineRejections({
  text_control_character: {
    kind: 'invalid',
    zh: '内容含有不允许的控制字符（如空字符、换行或文字方向控制符）',
    en: 'The text holds a control character that is not allowed here (such as NUL, a line break or a direction override)',
  },
  text_not_unicode: {
    kind: 'invalid',
    zh: '内容不是有效的 Unicode 文本',
    en: 'The text is not valid Unicode',
  },
  text_blank: {
    kind: 'invalid',
    zh: '内容不能只由空白或不可见字符组成',
    en: 'The text has no visible character',
  },
});

export type TextRejection = keyof typeof textRejections.codes;

/**
 * Never allowed: C0 controls other than tab, line feed and carriage return; DEL and the C1
 * controls; the bidirectional embeddings and overrides (U+202A–U+202E) and isolates (U+2066–U+2069).
 */
// eslint-disable-next-line no-control-regex
const FORBIDDEN_ANYWHERE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;
/** Also refused in a single-line field (names, identifiers, addresses, search terms): tab and line breaks. */
// eslint-disable-next-line no-control-regex
const FORBIDDEN_IN_LINE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;
/** A UTF-16 surrogate without its pair: not a character, and no database stores it as sent. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
/**
 * Characters that show nothing on their own: white space, format characters (zero-width space and
 * joiners, the BOM, soft hyphen), combining marks, and the blank letters (Hangul fillers, the
 * blank Braille pattern). A name made only of these looks empty on every screen.
 */
const INVISIBLE_ONLY = /^[\p{White_Space}\p{Cc}\p{Cf}\p{Mn}\p{Me}\u115f\u1160\u3164\uffa0\u2800]*$/u;

/** A field's text is free text (tab and line breaks allowed) or a single line. */
export type TextForm = 'free' | 'line';

/** A character refused in text: which rule it breaks, and the character as `U+XXXX`. */
export interface TextFault {
  readonly code: 'text_control_character' | 'text_not_unicode';
  readonly character: string;
}

/** The first character a text of this form may not hold, as `{ code, character: 'U+0000' }`, or null. */
export function textFault(text: string, form: TextForm): TextFault | null {
  const lone = LONE_SURROGATE.exec(text);
  if (lone) return { code: 'text_not_unicode', character: codePointName(lone[0]) };
  const forbidden = (form === 'line' ? FORBIDDEN_IN_LINE : FORBIDDEN_ANYWHERE).exec(text);
  if (forbidden) return { code: 'text_control_character', character: codePointName(forbidden[0]) };
  return null;
}

/** `U+XXXX`: how a refusal names a character (never the character itself, which may not print). */
export function codePointName(character: string): string {
  return `U+${character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** Whether a text shows at least one character. */
export function isVisible(text: string): boolean {
  return !INVISIBLE_ONLY.test(text);
}

/**
 * The zod issue parameter that names a rejection: `handleError` answers a request whose validation
 * failed on such an issue with that code, not the generic `invalid_request`.
 */
export interface NamedIssueParams {
  readonly rejection: TextRejection;
  readonly character?: string;
}

function refuseFaults(form: TextForm) {
  return (value: string, ctx: z.RefinementCtx) => {
    const fault = textFault(value, form);
    if (!fault) return;
    const params: NamedIssueParams = { rejection: fault.code, character: fault.character };
    ctx.addIssue({ code: 'custom', message: `${fault.code} (${fault.character})`, params });
  };
}

function refuseInvisible(value: string, ctx: z.RefinementCtx): void {
  if (isVisible(value)) return;
  const params: NamedIssueParams = { rejection: 'text_blank' };
  ctx.addIssue({ code: 'custom', message: 'text_blank', params });
}

/** Free text (a reason, a note, a description): trimmed, `min` (1) to `max` characters; tab and line breaks allowed. */
export function freeText(max: number, min = 1) {
  return z.string().trim().min(min).max(max).superRefine(refuseFaults('free'));
}

/** One line of text (an address, a code, a title): trimmed, `min` (1) to `max` characters, no tab or line break. */
export function lineText(max: number, min = 1) {
  return z.string().trim().min(min).max(max).superRefine(refuseFaults('line'));
}

/**
 * A name: of a person, an employer, a staff member, an account. One line with at least one visible
 * character: a name of zero-width spaces or Hangul fillers would look empty on every certificate.
 */
export function nameText(max: number) {
  return lineText(max).superRefine(refuseInvisible);
}

/** A search term: one line, trimmed, at most `max` characters, possibly empty. */
export function searchText(max: number) {
  return lineText(max, 0);
}
