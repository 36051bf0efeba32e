/** Small formatting helpers for figures the service-desk pages show. */

const mediaNames: Record<string, string> = {
  'application/pdf': 'PDF',
  'image/jpeg': 'JPEG',
  'image/png': 'PNG',
  'image/tiff': 'TIFF',
  'image/webp': 'WebP',
  'image/gif': 'GIF',
  'application/zip': 'ZIP',
};

/** `application/pdf` → `PDF`. */
export function mediaName(type: string): string {
  return mediaNames[type] ?? type;
}

/** File extensions for an `<input accept>` list, from media types. */
export function acceptAttribute(types: readonly string[]): string {
  const ext: Record<string, string> = {
    'application/pdf': '.pdf',
    'image/jpeg': '.jpg,.jpeg',
    'image/png': '.png',
    'image/tiff': '.tif,.tiff',
    'image/webp': '.webp',
    'image/gif': '.gif',
  };
  return types.flatMap((t) => [t, ...(ext[t] ? [ext[t]] : [])]).join(',');
}

/** 10485760 → `10 MB`. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(bytes < 10 * 1024 ? 1 : 0)} KB`;
  const mb = bytes / (1024 * 1024);
  return `${Number.isInteger(mb) ? mb : mb.toFixed(1)} MB`;
}

/** A share 0–1 as a percentage with one decimal, or a dash. */
export function formatShare(share: number | null | undefined): string {
  return share === null || share === undefined ? '—' : `${(share * 100).toFixed(1)}%`;
}

/** Seconds as minutes with one decimal (what queue charts plot). */
export function minutes(seconds: number | null | undefined): number | null {
  return seconds === null || seconds === undefined ? null : Math.round(seconds / 6) / 10;
}
