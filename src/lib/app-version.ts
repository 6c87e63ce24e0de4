/** The app's version (kept equal to package.json's by a test); written into every export. */
export const APP_VERSION = '0.3.0';
