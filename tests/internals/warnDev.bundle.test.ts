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
