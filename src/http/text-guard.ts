/**
 * The guard in front of every route: no string a client sends, in the body, the query string or the
 * path, as a value or as a key, at any depth, may hold a character no field allows (`text.ts`).
 * It runs before validation, so a NUL in a login name, a case number or a search term is refused
 * by name (`text_control_character`, with the field's path) on routes whose schemas never thought
 * of it, instead of reaching PostgreSQL and ending in a 500.
 */
import type { FastifyRequest } from 'fastify';
import { codePointName, textFault, textRejections, type TextFault } from './text.ts';
import type { ZodApp } from './types.ts';

/** A refused character and the path of the string that holds it. */
interface Found extends TextFault {
  readonly path: string;
}

/** A key as it appears in a path: refused characters written as `U+XXXX`, never raw. */
function printable(key: string): string {
  let out = '';
  for (const char of key) out += textFault(char, 'free') ? codePointName(char) : char;
  return out;
}

/**
 * The first string (key or value) under `root` that holds a refused character, with its path from
 * `prefix`. Iterative, so a deeply nested body cannot overflow the stack.
 */
export function findRefusedText(root: unknown, prefix: string): Found | null {
  const stack: Array<{ value: unknown; path: string }> = [{ value: root, path: prefix }];
  while (stack.length > 0) {
    const { value, path } = stack.pop()!;
    if (typeof value === 'string') {
      const fault = textFault(value, 'free');
      if (fault) return { ...fault, path };
    } else if (value !== null && typeof value === 'object' && !Buffer.isBuffer(value)) {
      const entries = Object.entries(value as Record<string, unknown>);
      for (let i = entries.length - 1; i >= 0; i--) {
        const [key, child] = entries[i]!;
        const childPath = `${path}/${printable(key)}`;
        const fault = textFault(key, 'free');
        if (fault) return { ...fault, path: childPath };
        stack.push({ value: child, path: childPath });
      }
    }
  }
  return null;
}

const PARTS = [
  ['body', (r: FastifyRequest) => r.body],
  ['querystring', (r: FastifyRequest) => r.query],
  ['params', (r: FastifyRequest) => r.params],
] as const;

/** Installs the guard on every route of the app (a `preValidation` hook). */
export function installTextGuard(app: ZodApp): void {
  app.addHook('preValidation', async (request) => {
    for (const [part, of] of PARTS) {
      const found = findRefusedText(of(request), part);
      if (found) throw textRejections.reject(found.code, { path: found.path, character: found.character });
    }
  });
}
