/** The invented coastal area of tests/fixtures/areas, as the CLI tests that split its charts read it. */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ROOT } from './pptxSupport';

/** A file of tests/fixtures/areas. */
export const areaFile = (file: string): string => join(ROOT, 'tests/fixtures/areas', file);

interface AreaFile {
  readonly municipalities: readonly { readonly name: { readonly fi: string } }[];
}

/** The Finnish names of its municipalities that answered (the export has none from two of the 25). */
export async function answeredAreaNames(): Promise<string[]> {
  const area = JSON.parse(await readFile(areaFile('rannikko.area.json'), 'utf8')) as AreaFile;
  return area.municipalities
    .map((m) => m.name.fi)
    .filter((name) => !['Merikoski', 'Jokivarsi'].includes(name));
}
