// Builds dist/ for publishing: one ES module per source file (dist/index.js the entry; dependencies
// external) and the .d.ts
// files (tsc --emitDeclarationOnly with tsconfig.build.json), whose relative imports are then made fully
// specified ('./types' → './types.js') for node16/nodenext users (scripts/fix-dts-specifiers.mjs at the
// repository root). Run with `pnpm run build` in this package.
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildModules } from '../../../scripts/build-modules.mjs';
import { fixDtsSpecifiersOrExit } from '../../../scripts/fix-dts-specifiers.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);

rmSync(resolve(root, 'dist'), { recursive: true, force: true });

// One module per source file (scripts/build-modules.mjs): an app's bundler keeps only what it imports
// (a chart from @yhdyspinta/charts/core carries none of the survey, memos or taxonomy).
await buildModules(root);

const tsc = require.resolve('typescript/bin/tsc');
const result = spawnSync(process.execPath, [tsc, '-p', 'tsconfig.build.json'], {
  cwd: root,
  stdio: 'inherit',
});
if (result.status !== 0) process.exit(result.status ?? 1);

fixDtsSpecifiersOrExit(resolve(root, 'dist'));
