/**
 * Our packages as users install them: `pnpm pack` of @yhdyspinta/data and @yhdyspinta/charts (each
 * pack runs the package's prepack build; `exports` name dist/ outside the workspace's
 * `yhdyspinta-source` condition, which the bundle phase does not set), unpacked into
 * BUILD_DIR/tarballs/node_modules. The bundle phase bundles our entries from there, so it weighs the
 * published dist/ files, not the workspace sources. The packages' own dependencies (d3, visx, hyphen)
 * are taken from the workspace's install (the same versions a user's install resolves).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { BUILD_DIR, REPO_DIR } from './paths';

export interface PackedPackages {
  /** The folder to resolve our packages from (it holds node_modules/@yhdyspinta/…). */
  readonly resolveDir: string;
  /** Where the packages' own dependencies are found. */
  readonly nodePaths: readonly string[];
}

const PACKAGES = ['data', 'charts'] as const;

export function packOurPackages(log: (line: string) => void): PackedPackages {
  const root = join(BUILD_DIR, 'tarballs');
  rmSync(root, { recursive: true, force: true });
  const packs = join(root, 'packs');
  const scope = join(root, 'node_modules', '@yhdyspinta');
  mkdirSync(packs, { recursive: true });
  mkdirSync(scope, { recursive: true });
  const env = { ...process.env, COREPACK_ENABLE_DOWNLOAD_PROMPT: '0' };
  for (const name of PACKAGES) {
    execFileSync('corepack', ['pnpm', 'pack', '--pack-destination', packs], {
      cwd: join(REPO_DIR, 'packages', name),
      env,
      stdio: 'pipe',
    });
    const file = readdirSync(packs).find((f) => f.startsWith(`yhdyspinta-${name}-`));
    if (!file) throw new Error(`pnpm pack of @yhdyspinta/${name} wrote no tarball`);
    const unpacked = join(root, `unpacked-${name}`);
    mkdirSync(unpacked);
    execFileSync('tar', ['-xzf', join(packs, file), '-C', unpacked]);
    renameSync(join(unpacked, 'package'), join(scope, name));
    log(`  packed @yhdyspinta/${name} (${file})`);
  }
  return {
    resolveDir: root,
    nodePaths: [
      join(REPO_DIR, 'packages/charts/node_modules'),
      // The data package's own (read-excel-file for its XLSX importer).
      join(REPO_DIR, 'packages/data/node_modules'),
      join(REPO_DIR, 'node_modules'),
    ],
  };
}
