// Dependency audit of the production dependencies: runs `corepack pnpm audit --prod --json` and fails on
// any advisory of high or critical severity. Exit codes: 0 = no high/critical advisory, 1 = at least
// one (listed), 2 = the audit could not be run (the registry's audit endpoint is unreachable or refused
// the request): no result, the dependencies were NOT checked. Usage: node scripts/audit.mjs
import { spawnSync } from 'node:child_process';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const FAIL_ON = new Set(['high', 'critical']);
const LEVELS = ['critical', 'high', 'moderate', 'low', 'info'];

/**
 * The verdict on pnpm's output (stdout, and its exit status): { status: 'ok' | 'advisories' |
 * 'not-run', lines: string[] } where `lines` say what was found or why nothing could be checked.
 */
export function judgeAudit(stdout, exitStatus) {
  let report;
  try {
    report = JSON.parse(stdout);
  } catch {
    const tail = String(stdout).trim().split('\n').slice(-5).join('\n');
    return notRun(`pnpm audit gave no JSON report (exit ${exitStatus}): ${tail}`);
  }
  if (!report || typeof report !== 'object') return notRun('pnpm audit gave an empty report');
  if (report.error) {
    const message = `${report.error.code ?? 'error'}: ${report.error.message ?? ''}`;
    return notRun(message);
  }
  const advisories = Object.values(report.advisories ?? {});
  const counts = report.metadata?.vulnerabilities ?? {};
  const serious = advisories.filter((a) => FAIL_ON.has(a?.severity));
  const lines = [`pnpm audit --prod: ${LEVELS.map((l) => `${counts[l] ?? 0} ${l}`).join(', ')}.`];
  for (const a of serious) {
    const paths = (a.findings ?? []).flatMap((f) => f.paths ?? []).slice(0, 3);
    lines.push(
      `${a.severity.toUpperCase()}: ${a.module_name} ${a.vulnerable_versions}: ${a.title}`,
    );
    lines.push(`  ${a.url ?? ''}${paths.length > 0 ? ` (via ${paths.join('; ')})` : ''}`);
  }
  if (serious.length > 0) {
    lines.push(`${serious.length} high or critical advisories in the production dependencies.`);
    return { status: 'advisories', lines };
  }
  lines.push('No high or critical advisory in the production dependencies.');
  return { status: 'ok', lines };
}

function notRun(reason) {
  const lines = [
    'AUDIT NOT RUN: the registry audit endpoint could not be used, so the production dependencies',
    'were NOT checked for advisories.',
    `Reason: ${reason}`,
  ];
  if (/\b410\b|retired/.test(reason)) {
    lines.push(
      'npm has retired the audit endpoints that pnpm 10 calls (pnpm/pnpm#11265); pnpm 11 uses the',
      'bulk advisory endpoint.',
    );
  }
  lines.push(
    'Run `node scripts/audit.mjs` where https://registry.npmjs.org/ accepts audit requests.',
  );
  return { status: 'not-run', lines };
}

const EXIT = { ok: 0, advisories: 1, 'not-run': 2 };

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const run = spawnSync('corepack', ['pnpm', 'audit', '--prod', '--json'], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, COREPACK_ENABLE_DOWNLOAD_PROMPT: '0' },
    timeout: 180_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  const verdict = run.error
    ? notRun(`could not start pnpm: ${run.error.message}`)
    : judgeAudit(run.stdout, run.status);
  const print = verdict.status === 'ok' ? console.log : console.error;
  for (const line of verdict.lines) print(line);
  process.exit(EXIT[verdict.status]);
}
