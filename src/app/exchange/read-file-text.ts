/**
 * A file's text, decoded as UTF-8 (bytes that are not UTF-8 become U+FFFD, which the import
 * then recognises as binary). FileReader rather than `file.text()`: the same path in every
 * browser and in jsdom.
 */
export function readFileText(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(typeof reader.result === 'string' ? reader.result : '');
    reader.onerror = () => reject(reader.error ?? new Error('the file could not be read'));
    reader.readAsText(file, 'utf-8');
  });
}
