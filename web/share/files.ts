/** Manifests to and from .yaml files, with no server: a Blob download, and a File read. */
export const MAX_OPEN_BYTES = 5 * 1024 * 1024;

export function downloadText(text: string, fileName: string, type = 'application/yaml'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export type ReadResult = { ok: true; text: string } | { ok: false; reason: 'too-large' | 'not-text' };

export async function readTextFile(file: Blob): Promise<ReadResult> {
  if (file.size > MAX_OPEN_BYTES) return { ok: false, reason: 'too-large' };
  const buf = new Uint8Array(await file.arrayBuffer());
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(buf);
    // NUL bytes: a binary file renamed .yaml.
    if (text.includes('\u0000')) return { ok: false, reason: 'not-text' };
    return { ok: true, text: text.replace(/^\uFEFF/, '') };
  } catch {
    return { ok: false, reason: 'not-text' };
  }
}

/** A file name for the manifests: the lesson id or "podpath-scenario", plus the date. */
export function scenarioFileName(base: string | null, now = new Date()): string {
  const day = now.toISOString().slice(0, 10);
  return `${(base ?? 'podpath-scenario').replace(/[^a-z0-9-]+/gi, '-')}-${day}.yaml`;
}
