/**
 * Uploads a file with XHR, which (unlike fetch) reports the upload's progress; the server then
 * checks the file (every row of a spreadsheet) before it answers. A refusal becomes an ApiError
 * whose details carry the server's report.
 */
import { ApiError, withQuery, type QueryValue } from '../api/client.ts';
import { getLanguage, translate } from '../i18n/index.ts';

/** POSTs `file` (multipart part `file`, after `fields`) and reports the upload's progress in percent. */
export function uploadWithProgress<T>(
  path: string,
  file: File,
  options: {
    csrfToken: string;
    onProgress: (percent: number) => void;
    query?: Record<string, QueryValue>;
    fields?: Record<string, string>;
  },
): Promise<T> {
  const form = new FormData();
  for (const [name, value] of Object.entries(options.fields ?? {})) form.append(name, value);
  form.append('file', file, file.name);
  const language = getLanguage();
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', withQuery(path, options.query));
    xhr.setRequestHeader('Accept', 'application/json');
    xhr.setRequestHeader('Accept-Language', language);
    if (options.csrfToken) xhr.setRequestHeader('x-csrf-token', options.csrfToken);
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) options.onProgress(Math.round((e.loaded / e.total) * 100));
    };
    xhr.onerror = () => reject(new ApiError(0, 'network_error', translate(language, 'error.network'), null));
    xhr.onload = () => {
      const payload = parseJson(xhr.responseText);
      if (xhr.status >= 200 && xhr.status < 300) return resolve(payload as T);
      if (payload && typeof payload === 'object' && 'code' in payload && 'message' in payload) {
        const { code, message, details } = payload as { code: unknown; message: unknown; details?: unknown };
        return reject(new ApiError(xhr.status, String(code), String(message), details ?? null));
      }
      reject(
        new ApiError(
          xhr.status,
          `http_${xhr.status}`,
          translate(language, 'error.http', { status: xhr.status }),
          payload,
        ),
      );
    };
    xhr.send(form);
  });
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}
