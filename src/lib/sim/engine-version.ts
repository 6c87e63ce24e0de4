/** Bumped whenever the same scenario, seed and iterations could give different numbers. */
export const ENGINE_VERSION = '1.0.0';
