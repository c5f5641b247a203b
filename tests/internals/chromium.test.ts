/**
 * The browser finder's order (scripts/chromium.mjs) with fake probes, so no real browser is needed:
 * CHROMIUM_PATH wins and must exist; then a system Chromium (fixed paths, then PATH); then the one
 * inside @sparticuz/chromium; none → one error line. YHDYSPINTA_BROWSER restricts the sources.
 */
import { describe, expect, it, vi } from 'vitest';
import type { ChromiumProbes } from '../../scripts/chromium.mjs';
import {
  CHROMIUM_ARGS,
  ChromiumError,
  findChromium,
  NO_CHROMIUM,
  SYSTEM_PATHS,
} from '../../scripts/chromium.mjs';

const BUNDLED = {
  executablePath: '/repo/node_modules/.cache/yhdyspinta-chromium/153.0.0/chromium',
  env: { LD_LIBRARY_PATH: '/bundled/lib', FONTCONFIG_PATH: '/bundled' },
};

function probes(options: {
  env?: Record<string, string>;
  files?: string[];
  onPath?: Record<string, string>;
  bundled?: boolean;
}) {
  const files = new Set(options.files ?? []);
  return {
    env: options.env ?? {},
    exists: vi.fn((path: string) => files.has(path)),
    which: vi.fn((name: string) => options.onPath?.[name] ?? null),
    bundled: vi.fn(() => (options.bundled ? BUNDLED : null)),
  } satisfies ChromiumProbes;
}

function errorOf(run: () => unknown): Error {
  try {
    run();
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected an error');
}

describe('findChromium', () => {
  it('takes CHROMIUM_PATH first, before any system or bundled browser', () => {
    const p = probes({
      env: { CHROMIUM_PATH: '/opt/chrome/chrome' },
      files: ['/opt/chrome/chrome', '/usr/bin/chromium'],
      bundled: true,
    });
    expect(findChromium(p)).toEqual({
      executablePath: '/opt/chrome/chrome',
      args: [...CHROMIUM_ARGS],
      env: undefined,
      source: 'env',
    });
    expect(p.bundled).not.toHaveBeenCalled();
  });

  it('reports a CHROMIUM_PATH that does not exist in one line, without falling back', () => {
    const p = probes({ env: { CHROMIUM_PATH: '/nowhere/chromium' }, files: ['/usr/bin/chromium'] });
    const error = errorOf(() => findChromium(p));
    expect(error).toBeInstanceOf(ChromiumError);
    expect(error.message).toContain('CHROMIUM_PATH is /nowhere/chromium');
    expect(error.stack).toBe(error.message);
    expect(error.message).not.toContain('\n');
  });

  it('takes a system Chromium next, the fixed paths in order', () => {
    const p = probes({
      files: ['/usr/bin/google-chrome', '/usr/bin/chromium-browser'],
      bundled: true,
    });
    expect(findChromium(p)).toMatchObject({
      executablePath: '/usr/bin/chromium-browser',
      source: 'system',
    });
    expect(SYSTEM_PATHS.slice(0, 2)).toEqual(['/usr/bin/chromium', '/usr/bin/chromium-browser']);
    expect(p.bundled).not.toHaveBeenCalled();
  });

  it('looks the names up on PATH when no fixed path exists', () => {
    const p = probes({ onPath: { 'google-chrome-stable': '/home/me/bin/google-chrome-stable' } });
    expect(findChromium(p)).toMatchObject({
      executablePath: '/home/me/bin/google-chrome-stable',
      source: 'system',
    });
    expect(p.which.mock.calls.map(([name]) => name)).toEqual([
      'chromium',
      'chromium-browser',
      'google-chrome',
      'google-chrome-stable',
    ]);
  });

  it('takes the Chromium inside @sparticuz/chromium last, with its library and font paths', () => {
    expect(findChromium(probes({ bundled: true }))).toEqual({
      executablePath: BUNDLED.executablePath,
      args: [...CHROMIUM_ARGS],
      env: BUNDLED.env,
      source: 'bundled',
    });
  });

  it('fails with the one clear line when nothing is found', () => {
    const error = errorOf(() => findChromium(probes({})));
    expect(error.message).toBe(NO_CHROMIUM);
    expect(error.stack).toBe(NO_CHROMIUM);
    expect(NO_CHROMIUM).toMatch(/^No Chromium found: set CHROMIUM_PATH, .*@sparticuz\/chromium$/);
  });

  it('YHDYSPINTA_BROWSER=bundled skips CHROMIUM_PATH and the system browser', () => {
    const p = probes({
      env: { YHDYSPINTA_BROWSER: 'bundled', CHROMIUM_PATH: '/usr/bin/chromium' },
      files: ['/usr/bin/chromium'],
      bundled: true,
    });
    expect(findChromium(p).source).toBe('bundled');
    expect(p.exists).not.toHaveBeenCalled();
    const none = errorOf(() =>
      findChromium(
        probes({ env: { YHDYSPINTA_BROWSER: 'bundled' }, files: ['/usr/bin/chromium'] }),
      ),
    );
    expect(none.message).toBe(
      `${NO_CHROMIUM} (YHDYSPINTA_BROWSER=bundled allows only that source)`,
    );
  });

  it('YHDYSPINTA_BROWSER=system never unpacks the bundled one; other values are refused', () => {
    const p = probes({ env: { YHDYSPINTA_BROWSER: 'system' }, bundled: true });
    expect(() => findChromium(p)).toThrow(NO_CHROMIUM);
    expect(p.bundled).not.toHaveBeenCalled();
    expect(() => findChromium(probes({ env: { YHDYSPINTA_BROWSER: 'firefox' } }))).toThrow(
      'YHDYSPINTA_BROWSER is "firefox"',
    );
  });
});
