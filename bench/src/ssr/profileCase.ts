/** Runs one server-render case under `node --cpu-prof` and prints where its time goes (src/profile.ts). */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { buildSsrBundle } from '../build';
import { SSR_CASES } from '../cases';
import { LIBRARIES } from '../libraries';
import { BUILD_DIR } from '../paths';
import { formatProfile, moduleStarts, summarizeProfile } from '../profile';
import type { CpuProfile } from '../profile';
import { isFailure, runSsrChild } from './run';

export async function profileCase(spec: string, log: (line: string) => void): Promise<void> {
  const [caseId, libraryId] = spec.split(':');
  const benchCase = SSR_CASES.find((c) => c.id === caseId);
  const library = LIBRARIES.find((l) => l.id === libraryId);
  if (!benchCase || !library) {
    throw new Error(
      `--profile=<case>:<library>; cases ${SSR_CASES.map((c) => c.id).join(', ')}; ` +
        `libraries ${LIBRARIES.map((l) => l.id).join(', ')}`,
    );
  }
  const bundle = await buildSsrBundle(library, benchCase.kind);
  const dir = join(BUILD_DIR, 'profiles', `${benchCase.id}.${library.id}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const outcome = await runSsrChild(
    bundle,
    library.id,
    benchCase,
    {
      warmupMs: 500,
      warmupIterations: 2,
      maxWarmupMs: 5000,
      samples: 7,
      slowSamples: 7,
      slowRenderMs: 1000,
      minSampleMs: 300,
    },
    900_000,
    ['--cpu-prof', `--cpu-prof-dir=${dir}`, '--cpu-prof-interval=200'],
  );
  if (isFailure(outcome)) throw new Error(outcome.error);
  const file = readdirSync(dir).find((f) => f.endsWith('.cpuprofile'));
  if (!file) throw new Error(`no profile written in ${dir}`);
  const profile = JSON.parse(readFileSync(join(dir, file), 'utf8')) as CpuProfile;
  const summary = summarizeProfile(
    profile,
    moduleStarts(readFileSync(bundle, 'utf8')),
    basename(bundle),
  );
  const text =
    `${benchCase.id} ${library.id}: ${outcome.medianMs.toFixed(2)} ms/render (median), ` +
    `${outcome.bytes} B, ${outcome.elements} elements\n` +
    formatProfile(summary);
  writeFileSync(join(dir, 'summary.txt'), `${text}\n`);
  log(text);
  log(`\nprofile: ${join(dir, file)} (open in Chrome DevTools › Performance)`);
}
