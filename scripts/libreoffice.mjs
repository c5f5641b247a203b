// LibreOffice for tests and the CLI: find `soffice`, and convert files headless in a temporary directory
// with a profile of its own (-env:UserInstallation), so runs never share or lock the user's profile and
// two conversions can run at once. Fonts: LibreOffice uses the system's (fontconfig); the charts' Noto
// Sans comes from Debian's fonts-noto-core.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, extname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

const CANDIDATES = [
  '/usr/bin/soffice',
  '/usr/lib/libreoffice/program/soffice',
  '/opt/libreoffice/program/soffice',
  '/Applications/LibreOffice.app/Contents/MacOS/soffice',
];

/**
 * The path of LibreOffice's `soffice`: SOFFICE_PATH if set, else a usual install place, else `soffice` or
 * `libreoffice` on PATH; undefined when there is none.
 * @returns {string | undefined}
 */
export function findSoffice() {
  const fromEnv = process.env.SOFFICE_PATH;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : undefined;
  for (const path of CANDIDATES) if (existsSync(path)) return path;
  for (const name of ['soffice', 'libreoffice']) {
    try {
      const found = execFileSync('which', [name], { encoding: 'utf8' }).trim();
      if (found) return found;
    } catch {
      // not on PATH
    }
  }
  return undefined;
}

/** Why LibreOffice cannot be used here, in one line (for a skipped test), or undefined when it can. */
export function sofficeMissingReason() {
  return findSoffice()
    ? undefined
    : 'LibreOffice (soffice) not found: install the Debian package libreoffice-impress (or set SOFFICE_PATH)';
}

/**
 * Converts files with LibreOffice headless, e.g. `convertWithLibreOffice([{ name: 'chart.svg', data }],
 * 'png')`. Each input is written to a fresh temporary directory, converted there with a fresh profile,
 * and the outputs are read back; the directory is removed afterwards.
 * @param {readonly { name: string; data: string | Uint8Array }[]} inputs
 * @param {string} format LibreOffice's --convert-to argument, e.g. 'png', 'pdf'
 * @param {{ timeoutMs?: number }} [options]
 * @returns {{ name: string; data: Buffer }[]} one output per input, in order
 */
export function convertWithLibreOffice(inputs, format, options = {}) {
  const soffice = findSoffice();
  if (!soffice) throw new Error(sofficeMissingReason());
  const dir = mkdtempSync(join(tmpdir(), 'yhdyspinta-lo-'));
  try {
    const profile = pathToFileURL(join(dir, 'profile')).href;
    const out = join(dir, 'out');
    const files = inputs.map(({ name, data }) => {
      const path = join(dir, basename(name));
      writeFileSync(path, data);
      return path;
    });
    const result = spawnSync(
      soffice,
      [
        `-env:UserInstallation=${profile}`,
        '--headless',
        '--norestore',
        '--nologo',
        '--convert-to',
        format,
        '--outdir',
        out,
        ...files,
      ],
      { encoding: 'utf8', timeout: options.timeoutMs ?? 120_000 },
    );
    if (result.error) throw result.error;
    const written = existsSync(out) ? readdirSync(out) : [];
    const ext = format.split(':')[0];
    return files.map((file) => {
      const name = `${basename(file, extname(file))}.${ext}`;
      if (!written.includes(name)) {
        throw new Error(
          `LibreOffice did not convert ${basename(file)} to ${ext} (exit ${String(result.status)}): ${(result.stderr || result.stdout || '').trim()}`,
        );
      }
      return { name, data: readFileSync(join(out, name)) };
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
