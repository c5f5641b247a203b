/**
 * The command line's own errors in fi, sv and en: what `yhdyspinta` says when the command, its options or
 * their values are wrong (exit 2). Option names, chart and preset ids stay as typed; lists of choices are
 * joined with the language's "or" (formatList of @yhdyspinta/charts).
 */
import { byLocale } from '@yhdyspinta/data';

export interface UsageTexts {
  /** node:util parseArgs' errors, by kind: `option` is the option as parseArgs quotes it. */
  readonly unknownOption: (option: string) => string;
  readonly missingValue: (option: string) => string;
  readonly takesNoValue: (option: string) => string;
  readonly wholeNumber: (option: string, min: number, max: number, got: string) => string;
  readonly unknownValue: (option: string, got: string, choices: string) => string;
  readonly unknownLocale: (got: string, choices: string) => string;
  readonly noCommand: string;
  readonly unknownCommand: (got: string, choices: string) => string;
  readonly unexpected: (argument: string) => string;
  readonly validateFile: string;
  readonly deckFile: string;
  readonly noChart: (choices: string) => string;
  readonly unknownChart: (got: string, choices: string) => string;
  readonly unknownPreset: (got: string, choices: string) => string;
  readonly noOut: string;
  readonly outExtension: (out: string, choices: string) => string;
  readonly scaleIsPng: string;
  readonly pagePreset: (choices: string) => string;
  readonly sizeIsPicture: string;
  readonly definitionsNeedData: string;
  readonly dataOrChartData: string;
  readonly definitionsNotChartData: string;
  /** Printed under every usage error. */
  readonly seeHelp: string;
}

