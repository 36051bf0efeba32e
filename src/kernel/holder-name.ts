/**
 * Comparing a name someone typed with the name in the register (a person's name or an employer's
 * registered name). The comparison forgives only how a name is keyed in, never what it says:
 * full-width and half-width forms (NFKC: （ and (, Ａ and A), the separator dot of minority and
 * foreign names (· ・ • ‧ ･), case of Latin letters, and blanks (none between Chinese characters,
 * one between words). A different character is a different name.
 */

/** The separator dots people type in names like 阿卜杜·热合曼; all stand for U+00B7. */
const NAME_DOTS = /[\u00b7\u2022\u2027\u30fb\uff65\u2219\u22c5]/g;
/** A blank next to a CJK character (or a dot) carries no meaning in a name. */
const CJK_BLANK = /\s+(?=[\u00b7\u3000-\u9fff\uf900-\ufaff])|(?<=[\u00b7\u3000-\u9fff\uf900-\ufaff])\s+/g;

/** The form two names are compared in. */
export function holderNameKey(name: string): string {
  return name
    .normalize('NFKC')
    .replace(NAME_DOTS, '\u00b7')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(CJK_BLANK, '')
    .toUpperCase();
}

/** True when a typed name is the register's name, keyed in differently at most. */
export function sameHolderName(typed: string, registered: string): boolean {
  const key = holderNameKey(typed);
  return key.length > 0 && key === holderNameKey(registered);
}
