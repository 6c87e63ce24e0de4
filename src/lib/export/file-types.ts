/** The MIME types of the files the app offers for download (one place for each). */
export const CSV_TYPE = 'text/csv;charset=utf-8';
export const SVG_TYPE = 'image/svg+xml';
export const JSON_TYPE = 'application/json';
export const TEXT_TYPE = 'text/plain;charset=utf-8';
