/**
 * Offer a file for download through an <a download> with a blob: URL (no window.open, nothing
 * leaves the page). The URL is released once the browser has taken the file.
 */
export function saveFile(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export const SVG_TYPE = 'image/svg+xml';
export const CSV_TYPE = 'text/csv;charset=utf-8';
