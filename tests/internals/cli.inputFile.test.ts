// The CLI's check of the files it reads (packages/cli/src/inputFile.ts): the problem in the command's
// language, the path as a terminal can show it, nothing read.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkInputFile } from '../../packages/cli/src/inputFile';

const dir = mkdtempSync(join(tmpdir(), 'yhdyspinta-input-'));
const file = join(dir, 'vastaukset.csv');
writeFileSync(file, 'kunta;kohta;arvio\n');
const data = { maxBytes: 1024, extensions: ['.csv', '.json'] };

describe('checkInputFile', () => {
  it('passes a file of a read type within the size', async () => {
    await expect(checkInputFile(file, 'data', 'fi', data)).resolves.toBeUndefined();
  });

  it('names a missing file or a folder by its kind, in each language', async () => {
    const missing = join(dir, 'puuttuu.csv');
    await expect(checkInputFile(missing, 'data', 'fi', data)).rejects.toThrow(
      `Datatiedosto "${missing}" ei ole olemassa tai se ei ole tiedosto.`,
    );
    await expect(checkInputFile(missing, 'area', 'sv', { maxBytes: 1 })).rejects.toThrow(
      `Områdesdefinitionen "${missing}" finns inte eller är inte en fil.`,
    );
    await expect(checkInputFile(dir, 'survey', 'en', { maxBytes: 1 })).rejects.toThrow(
      `The survey definition "${dir}" does not exist or is not a file.`,
    );
  });

  it('refuses a file larger than the limit (18 bytes here), by its kind', async () => {
    await expect(
      checkInputFile(file, 'chartData', 'fi', { maxBytes: 18 }),
    ).resolves.toBeUndefined();
    await expect(checkInputFile(file, 'chartData', 'en', { maxBytes: 17 })).rejects.toThrow(
      /^The chart data file ".*vastaukset\.csv" is larger than [\d.e-]+ MB\.$/,
    );
  });

  it('refuses another type before looking for the file, its path and extension made visible', async () => {
    const odd = join(dir, 'tulokset\u001b[2J.ods');
    const error = checkInputFile(odd, 'data', 'sv', data);
    await expect(error).rejects.toThrow(
      'ska vara CSV (.csv, .tsv, .txt), JSON (.json) eller Excel (.xlsx), inte ".ods".',
    );
    await expect(error).rejects.toThrow('tulokset\\u001b[2J.ods');
    await expect(checkInputFile(join(dir, 'x'), 'data', 'fi', data)).rejects.toThrow(', ei "—".');
  });
});
