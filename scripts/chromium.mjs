// The one place that finds the Chromium every browser test, the Storybook story tests and the benchmark
// launch (through playwright-core). Nothing here downloads anything. In order:
//   1. CHROMIUM_PATH, when set (it must exist: an explicit choice is never silently replaced);
//   2. a system Chromium or Chrome (the usual /usr/bin paths, then the same names on PATH);
//   3. the Chromium inside the npm package @sparticuz/chromium (a root devDependency, so `npm test`
//      installs it): its brotli-compressed headless shell is unpacked once per machine and version into
//      node_modules/.cache/yhdyspinta-chromium/<version>/, with the NSS libraries and fonts it ships.
// YHDYSPINTA_BROWSER=bundled (or =system) restricts the search to that one source (bundled: how the
// tests are run as on a machine without a system browser). Nothing found: one error line, no stack.
import { brotliDecompressSync } from 'node:zlib';
import {
  accessSync,
  constants,
  mkdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The flags every launch uses, whichever browser was found. */
export const CHROMIUM_ARGS = Object.freeze([
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]);

export const SYSTEM_PATHS = Object.freeze([
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
]);
export const SYSTEM_NAMES = Object.freeze([
  'chromium',
  'chromium-browser',
  'google-chrome',
  'google-chrome-stable',
]);

export const NO_CHROMIUM =
  'No Chromium found: set CHROMIUM_PATH, install chromium (apt-get install chromium), ' +
  'or run corepack pnpm install to get @sparticuz/chromium';

/** An error that prints as its one line (no stack: the message says all there is). */
export class ChromiumError extends Error {
  constructor(message) {
    super(message);
    this.stack = message;
  }
}
// On the prototype: an own `name` would be printed after the line as `{ name: … }`.
ChromiumError.prototype.name = 'ChromiumError';

function isExecutable(path) {
  try {
    accessSync(path, constants.X_OK);
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

function onPath(name, pathVariable = process.env.PATH ?? '') {
  for (const dir of pathVariable.split(delimiter)) {
    if (dir && isExecutable(join(dir, name))) return join(dir, name);
  }
  return null;
}

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Unpacks @sparticuz/chromium (linux x64 only); null when it is not installed or not for this machine. */
export function unpackBundled({ root = ROOT } = {}) {
  if (process.platform !== 'linux' || process.arch !== 'x64') return null;
  let entry;
  try {
    entry = createRequire(join(root, 'package.json')).resolve('@sparticuz/chromium');
  } catch {
    return null;
  }
  const packageDir = resolve(dirname(entry), '..');
  const { version } = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8'));
  const bin = join(packageDir, 'bin');
  const dir = cacheDir(root, version);
  const executablePath = join(dir, 'chromium');
  if (!isExecutable(executablePath)) unpackInto(bin, dir);
  return {
    executablePath,
    env: {
      // Its own NSS/expat (built for Amazon Linux, glibc ≥ 2.34): no system library beyond libc needed.
      LD_LIBRARY_PATH: [join(dir, 'lib'), process.env.LD_LIBRARY_PATH].filter(Boolean).join(':'),
      FONTCONFIG_PATH: dir,
    },
  };
}

function cacheDir(root, version) {
  const preferred = join(root, 'node_modules', '.cache', 'yhdyspinta-chromium');
  try {
    mkdirSync(preferred, { recursive: true });
    accessSync(preferred, constants.W_OK);
    return join(preferred, version);
  } catch {
    return join(tmpdir(), `yhdyspinta-chromium-${version}`);
  }
}

/**
 * Unpacks into a private folder and renames it into place, so parallel processes (vitest workers, the
 * a11y fixture's child vitest) never see a half-written binary. Not the package's own executablePath():
 * that writes a fixed /tmp/chromium in place and reuses any /tmp/chromium, whatever its version.
 */
function unpackInto(bin, dir) {
  const staging = `${dir}.${process.pid}-${Date.now()}`;
  try {
    mkdirSync(staging, { recursive: true });
    const unbrotli = (name) => brotliDecompressSync(readFileSync(join(bin, name)));
    // swiftshader's libEGL/libGLESv2 beside the binary (where Chromium looks for them); the others
    // keep their folders (lib/, fonts/).
    untar(unbrotli('swiftshader.tar.br'), staging);
    untar(unbrotli('al2023.tar.br'), staging);
    untar(unbrotli('fonts.tar.br'), staging);
    // The package's fonts.conf names Lambda's folders; this one keeps the system's fonts (if any) and
    // adds the shipped Open Sans, so a machine without any font still renders text.
    writeFileSync(
      join(staging, 'fonts.conf'),
      '<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig>\n' +
        '  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>\n' +
        `  <dir>${join(dir, 'fonts')}</dir>\n  <cachedir>${join(dir, 'fonts-cache')}</cachedir>\n` +
        '</fontconfig>\n',
    );
    // The binary last: its presence is what marks a finished unpack.
    writeFileSync(join(staging, 'chromium'), unbrotli('chromium.br'), { mode: 0o755 });
    try {
      renameSync(staging, dir);
    } catch {
      // Another process finished first: use its copy. A folder without the binary is a broken one.
      if (!isExecutable(join(dir, 'chromium'))) {
        rmSync(dir, { recursive: true, force: true });
        renameSync(staging, dir);
      }
    }
  } catch (error) {
    throw new ChromiumError(
      `Could not unpack @sparticuz/chromium into ${dir}: ${error instanceof Error ? error.message : error}`,
    );
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}

/** A plain ustar/GNU tar reader (regular files and folders): all the three archives hold. */
function untar(buffer, into) {
  let offset = 0;
  let longName = null;
  while (offset + 512 <= buffer.length) {
    const header = buffer.subarray(offset, offset + 512);
    if (header.every((byte) => byte === 0)) break;
    const field = (start, length) =>
      header
        .subarray(start, start + length)
        .toString('utf8')
        .replace(/\0.*$/s, '');
    const size = parseInt(field(124, 12).trim() || '0', 8);
    const type = field(156, 1) || '0';
    const prefix = field(345, 155);
    let name = longName ?? (prefix ? `${prefix}/${field(0, 100)}` : field(0, 100));
    longName = null;
    const body = buffer.subarray(offset + 512, offset + 512 + size);
    offset += 512 + Math.ceil(size / 512) * 512;
    if (type === 'L') {
      longName = body.toString('utf8').replace(/\0.*$/s, '');
      continue;
    }
    name = name.replace(/^\.\//, '');
    const target = resolve(into, name);
    if (!target.startsWith(resolve(into))) throw new Error(`unsafe path in archive: ${name}`);
    if (type === '5') {
      mkdirSync(target, { recursive: true });
    } else if (type === '0' || type === '7') {
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, body, { mode: parseInt(field(100, 8).trim() || '644', 8) & 0o777 });
    }
    // Other entries (pax headers, links) do not occur in these archives and are skipped.
  }
}

function defaultProbes() {
  return {
    env: process.env,
    exists: isExecutable,
    which: (name) => onPath(name),
    bundled: () => unpackBundled(),
  };
}

/**
 * The browser to launch: { executablePath, args, env, source }, where source is 'env', 'system' or
 * 'bundled' and env holds the variables the browser needs on top of the process's own (bundled only).
 * The probes are injectable (tests/internals/chromium.test.ts); resolveChromium() is the cached call.
 */
export function findChromium(probes = defaultProbes()) {
  const { env, exists, which, bundled } = probes;
  const only = env.YHDYSPINTA_BROWSER || undefined;
  if (only !== undefined && only !== 'bundled' && only !== 'system') {
    throw new ChromiumError(
      `YHDYSPINTA_BROWSER is "${only}": use "bundled", "system" or leave it unset`,
    );
  }
  const found = (executablePath, source, extraEnv) => ({
    executablePath,
    args: [...CHROMIUM_ARGS],
    env: extraEnv,
    source,
  });
  if (only === undefined && env.CHROMIUM_PATH) {
    if (!exists(env.CHROMIUM_PATH)) {
      throw new ChromiumError(
        `CHROMIUM_PATH is ${env.CHROMIUM_PATH}, which is not an executable file (unset it to use a system or the bundled Chromium)`,
      );
    }
    return found(env.CHROMIUM_PATH, 'env');
  }
  if (only !== 'bundled') {
    const path = SYSTEM_PATHS.find((p) => exists(p)) ?? firstOnPath(which);
    if (path) return found(path, 'system');
  }
  if (only !== 'system') {
    const shipped = bundled();
    if (shipped) return found(shipped.executablePath, 'bundled', shipped.env);
  }
  throw new ChromiumError(
    only ? `${NO_CHROMIUM} (YHDYSPINTA_BROWSER=${only} allows only that source)` : NO_CHROMIUM,
  );
}

function firstOnPath(which) {
  for (const name of SYSTEM_NAMES) {
    const path = which(name);
    if (path) return path;
  }
  return null;
}

let cached;

/** findChromium() with the real probes, once per process (the unpack, if any, happens here). */
export function resolveChromium() {
  cached ??= findChromium();
  return cached;
}

/**
 * playwright-core launch options for the found browser: executablePath, args (CHROMIUM_ARGS then
 * `extraArgs`) and, for the bundled one, env (the process's own plus its library and font paths).
 */
export function chromiumLaunchOptions(extraArgs = []) {
  const { executablePath, args, env } = resolveChromium();
  return {
    executablePath,
    args: [...args, ...extraArgs],
    ...(env ? { env: { ...process.env, ...env } } : {}),
  };
}
