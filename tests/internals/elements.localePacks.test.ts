/**
 * The browser bundles' Swedish and English texts (packages/charts/src/elements/localePacks.ts): a
 * rewritten table has Finnish inline and reads the others from their pack, which loads by URL beside the
 * bundle; before it loads the locale is not ready and reading it throws; a pack of another build (its
 * VERSION) is refused. (The rewriting itself is build-elements.mjs's; the element tests in Chromium
 * draw Swedish and English through it.) The module's state is global: the steps run in order.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import {
  lazyByLocale,
  loadLocale,
  localeReady,
  localized,
  setLocalePackBase,
  setLocalePackVersion,
} from '../../packages/charts/src/elements/localePacks';

const folder = mkdtempSync(join(tmpdir(), 'yhdyspinta-locale-packs-'));
const pack = (version: string, values: readonly (readonly [number, string])[]) =>
  `export const VERSION = ${JSON.stringify(version)};\n` +
  `export const VALUES = new Map(${JSON.stringify(values)});\n`;

afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('locale packs', () => {
  it('has every locale ready while no table is rewritten (React, static, the sources)', () => {
    expect([localeReady('fi'), localeReady('sv'), localeReady('en')]).toEqual([true, true, true]);
  });

  // Made in the second step: the first one runs before any table is rewritten.
  let title: Record<'fi' | 'sv' | 'en', string> = { fi: '', sv: '', en: '' };
  let table: Record<'fi' | 'sv' | 'en', { title: string; unit: string }> | null = null;

  it('keeps Finnish inline and waits for the others', () => {
    title = localized(7, 'Otsikko');
    table = lazyByLocale<{ title: string; unit: string }>({
      title,
      unit: { fi: 'kpl', sv: 'st.', en: 'pcs' },
    });
    expect(title.fi).toBe('Otsikko');
    expect(table?.fi).toEqual({ title: 'Otsikko', unit: 'kpl' });
    expect(localeReady('fi')).toBe(true);
    expect(localeReady('sv')).toBe(false);
    expect(() => title.sv).toThrow(/the sv texts are not loaded \(table 7\)/);
  });

  it('refuses a pack of another build', async () => {
    writeFileSync(join(folder, 'yhdyspinta-elements-locale-en.js'), pack('old', [[7, 'Title']]));
    setLocalePackBase(pathToFileURL(join(folder, 'bundle.js')).href);
    setLocalePackVersion('new');
    await expect(loadLocale('en')).rejects.toThrow(/is from another build \(old, not new\)/);
    expect(localeReady('en')).toBe(false);
  });

  it('reads a loaded pack: the table and the tables made of it', async () => {
    writeFileSync(join(folder, 'yhdyspinta-elements-locale-sv.js'), pack('new', [[7, 'Rubrik']]));
    await loadLocale('sv');
    expect(localeReady('sv')).toBe(true);
    expect(title.sv).toBe('Rubrik');
    expect(table?.sv).toEqual({ title: 'Rubrik', unit: 'st.' });
    expect(localeReady('en')).toBe(false);
  });
});
