/**
 * Proves the Storybook a11y configuration: with the project's preview parameters
 * (`a11y: { test: 'error' }`), a story whose control has no accessible name FAILS its story test
 * with an axe violation, and its correct twin passes. Runs the fixture's Storybook (the real main
 * and preview, proof stories only) in a child vitest, in headless Chromium, and reads its JSON report.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const fixtureConfig = fileURLToPath(new URL('./fixture/vitest.config.ts', import.meta.url));
const vitestCli = join(
  dirname(createRequire(import.meta.url).resolve('vitest/package.json')),
  'vitest.mjs',
);

interface AssertionResult {
  title: string;
  status: string;
  failureMessages: string[];
}
interface JsonReport {
  testResults: { assertionResults: AssertionResult[] }[];
}

function runFixture(outputFile: string): Promise<{ code: number | null; output: string }> {
  // A clean environment for the child: the parent's VITEST_* worker variables would confuse it.
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([key]) => !key.startsWith('VITEST')),
  );
  env.VITE_CONFIG_NATIVE_IGNORE_WARNING = 'true';
  env.NO_COLOR = '1';
  const args = ['run', '--config', fixtureConfig, '--reporter=json', `--outputFile=${outputFile}`];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [vitestCli, ...args], { cwd: repoRoot, env });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, output }));
  });
}

describe('Storybook a11y configuration (a11y: { test: "error" })', () => {
  let workDir = '';
  let exitCode: number | null = null;
  let output = '';
  const results = new Map<string, AssertionResult>();

  beforeAll(async () => {
    workDir = mkdtempSync(join(tmpdir(), 'yhdyspinta-a11y-'));
    const outputFile = join(workDir, 'report.json');
    ({ code: exitCode, output } = await runFixture(outputFile));
    let report: JsonReport;
    try {
      report = JSON.parse(readFileSync(outputFile, 'utf8')) as JsonReport;
    } catch (error) {
      throw new Error(`The fixture run wrote no JSON report (exit ${exitCode}):\n${output}`, {
        cause: error,
      });
    }
    for (const file of report.testResults) {
      for (const result of file.assertionResults) results.set(result.title, result);
    }
  }, 90_000);

  afterAll(() => {
    if (workDir) rmSync(workDir, { recursive: true, force: true });
  });

  it('runs all four proof stories, and the run fails', () => {
    expect([...results.keys()].sort(), output).toEqual([
      'Labelled Input',
      'Named Button',
      'Unlabelled Input',
      'Unnamed Button',
    ]);
    expect(exitCode).toBe(1);
  });

  it.each([
    ['Unnamed Button', 'button-name'],
    ['Unlabelled Input', 'label'],
  ])('fails "%s" with the axe violation %s', (title, ruleId) => {
    const result = results.get(title);
    expect(result?.status).toBe('failed');
    const message = result?.failureMessages.join('\n') ?? '';
    expect(message).toContain('toHaveNoViolations');
    expect(message).toContain(`(${ruleId})`);
  });

  it.each(['Named Button', 'Labelled Input'])('passes the correct twin "%s"', (title) => {
    const result = results.get(title);
    expect(result?.status).toBe('passed');
    expect(result?.failureMessages).toEqual([]);
  });
});
