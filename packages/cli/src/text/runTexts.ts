/**
 * What a run of the CLI says in fi, sv and en: the lines on stdout (what was written, the deck's summary,
 * `list`), the error and warning lines on stderr, and the output file's errors.
 */
import { byLocale } from '@yhdyspinta/data';

export interface RunTexts {
  /** "yhdyspinta: virhe: …": the word before an error's message. */
  readonly error: string;
  readonly warning: string;
  /** A failure of the CLI itself (a bug), followed by its stack. */
  readonly internal: string;
  /** `render`'s result: the file, its size ("1920×1080 px"), its bytes and the time taken. */
  readonly wrote: (file: string, size: string, bytes: string, ms: string) => string;
  /** The encoding a data file was read in, said when it is not UTF-8. */
  readonly readAs: (file: string, encoding: string) => string;
  /** `list`'s and the help's headings. */
  readonly charts: string;
  readonly presets: string;
  readonly outDirMissing: (dir: string) => string;
  readonly outIsDirectory: (path: string) => string;
  readonly cannotWrite: (path: string, reason: string) => string;
  readonly cannotMakeDir: (dir: string) => string;
  /** A deck's file written: its path and what it holds (slides, pages, a chart's id). */
  readonly wroteFile: (path: string, what: string) => string;
  /** A deck's chart drawn from its own data (chartData) with no source line to print under it. */
  readonly needsSource: (chart: string) => string;
  /** A chart too large for one slide, split into `parts` (drawn as pictures instead of a native chart). */
  readonly splitInto: (chart: string, where: string, parts: number, pictures: boolean) => string;
  /** A deck's file: what it holds. */
  readonly slides: (n: number) => string;
  readonly pages: (n: number) => string;
  /** A deck's chart that was not drawn (`where`: "fi, slide-16x9" or ""). */
  readonly notDrawn: (chart: string, where: string, message: string) => string;
  readonly deckTotal: (files: number, failed: number, seconds: string) => string;
  /** Slides and pages: the preset given is not a page. */
  readonly notAPage: (choices: string, got: string) => string;
}

export const RUN_TEXTS = /* @__PURE__ */ byLocale<RunTexts>({
  error: { fi: 'virhe', sv: 'fel', en: 'error' },
  warning: { fi: 'varoitus', sv: 'varning', en: 'warning' },
  internal: {
    fi: 'sisäinen virhe (ilmoitathan siitä)',
    sv: 'internt fel (rapportera det gärna)',
    en: 'internal error (please report it)',
  },
  wrote: {
    fi: (file, size, bytes, ms) =>
      `Kirjoitettu ${file} (${size}, ${bytes} tavua, piirretty ${ms} ms)`,
    sv: (file, size, bytes, ms) => `Skrev ${file} (${size}, ${bytes} byte, ritad på ${ms} ms)`,
    en: (file, size, bytes, ms) => `Wrote ${file} (${size}, ${bytes} bytes, rendered in ${ms} ms)`,
  },
  readAs: {
    fi: (file, encoding) => `${file} luettiin ${encoding}-tekstinä.`,
    sv: (file, encoding) => `${file} lästes som ${encoding}-text.`,
    en: (file, encoding) => `read ${file} as ${encoding} text.`,
  },
  charts: { fi: 'Kaaviot', sv: 'Diagram', en: 'Charts' },
  presets: { fi: 'Esiasetukset', sv: 'Förinställningar', en: 'Presets' },
  outDirMissing: {
    fi: (dir) => `Tuloskansiota "${dir}" ei ole.`,
    sv: (dir) => `Utdatamappen "${dir}" finns inte.`,
    en: (dir) => `The output directory "${dir}" does not exist.`,
  },
  outIsDirectory: {
    fi: (path) => `Tulostiedosto "${path}" on kansio.`,
    sv: (path) => `Utdatasökvägen "${path}" är en mapp.`,
    en: (path) => `The output path "${path}" is a directory.`,
  },
  cannotWrite: {
    fi: (path, reason) => `Tiedostoa "${path}" ei voitu kirjoittaa: ${reason}`,
    sv: (path, reason) => `Det gick inte att skriva "${path}": ${reason}`,
    en: (path, reason) => `Could not write "${path}": ${reason}`,
  },
  cannotMakeDir: {
    fi: (dir) => `Tuloskansiota "${dir}" ei voitu luoda.`,
    sv: (dir) => `Det gick inte att skapa utdatamappen "${dir}".`,
    en: (dir) => `Could not create the output directory "${dir}".`,
  },
  wroteFile: {
    fi: (path, what) => `Kirjoitettu ${path} (${what})`,
    sv: (path, what) => `Skrev ${path} (${what})`,
    en: (path, what) => `Wrote ${path} (${what})`,
  },
  needsSource: {
    fi: (chart) => `"${chart}": omasta datastaan piirretty kaavio tarvitsee lähderivin (source).`,
    sv: (chart) => `"${chart}": ett diagram ritat från egna data behöver en källrad (source).`,
    en: (chart) => `"${chart}": a chart drawn from its own data needs a source line.`,
  },
  splitInto: {
    fi: (chart, where, parts, pictures) =>
      `"${chart}" (${where}) ei mahtunut yhdelle dialle, joten se jaettiin ${parts} osaan${pictures ? ' ja piirrettiin kuvina' : ''}.`,
    sv: (chart, where, parts, pictures) =>
      `"${chart}" (${where}) rymdes inte på en bild och delades i ${parts} delar${pictures ? ' som ritades som bilder' : ''}.`,
    en: (chart, where, parts, pictures) =>
      `"${chart}" (${where}) did not fit one slide and was split into ${parts} parts${pictures ? ', drawn as pictures' : ''}.`,
  },
  slides: {
    fi: (n) => (n === 1 ? '1 dia' : `${n} diaa`),
    sv: (n) => (n === 1 ? '1 bild' : `${n} bilder`),
    en: (n) => (n === 1 ? '1 slide' : `${n} slides`),
  },
  pages: {
    fi: (n) => (n === 1 ? '1 sivu' : `${n} sivua`),
    sv: (n) => (n === 1 ? '1 sida' : `${n} sidor`),
    en: (n) => (n === 1 ? '1 page' : `${n} pages`),
  },
  notDrawn: {
    fi: (chart, where, message) => `Ei piirretty: ${chart}${where && ` (${where})`}: ${message}`,
    sv: (chart, where, message) => `Inte ritat: ${chart}${where && ` (${where})`}: ${message}`,
    en: (chart, where, message) => `Not drawn: ${chart}${where && ` (${where})`}: ${message}`,
  },
  deckTotal: {
    fi: (files, failed, seconds) =>
      `Tiedostoja kirjoitettu ${files}, kaavioita piirtämättä ${failed}; aikaa ${seconds} s.`,
    sv: (files, failed, seconds) =>
      `Filer skrivna: ${files}, diagram som inte ritades: ${failed}; tid ${seconds} s.`,
    en: (files, failed, seconds) =>
      `${files} file(s) written, ${failed} chart(s) not drawn, in ${seconds} s.`,
  },
  notAPage: {
    fi: (choices, got) =>
      `PowerPoint ja PDF tarvitsevat sivun esiasetuksen (${choices}), ei "${got}".`,
    sv: (choices, got) =>
      `PowerPoint och PDF behöver en sidförinställning (${choices}), inte "${got}".`,
    en: (choices, got) =>
      `PowerPoint and PDF output need a page preset (${choices}), got "${got}".`,
  },
});
