/** Download buttons for one chart: each makes its file in the browser, then offers it. */
import { useState } from 'react';
import type { ChartSpec } from '@yhdyspinta/charts/static';
import type { Locale } from '@yhdyspinta/data';
import { pngFile, saveFile, svgFile } from './downloads';
import type { MadeFile } from './downloads';
import { pptxFile } from './pptx';
import type { TryTexts } from './texts';

export interface ChartDownloadsProps {
  readonly spec: ChartSpec;
  readonly name: string;
  readonly locale: Locale;
  readonly texts: TryTexts;
  /** Called with every file made (tests read it); the file is also offered as a download. */
  readonly onFile?: (file: MadeFile) => void;
}

const MAKERS: Readonly<Record<string, (spec: ChartSpec, locale: Locale) => Promise<MadeFile>>> = {
  SVG: async (spec, locale) => svgFile(spec, locale),
  PNG: pngFile,
  PPTX: pptxFile,
};

export function ChartDownloads({ spec, name, locale, texts, onFile }: ChartDownloadsProps) {
  const [problem, setProblem] = useState<string | null>(null);
  const make = async (format: string) => {
    setProblem(null);
    try {
      const file = await MAKERS[format]!(spec, locale);
      onFile?.(file);
      saveFile(file);
    } catch (error) {
      setProblem(texts.failed(error instanceof Error ? error.message : String(error)));
    }
  };
  return (
    <div style={{ display: 'flex', gap: 8, flexWrap: 'wrap', margin: '8px 0 24px' }}>
      {Object.keys(MAKERS).map((format) => (
        <button key={format} type="button" onClick={() => void make(format)}>
          {texts.download(format, name)}
        </button>
      ))}
      {problem && <p role="alert">{problem}</p>}
    </div>
  );
}
