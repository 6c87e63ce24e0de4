// The HTTP server for the built app (dist/): `npm start` and the browser tests both use it, so
// the tests see exactly the headers users get.
import http from 'node:http';
import sirv from 'sirv';

/**
 * A strict Content-Security-Policy: only the app's own scripts, workers and styles; no inline
 * code, no eval. connect-src 'self' is the one relaxation of the baseline: the app
 * fetches its own example scenarios (and later its price list) from static/. Images may be
 * blob:/data: for chart downloads.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "worker-src 'self'",
  "style-src 'self'",
  "img-src 'self' blob: data:",
  "connect-src 'self'",
  "manifest-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

export const SECURITY_HEADERS = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

/** An http.Server serving `dir` (single-page app: unknown paths get index.html). */
export function createAppServer(dir) {
  const assets = sirv(dir, { single: true, dev: false, etag: true });
  return http.createServer((req, res) => {
    for (const [k, v] of Object.entries(SECURITY_HEADERS)) res.setHeader(k, v);
    assets(req, res);
  });
}
