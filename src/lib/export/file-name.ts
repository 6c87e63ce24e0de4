/** A file name from a scenario id and what is in the file: letters, digits, dots and dashes only. */
export function exportFileName(scenarioId: string, what: string, extension: string): string {
  const slug = (s: string) =>
    s
      .normalize('NFKD')
      .replace(/[^\w.-]+/g, '-')
      .replace(/^[-.]+|-+$/g, '')
      .slice(0, 60) || 'scenario';
  return `${slug(scenarioId)}-${slug(what)}.${extension}`;
}
