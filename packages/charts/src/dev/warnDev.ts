const warned = new Set<string>();

function isProduction(): boolean {
  try {
    // Bundlers replace `process.env.NODE_ENV` textually, so this also works in browsers without `process`.
    // No `typeof process` guard: bundlers leave that check alone, which would make every browser build
    // count as development. Where nothing replaced it and `process` does not exist, the access throws
    // and we treat the build as development.
    return process.env.NODE_ENV === 'production';
  } catch {
    return false;
  }
}

/**
 * console.warn(`[@yhdyspinta/charts] ${message}`) once per distinct message, only outside production.
 * Charts call it when they fall back (invalid data, bad prop) instead of throwing.
 */
export function warnDev(message: string): void {
  if (isProduction() || warned.has(message)) return;
  warned.add(message);
  console.warn(`[@yhdyspinta/charts] ${message}`);
}

/** Forget which messages were already shown (tests only). */
export function resetDevWarnings(): void {
  warned.clear();
}
