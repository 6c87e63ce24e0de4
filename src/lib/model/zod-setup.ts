import { z } from 'zod';

// zod 4 probes `new Function` to decide whether to compile fast parsers; under the app's strict
// Content-Security-Policy (no 'unsafe-eval') that probe is a CSP violation. Parse without it.
// Import this module first in every browser entry point (the page and the worker).
z.config({ jitless: true });
