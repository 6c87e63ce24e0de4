/** A file to hand to the user: its name, MIME type and content (in parts, so big files need not be one string). */
export interface DownloadFile {
  name: string;
  type: string;
  parts: BlobPart[];
}

/**
 * Save a file through the browser's download: a blob: URL on an `<a download>`. Nothing leaves
 * the page (no network, no new window), so it works offline and when storage is broken.
 */
export function downloadFile(file: DownloadFile): void {
  const url = URL.createObjectURL(new Blob(file.parts, { type: file.type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = file.name;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  // Revoking at once can cut the download short in some browsers.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
