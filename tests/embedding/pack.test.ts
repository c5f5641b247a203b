/**
 * The packages as a user gets them: build, `pnpm pack` both into tarballs, then a fresh Vite + React
 * app in a temporary folder that depends on the tarballs alone installs them, type-checks against
 * their .d.ts and builds with `vite build`; a type-only consumer is checked under the bundler, node16
 * and nodenext module resolutions (library files included); plain Node imports the packed packages too.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONSUMER_TSCONFIGS, writeViteApp } from './support/viteApp';

const ROOT = resolve(import.meta.dirname, '../..');
const version = (name: string) =>
  (
    JSON.parse(readFileSync(join(ROOT, 'node_modules', name, 'package.json'), 'utf8')) as {
      version: string;
    }
  ).version;

const env = { ...process.env, COREPACK_ENABLE_DOWNLOAD_PROMPT: '0', CI: 'true' };

/** Runs `corepack pnpm …`; a failure throws with the command's output (tsc or vite errors). */
function pnpm(args: readonly string[], cwd: string): string {
  try {
    return execFileSync('corepack', ['pnpm', ...args], {
      cwd,
      env,
      encoding: 'utf8',
      stdio: 'pipe',
    });
  } catch (error) {
    const { stdout, stderr } = error as { stdout?: string; stderr?: string };
    throw new Error(`pnpm ${args.join(' ')} failed in ${cwd}:\n${stdout ?? ''}\n${stderr ?? ''}`);
  }
}

/** The pinned pnpm (with its hash) of the repository: corepack refuses a bare version here. */
function packageManagerOf(folder: string): string {
  return (
    JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8')) as { packageManager: string }
  ).packageManager;
}

function node(script: string, cwd: string): string {
  return execFileSync(process.execPath, ['--input-type=module', '-e', script], {
    cwd,
    encoding: 'utf8',
  }).trim();
}

let folder: string;
let app: string;
let tarballs: { charts: string; data: string; cli: string };
let cliFolder: string;
/** The same three packages packed by npm (`npm pack --ignore-scripts`: dist/ is already built). */
let npmTarballs: { charts: string; data: string; cli: string };

beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), 'yhdyspinta-pack-'));
  const packs = join(folder, 'tarballs');
  mkdirSync(packs);
  // `pnpm pack` runs each package's prepack (its build), data first: the charts' types import its types.
  pnpm(['pack', '--pack-destination', packs], join(ROOT, 'packages/data'));
  pnpm(['pack', '--pack-destination', packs], join(ROOT, 'packages/charts'));
  // The CLI's prepack bundles it (with the charts and data) into dist/.
  pnpm(['pack', '--pack-destination', packs], join(ROOT, 'packages/cli'));
  const files = readdirSync(packs);
  const find = (prefix: string) => {
    const file = files.find((name) => name.startsWith(prefix) && name.endsWith('.tgz'));
    if (!file) throw new Error(`No ${prefix}*.tgz in ${files.join(', ')}`);
    return join(packs, file);
  };
  tarballs = {
    charts: find('yhdyspinta-charts-'),
    data: find('yhdyspinta-data-'),
    cli: find('yhdyspinta-cli-'),
  };
  const npmPacks = join(folder, 'npm-tarballs');
  mkdirSync(npmPacks);
  for (const name of ['data', 'charts', 'cli']) {
    execFileSync('npm', ['pack', '--ignore-scripts', '--silent', '--pack-destination', npmPacks], {
      cwd: join(ROOT, 'packages', name),
      env,
      stdio: 'pipe',
    });
  }
  const npmFile = (name: string) => join(npmPacks, `yhdyspinta-${name}-0.1.0.tgz`);
  npmTarballs = { charts: npmFile('charts'), data: npmFile('data'), cli: npmFile('cli') };
  // A fresh folder whose only dependency is the CLI tarball: it must install alone.
  cliFolder = join(folder, 'cli');
  mkdirSync(cliFolder);
  writeFileSync(
    join(cliFolder, 'package.json'),
    JSON.stringify({
      private: true,
      packageManager: packageManagerOf(ROOT),
      dependencies: { '@yhdyspinta/cli': `file:${tarballs.cli}` },
    }),
  );
  pnpm(['install', '--prefer-offline', '--reporter=silent'], cliFolder);

  app = join(folder, 'app');
  writeViteApp(app, tarballs, {
    packageManager: packageManagerOf(ROOT),
    react: version('react'),
    reactDom: version('react-dom'),
    vite: version('vite'),
    pluginReact: version('@vitejs/plugin-react'),
    typescript: version('typescript'),
    typesReact: version('@types/react'),
    typesReactDom: version('@types/react-dom'),
  });
  pnpm(['install', '--prefer-offline', '--reporter=silent'], app);
}, 180_000);

