/**
 * Saves text as a file: a Blob, an object URL and a click on an <a download>
 * that is never attached to the page. Nothing here needs a `data:` URL, an
 * inline script or an inline style, so it works under a strict Content
 * Security Policy (see docs/guide.md). Browser only: call it from an event
 * handler, never while rendering (pre-rendering has no DOM).
 */

/** What was saved last, for tests: the file's name and its Blob. */
export let lastDownload: { filename: string; blob: Blob } | undefined;

export function downloadText(filename: string, text: string, type: string): void {
  const blob = new Blob([text], { type });
  lastDownload = { filename, blob };
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.rel = 'noopener';
  link.click();
  // The browser has read the URL once the click is handled.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** A file name from a caption: characters that file systems refuse become "_". */
export function fileName(base: string, extension: string): string {
  const name = base
    .replace(/[\u2066-\u2069]/g, '')
    .replace(/[\\/:*?"<>|\u0000-\u001f]+/g, '_')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 120);
  return `${name || 'disclosure'}.${extension}`;
}
