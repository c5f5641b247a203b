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

/** Forget which warnings and data problems were already shown (tests only). */
export function resetDevWarnings(): void {
  warned.clear();
  reported.clear();
}

const reported = new Set<string>();

/**
 * console.error(`[@yhdyspinta/charts] ${source}: invalid data: ${problem}`) once per distinct problem,
 * in production too: a chart that shows only "Kaavion tiedot ovat virheellisiä" must say why where a
 * developer looks. Each problem names its place in the data, the value and the rule broken.
 */
export function reportDataProblems(source: string, problems: readonly string[]): void {
  for (const problem of problems) {
    const message = `${source}: invalid data: ${problem}`;
    if (reported.has(message)) continue;
    reported.add(message);
    console.error(`[@yhdyspinta/charts] ${message}`);
  }
}
