/**
 * The output file: its format from the extension, checks before any work is done, and an atomic write
 * (a temporary file in the same directory, then a rename), so the target is never half-written.
 */
import { randomBytes } from 'node:crypto';
import { rm, stat, writeFile, rename } from 'node:fs/promises';
import { basename, dirname, extname, join, resolve } from 'node:path';
import type { Locale } from '@yhdyspinta/data';
import { CliError } from './errors';
import { RUN_TEXTS } from './text/runTexts';

export const OUTPUT_FORMATS = ['svg', 'png', 'pptx', 'pdf'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

/** The format of a file's extension: *.svg, *.png, *.pptx, *.pdf (any case), else undefined. */
export function formatFromExtension(path: string): OutputFormat | undefined {
  const ext = extname(path).slice(1).toLowerCase();
  return (OUTPUT_FORMATS as readonly string[]).includes(ext) ? (ext as OutputFormat) : undefined;
}

/** Fails unless the output's directory exists and the path itself is not a directory. */
export async function checkOutputPath(path: string, locale: Locale): Promise<void> {
  const target = resolve(path);
  const dir = dirname(target);
  const dirStat = await stat(dir).catch(() => undefined);
  if (!dirStat?.isDirectory()) {
    throw new CliError(RUN_TEXTS[locale].outDirMissing(dirname(path)));
  }
  const existing = await stat(target).catch(() => undefined);
  if (existing?.isDirectory()) throw new CliError(RUN_TEXTS[locale].outIsDirectory(path));
}

/** Temporary files being written, removed if the process is interrupted. */
const pending = new Set<string>();
let handlersInstalled = false;

function installSignalHandlers(): void {
  if (handlersInstalled) return;
  handlersInstalled = true;
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      for (const file of pending) rm(file, { force: true }).catch(() => undefined);
      process.exit(signal === 'SIGINT' ? 130 : 143);
    });
  }
}

/**
 * Writes `data` to `path` atomically: into a hidden temporary file beside it, then renamed over the target
 * (replacing an existing file in one step). On any failure the temporary file is removed and the target is
 * left as it was.
 */
export async function writeFileAtomic(
  path: string,
  data: string | Uint8Array,
  locale: Locale,
): Promise<void> {
  const target = resolve(path);
  const temp = join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
  installSignalHandlers();
  pending.add(temp);
  try {
    await writeFile(temp, data, { flag: 'wx' });
    await rename(temp, target);
  } catch (error) {
    await rm(temp, { force: true });
    const reason = error instanceof Error ? error.message : String(error);
    throw new CliError(RUN_TEXTS[locale].cannotWrite(path, reason));
  } finally {
    pending.delete(temp);
  }
}
