import { describe, expect, it } from 'vitest';
import { build } from 'esbuild';
import { runInNewContext } from 'node:vm';
import { fileURLToPath } from 'node:url';

const entry = fileURLToPath(new URL('../../packages/charts/src/dev/warnDev.ts', import.meta.url));

/** Bundles warnDev as a browser build would and runs it where no `process` exists. */
async function warningsInBrowserBundle(define: Record<string, string>): Promise<string[]> {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    write: false,
    format: 'iife',
    globalName: 'lib',
    platform: 'browser',
    define,
  });
  const code = result.outputFiles[0]?.text ?? '';
  const warnings: string[] = [];
  const context = { console: { warn: (m: string) => warnings.push(m) } };
  runInNewContext(`${code}\nlib.warnDev('x');`, context);
  return warnings;
}

/** The same bundle's report of invalid data (console.error). */
async function problemsInProductionBundle(): Promise<string[]> {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    write: false,
    format: 'iife',
    globalName: 'lib',
    platform: 'browser',
    define: { 'process.env.NODE_ENV': '"production"' },
  });
  const errors: string[] = [];
  const context = { console: { error: (m: string) => errors.push(m) } };
  const code = result.outputFiles[0]?.text ?? '';
  runInNewContext(`${code}\nlib.reportDataProblems('Chart', ['a', 'b', 'a']);`, context);
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