afterAll(() => {
  if (folder) rmSync(folder, { recursive: true, force: true });
});

describe('the packed tarballs', () => {
  it('hold dist only, with the entries of their exports', () => {
    const listing = (tarball: string) =>
      execFileSync('tar', ['-tzf', tarball], { encoding: 'utf8' }).split('\n').filter(Boolean);
    const charts = listing(tarballs.charts);
    for (const file of [
      'package/dist/index.js',
      'package/dist/index.d.ts',
      'package/dist/static/index.js',
      'package/dist/static/index.d.ts',
      'package/dist/elements/index.js',
      'package/dist/elements/index.d.ts',
      'package/dist/elements/register.js',
      'package/dist/yhdyspinta-elements.js',
      'package/dist/yhdyspinta-elements.iife.js',
      'package/dist/yhdyspinta-elements-core.js',
      'package/dist/yhdyspinta-elements-core.iife.js',
      'package/dist/yhdyspinta-elements-source.js',
      'package/dist/yhdyspinta-elements-sv.js',
      'package/dist/yhdyspinta-elements-locale-sv.js',
      'package/dist/yhdyspinta-elements-locale-en.js',
      'package/package.json',
    ]) {
      expect(charts).toContain(file);
    }
    expect(listing(tarballs.data)).toEqual(
      expect.arrayContaining(['package/dist/index.js', 'package/dist/index.d.ts']),
    );
    for (const file of [...charts, ...listing(tarballs.data)]) expect(file).not.toMatch(/\/src\//);
  });

  it.each(['data', 'charts', 'cli'] as const)(
    '%s: npm pack and pnpm pack give the same package (files, manifest; no workspace: ranges)',
    (name) => {
      const listing = (tarball: string) =>
        execFileSync('tar', ['-tzf', tarball], { encoding: 'utf8' })
          .split('\n')
          .filter(Boolean)
          .sort();
      const manifest = (tarball: string) => {
        const text = execFileSync('tar', ['-xOzf', tarball, 'package/package.json'], {
          encoding: 'utf8',
        });
        expect(text).not.toContain('workspace:');
        // pnpm drops the pack lifecycle scripts from the packed manifest; npm keeps them.
        const packed = JSON.parse(text) as Record<string, unknown>;
        delete packed.scripts;
        return packed;
      };
      expect(listing(npmTarballs[name])).toEqual(listing(tarballs[name]));
      expect(manifest(npmTarballs[name])).toEqual(manifest(tarballs[name]));
    },
  );

  it.each(['data', 'charts'] as const)(
    '%s passes publint --strict and attw (node16 ESM and bundler) as packed',
    (name) => {
      const bin = (tool: string) => join(ROOT, 'node_modules/.bin', tool);
      const run = (tool: string, args: readonly string[]) => {
        try {
          execFileSync(bin(tool), args, { encoding: 'utf8', stdio: 'pipe' });
        } catch (error) {
          const { stdout, stderr } = error as { stdout?: string; stderr?: string };
          throw new Error(`${tool} failed on ${name}:\n${stdout ?? ''}${stderr ?? ''}`);
        }
      };
      run('publint', ['run', tarballs[name], '--strict']);
      // ./fonts.css is a stylesheet (no types to resolve), the one export attw need not check.
      const exclude = name === 'charts' ? ['--exclude-entrypoints', './fonts.css'] : [];
      run('attw', [tarballs[name], '--profile', 'esm-only', '--format', 'table', ...exclude]);
    },
    60_000,
  );

  it('never packs the private bench (its prepack refuses, saying why)', () => {
    expect(() => pnpm(['pack', '--pack-destination', folder], join(ROOT, 'bench'))).toThrow(
      /@yhdyspinta\/bench is private: it is never packed or published/,
    );
    expect(readdirSync(folder).some((file) => file.startsWith('yhdyspinta-bench'))).toBe(false);
  });

  it('install in a fresh Vite + React app that type-checks and builds', () => {
    const installed = JSON.parse(
      readFileSync(join(app, 'node_modules/@yhdyspinta/charts/package.json'), 'utf8'),
    ) as { exports: Record<string, { default: string }>; dependencies: Record<string, string> };
    expect(installed.exports['.']?.default).toBe('./dist/index.js');
    // The React entries are client modules (Next.js server components import them); ./static is not.
    const entry = (file: string) =>
      readFileSync(join(app, 'node_modules/@yhdyspinta/charts/dist', file), 'utf8');
    for (const file of ['index.js', 'core.js', 'elements/index.js', 'elements/register.js']) {
      expect(entry(file).startsWith("'use client';\n")).toBe(true);
    }
    expect(entry('static/index.js')).not.toContain('use client');
    expect(installed.dependencies['@yhdyspinta/data']).toBe('0.1.0');

    pnpm(['run', 'build'], app);
    const assets = readdirSync(join(app, 'dist/assets'));
    const js = assets.filter((name) => name.endsWith('.js'));
    expect(js.length).toBeGreaterThan(0);
    const code = js.map((name) => readFileSync(join(app, 'dist/assets', name), 'utf8')).join('\n');
    // The Swedish survey texts (data) and the charts' own texts made it into the app.
    expect(code).toContain('yhdyspinta-goal-bars');
    expect(code).toContain('Strategisten yhteistyötavoitteiden toteutuminen');
    expect(code).toContain('Räddningsväsendets servicenivåbeslut');
  }, 60_000);

  it('ship .d.ts files whose relative imports are fully specified (node16 resolves nothing else)', () => {
    const relativeSpecifiers = (dir: string) =>
      readdirSync(dir, { recursive: true, encoding: 'utf8' })
        .filter((file) => file.endsWith('.d.ts'))
        .flatMap((file) =>
          [
            ...readFileSync(join(dir, file), 'utf8').matchAll(
              /(?:\bfrom|\bimport\()\s*['"](\.[^'"]*)['"]/g,
            ),
          ].map((match) => `${file}: ${match[1]}`),
        );
    for (const name of ['charts', 'data']) {
      const specifiers = relativeSpecifiers(join(app, 'node_modules/@yhdyspinta', name, 'dist'));
      expect(specifiers.length).toBeGreaterThan(0);
      expect(specifiers.filter((line) => !line.endsWith('.js'))).toEqual([]);
    }
  });

  it.each(Object.keys(CONSUMER_TSCONFIGS))(
    'type-check a consumer of every entry with %s (skipLibCheck off, wrong props are errors)',
    (tsconfig) => {
      try {
        execFileSync(join(app, 'node_modules/.bin/tsc'), ['-p', tsconfig], {
          cwd: app,
          encoding: 'utf8',
          stdio: 'pipe',
        });
      } catch (error) {
        const { stdout, stderr } = error as { stdout?: string; stderr?: string };
        throw new Error(`tsc -p ${tsconfig} failed:\n${stdout ?? ''}${stderr ?? ''}`);
      }
    },
    30_000,
  );

  it('import in plain Node: data, the charts and the static renderer', () => {
    expect(
      node(
        `import { survey2024, formatScore } from '@yhdyspinta/data';
         console.log(survey2024.goals.length, formatScore(2.7, 'fi'));`,
        app,
      ),
    ).toBe('11 2,7');
    const svg = node(
      `import { renderToSvg } from '@yhdyspinta/charts/static';
       const result = renderToSvg({ chart: 'goal-bars' }, { locale: 'sv', width: 640 });
       console.log(typeof result === 'string' ? result : result.svg);`,
      app,
    );
    expect(svg).toMatch(/^<\?xml/);
    expect(svg).toContain('role="figure"');
  }, 30_000);

  it('the CLI installs alone from its tarball and draws in a fresh folder (a locale tag too)', () => {
    const installed = JSON.parse(
      readFileSync(join(cliFolder, 'node_modules/@yhdyspinta/cli/package.json'), 'utf8'),
    ) as { dependencies: Record<string, string> };
    expect(Object.keys(installed.dependencies)).not.toContain('@yhdyspinta/charts');
    const bin = join(cliFolder, 'node_modules/.bin/yhdyspinta');
    const out = execFileSync(bin, ['render', 'coverage', '-l', 'sv-FI', '-o', 'coverage.svg'], {
      cwd: cliFolder,
      encoding: 'utf8',
    });
    // Said in the command's language (sv-FI → Swedish).
    expect(out).toMatch(/^Skrev coverage\.svg \(1920×1080 px, [0-9\u00a0]+ byte/);
    const svg = readFileSync(join(cliFolder, 'coverage.svg'), 'utf8');
    expect(svg).toContain('<title>Kommuner som besvarade kommunenkäten</title>');
  }, 30_000);
});
