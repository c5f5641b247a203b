// `pnpm check:packages`: the published shape of @yhdyspinta/data and @yhdyspinta/charts (issue 14).
// Packs both with `pnpm pack` into a temporary folder (prepack builds dist/; `exports` name dist/ for
// everyone and the sources only under the workspace's `yhdyspinta-source` condition, so `npm pack` gives
// the same package — tests/embedding/pack.test.ts checks that and runs these checks too), then on each
// tarball runs
// - publint --strict (package.json fields, exports, files; warnings fail too),
// - attw (@arethetypeswrong/cli) with the esm-only profile: the types must resolve, without internal
//   resolution errors, under node16 from ESM (the same rules as nodenext) and bundler. node10 and
//   require() from CommonJS are not checked: the packages are ESM-only.
// Exits 1 when any check fails.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const PACKAGES = ['data', 'charts'];
const bin = (name) => join(ROOT, 'node_modules/.bin', name);

/** Runs a command; `quiet` keeps its output unless it fails. True when it succeeded. */
function run(command, args, { cwd = ROOT, quiet = false } = {}) {
  const result = spawnSync(command, args, {
    cwd,
    stdio: quiet ? 'pipe' : 'inherit',
    encoding: 'utf8',
    env: { ...process.env, COREPACK_ENABLE_DOWNLOAD_PROMPT: '0' },
  });
  if (result.error) throw result.error;
  if (quiet && result.status !== 0) process.stderr.write(`${result.stdout}${result.stderr}`);
  return result.status === 0;
}

const started = Date.now();
const folder = mkdtempSync(join(tmpdir(), 'yhdyspinta-check-packages-'));
const failures = [];
try {
  for (const name of PACKAGES) {
    console.log(`Packing @yhdyspinta/${name} (prepack builds dist/)…`);
    const cwd = join(ROOT, 'packages', name);
    if (!run('corepack', ['pnpm', 'pack', '--pack-destination', folder], { cwd, quiet: true })) {
      failures.push(`pnpm pack (${name})`);
    }
  }
  for (const name of PACKAGES) {
    const tarball = readdirSync(folder).find(
      (file) => file.startsWith(`yhdyspinta-${name}-`) && file.endsWith('.tgz'),
    );
    if (!tarball) {
      failures.push(`no tarball of ${name}`);
      continue;
    }
    const path = join(folder, tarball);
    if (!run(bin('publint'), ['run', path, '--strict'])) failures.push(`publint (${name})`);
    // ./fonts.css is a stylesheet (no types to resolve), the one export attw need not check.
    const exclude = name === 'charts' ? ['--exclude-entrypoints', './fonts.css'] : [];
    if (!run(bin('attw'), [path, '--profile', 'esm-only', '--format', 'table', ...exclude])) {
      failures.push(`attw (${name})`);
    }
  }
} finally {
  rmSync(folder, { recursive: true, force: true });
}

const seconds = ((Date.now() - started) / 1000).toFixed(1);
if (failures.length > 0) {
  console.error(`\ncheck:packages failed (${seconds} s): ${failures.join(', ')}`);
  process.exit(1);
}
console.log(
  `\ncheck:packages: publint and attw (node16 ESM, bundler) pass for ${PACKAGES.join(', ')} (${seconds} s)`,
);
