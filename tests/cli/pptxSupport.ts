// Support of the PowerPoint, PDF and deck tests: the CLI bundled into a directory of its own (so these
// tests never race another test's build of dist/), run with node; a .pptx read as the zip it is (JSZip,
// the zip library pptxgenjs depends on); LibreOffice and poppler run as a user would.
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CLI_DIR = join(ROOT, 'packages/cli');
const run = promisify(execFile);

export interface Run {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Bundles the CLI under packages/cli/node_modules/.cache (its dependencies resolve from there). */
export async function buildTestCli(): Promise<{
  readonly entry: string;
  readonly dispose: () => Promise<void>;
}> {
  const cache = join(CLI_DIR, 'node_modules/.cache');
  await run('mkdir', ['-p', cache]);
  const outdir = await mkdtemp(join(cache, 'yhdyspinta-slides-test-'));
  const build = (await import(pathToFileURL(join(CLI_DIR, 'scripts/build.mjs')).href)) as {
    buildCli: (options: { outdir: string }) => Promise<unknown>;
  };
  await build.buildCli({ outdir });
  return {
    entry: join(outdir, 'yhdyspinta.js'),
    dispose: () => rm(outdir, { recursive: true, force: true }),
  };
}

/** Runs the bundled CLI's main with `args` in `cwd`. */
export function runCli(entry: string, args: readonly string[], cwd: string): Promise<Run> {
  const script = `const { main } = await import(${JSON.stringify(pathToFileURL(entry).href)}); process.exitCode = await main(process.argv.slice(1));`;
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--input-type=module', '-e', script, ...args],
      { cwd, maxBuffer: 16 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

interface ZipEntry {
  async(type: 'string'): Promise<string>;
  async(type: 'nodebuffer'): Promise<Buffer>;
}
interface Zip {
  readonly files: Record<string, unknown>;
  file(path: string): ZipEntry | null;
}

function loadZip(bytes: Uint8Array): Promise<Zip> {
  const fromCli = createRequire(join(CLI_DIR, 'package.json'));
  const jszip = createRequire(fromCli.resolve('pptxgenjs'))('jszip') as {
    loadAsync(data: Uint8Array): Promise<Zip>;
  };
  return jszip.loadAsync(bytes);
}

/** One file of a zip as bytes (undefined when it has no such file). */
export async function unzipFile(bytes: Uint8Array, path: string): Promise<Buffer | undefined> {
  return (await loadZip(bytes)).file(path)?.async('nodebuffer');
}

/** Every XML file of a zip (a .pptx) as text, by path. */
export async function unzipText(bytes: Uint8Array): Promise<Map<string, string>> {
  const zip = await loadZip(bytes);
  const out = new Map<string, string>();
  for (const path of Object.keys(zip.files)) {
    if (!/\.(xml|rels)$/.test(path)) continue;
    const text = await zip.file(path)?.async('string');
    if (text !== undefined) out.set(path, text);
  }
  return out;
}

/** The files of a zip whose path matches, in numeric order (slide2 before slide10). */
export function filesMatching(files: Map<string, string>, pattern: RegExp): string[] {
  const number = (p: string) => Number(/(\d+)\.xml$/.exec(p)?.[1] ?? 0);
  return [...files.keys()]
    .filter((p) => pattern.test(p))
    .sort((a, b) => number(a) - number(b))
    .map((p) => files.get(p) ?? '');
}

/** The texts of a DrawingML part (<a:t> runs), entities decoded. */
export function drawingText(xml: string): string {
  return [...xml.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => decode(m[1] ?? '')).join('\n');
}

export function decode(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

/** Runs a program; its exit code and output (never throws for a non-zero exit). */
export function program(file: string, args: readonly string[], cwd?: string): Promise<Run> {
  return new Promise((resolve) => {
    execFile(file, [...args], { cwd, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}
