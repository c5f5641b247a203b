import { describe, expect, it } from 'vitest';
import { build } from 'esbuild';
import { runInNewContext } from 'node:vm';
import { fileURLToPath } from 'node:url';

const entry = fileURLToPath(new URL('../../packages/charts/src/dev/warnDev.ts', import.meta.url));

/** warnDev's module bundled as a browser build would be, with `define`, run where no `process` exists. */
async function runInBrowserBundle(
  define: Record<string, string>,
  call: string,
  console: Record<string, (message: string) => void>,
): Promise<void> {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    conditions: ['yhdyspinta-source'],
    write: false,
    format: 'iife',
    globalName: 'lib',
    platform: 'browser',
    define,
  });
  runInNewContext(`${result.outputFiles[0]?.text ?? ''}\n${call}`, { console });
}

async function warningsInBrowserBundle(define: Record<string, string>): Promise<string[]> {
  const warnings: string[] = [];
  await runInBrowserBundle(define, "lib.warnDev('x');", { warn: (m) => warnings.push(m) });
  return warnings;
}

/** A production bundle's report of invalid data (console.error). */
async function problemsInProductionBundle(): Promise<string[]> {
  const errors: string[] = [];
  await runInBrowserBundle(
    { 'process.env.NODE_ENV': '"production"' },
    "lib.reportDataProblems('Chart', ['a', 'b', 'a']);",
    { error: (m) => errors.push(m) },
  );
  return errors;
}

describe('warnDev in a browser bundle (no `process` global)', () => {
  it('is silent when the bundler defines NODE_ENV as production', async () => {
    expect(await warningsInBrowserBundle({ 'process.env.NODE_ENV': '"production"' })).toEqual([]);
  });

  it('warns in a development bundle and when nothing was defined', async () => {
    expect(await warningsInBrowserBundle({ 'process.env.NODE_ENV': '"development"' })).toHaveLength(
      1,
    );
    expect(await warningsInBrowserBundle({})).toHaveLength(1);
  });
});

describe('reportDataProblems in a production bundle', () => {
  it('still says why the data is invalid, once per distinct problem', async () => {
    expect(await problemsInProductionBundle()).toEqual([
      '[@yhdyspinta/charts] Chart: invalid data: a',
      '[@yhdyspinta/charts] Chart: invalid data: b',
    ]);
  });
});