export const USAGE_TEXTS = /* @__PURE__ */ byLocale<UsageTexts>({
  unknownOption: {
    fi: (option) => `Tuntematon valitsin ${option}.`,
    sv: (option) => `Okänd flagga ${option}.`,
    en: (option) => `Unknown option ${option}.`,
  },
  missingValue: {
    fi: (option) => `Valitsin ${option} tarvitsee arvon.`,
    sv: (option) => `Flaggan ${option} behöver ett värde.`,
    en: (option) => `The option ${option} needs a value.`,
  },
  takesNoValue: {
    fi: (option) => `Valitsimelle ${option} ei anneta arvoa.`,
    sv: (option) => `Flaggan ${option} tar inget värde.`,
    en: (option) => `The option ${option} takes no value.`,
  },
  wholeNumber: {
    fi: (option, min, max, got) => `--${option} on kokonaisluku ${min}–${max}, ei "${got}".`,
    sv: (option, min, max, got) => `--${option} ska vara ett heltal ${min}–${max}, inte "${got}".`,
    en: (option, min, max, got) =>
      `--${option} must be a whole number from ${min} to ${max}, got "${got}".`,
  },
  unknownValue: {
    fi: (option, got, choices) => `Tuntematon --${option} "${got}". Valitse ${choices}.`,
    sv: (option, got, choices) => `Okänt värde "${got}" för --${option}. Välj ${choices}.`,
    en: (option, got, choices) => `Unknown ${option} "${got}". Use one of: ${choices}.`,
  },
  unknownLocale: {
    fi: (got, choices) => `Tuntematon kieli "${got}". Valitse ${choices} (tai esim. sv-FI).`,
    sv: (got, choices) => `Okänt språk "${got}". Välj ${choices} (eller t.ex. sv-FI).`,
    en: (got, choices) =>
      `Unknown locale "${got}". Use one of: ${choices} (or a tag such as sv-FI).`,
  },
  noCommand: { fi: 'Komento puuttuu.', sv: 'Inget kommando angavs.', en: 'No command given.' },
  unknownCommand: {
    fi: (got, choices) => `Tuntematon komento "${got}". Komennot: ${choices}.`,
    sv: (got, choices) => `Okänt kommando "${got}". Kommandon: ${choices}.`,
    en: (got, choices) => `Unknown command "${got}". Commands: ${choices}.`,
  },
  unexpected: {
    fi: (argument) => `Ylimääräinen argumentti "${argument}".`,
    sv: (argument) => `Oväntat argument "${argument}".`,
    en: (argument) => `Unexpected argument "${argument}".`,
  },
  validateFile: {
    fi: 'Anna tarkistettava datatiedosto, esim. validate vastaukset.csv.',
    sv: 'Ange datafilen som ska kontrolleras, t.ex. validate svar.csv.',
    en: 'Name the data file to validate, e.g. validate responses.csv.',
  },
  deckFile: {
    fi: 'Anna koostetiedosto, esim. deck deck.json.',
    sv: 'Ange sammanställningsfilen, t.ex. deck deck.json.',
    en: 'Name the deck file, e.g. deck deck.json.',
  },
  noChart: {
    fi: (choices) => `Anna piirrettävä kaavio: ${choices}.`,
    sv: (choices) => `Ange diagrammet som ska ritas: ${choices}.`,
    en: (choices) => `Name the chart to render: ${choices}.`,
  },
  unknownChart: {
    fi: (got, choices) => `Tuntematon kaavio "${got}". Kaaviot: ${choices}.`,
    sv: (got, choices) => `Okänt diagram "${got}". Diagram: ${choices}.`,
    en: (got, choices) => `Unknown chart "${got}". Charts: ${choices}.`,
  },
  unknownPreset: {
    fi: (got, choices) => `Tuntematon esiasetus "${got}". Esiasetukset: ${choices}.`,
    sv: (got, choices) => `Okänd förinställning "${got}". Förinställningar: ${choices}.`,
    en: (got, choices) => `Unknown preset "${got}". Presets: ${choices}.`,
  },
  noOut: {
    fi: 'Anna tulostiedosto valitsimella --out, esim. --out tavoitteet.png.',
    sv: 'Ange utdatafilen med --out, t.ex. --out mal.png.',
    en: 'Give the output file with --out, e.g. --out goals.png.',
  },
  outExtension: {
    fi: (out, choices) => `Tulostiedoston "${out}" pääte on oltava ${choices}.`,
    sv: (out, choices) => `Utdatafilen "${out}" ska sluta på ${choices}.`,
    en: (out, choices) => `The output file "${out}" must end in ${choices}.`,
  },
  scaleIsPng: {
    fi: '--scale koskee vain PNG-tiedostoja.',
    sv: '--scale gäller bara PNG-filer.',
    en: '--scale applies to PNG output only.',
  },
  pagePreset: {
    fi: (choices) => `PowerPoint ja PDF tarvitsevat sivun esiasetuksen: ${choices}.`,
    sv: (choices) => `PowerPoint och PDF behöver en sidförinställning: ${choices}.`,
    en: (choices) => `PowerPoint and PDF need a page preset: ${choices}.`,
  },
  sizeIsPicture: {
    fi: '--width ja --height koskevat SVG- ja PNG-tiedostoja; dioilla ja sivuilla on esiasetuksen koko.',
    sv: '--width och --height gäller SVG och PNG; bilder och sidor har förinställningens storlek.',
    en: '--width and --height apply to SVG and PNG output; slides and pages use the preset.',
  },
  definitionsNeedData: {
    fi: '--area ja --survey lukevat --data-tiedoston: anna vastausaineisto valitsimella --data.',
    sv: '--area och --survey läser en --data-fil: ange exporten med --data.',
    en: '--area and --survey read a --data file: give the export with --data.',
  },
  dataOrChartData: {
    fi: 'Anna joko --data tai --chart-data, ei molempia.',
    sv: 'Ange antingen --data eller --chart-data, inte båda.',
    en: 'Give either --data or --chart-data, not both.',
  },
  definitionsNotChartData: {
    fi: '--area ja --survey lukevat --data-tiedoston; --chart-data piirretään sellaisenaan.',
    sv: '--area och --survey läser en --data-fil; --chart-data ritas som den är.',
    en: '--area and --survey read a --data file; --chart-data is drawn as it is.',
  },
  seeHelp: {
    fi: 'Ohjeet: "yhdyspinta --help" ja "yhdyspinta render --help".',
    sv: 'Hjälp: "yhdyspinta --help" och "yhdyspinta render --help".',
    en: 'Run "yhdyspinta --help" or "yhdyspinta render --help" for usage.',
  },
});
