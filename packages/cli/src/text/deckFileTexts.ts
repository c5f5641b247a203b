/**
 * The problems of a deck file (`yhdyspinta deck deck.json`) in fi, sv and en. `at` is the field's path as
 * the file spells it (`charts[2].locales[0]`); field names, chart and preset ids stay as the file has them.
 */
import { byLocale } from '@yhdyspinta/data';

export interface DeckFileTexts {
  readonly unknownField: (at: string, fields: string) => string;
  readonly unknownLocale: (at: string) => string;
  readonly emptyText: (at: string) => string;
  readonly textOrTexts: (at: string) => string;
  readonly emptyList: (at: string, example: string) => string;
  readonly twice: (at: string, item: string) => string;
  readonly notOneOf: (at: string, got: string, choices: string) => string;
  readonly chartOrObject: (at: string) => string;
  readonly notAChart: (at: string, got: string, charts: string) => string;
  readonly dataPath: (at: string) => string;
  readonly dataOrChartData: (at: string) => string;
  readonly needsSource: (at: string) => string;
  readonly noCharts: string;
  readonly trueOrFalse: (at: string) => string;
  readonly definitionPath: (at: string) => string;
  readonly fileName: string;
  readonly notAnObject: (file: string) => string;
  readonly problems: (file: string, count: number) => string;
  readonly cannotRead: (file: string) => string;
  readonly notJson: (file: string, reason: string) => string;
}

export const DECK_FILE_TEXTS = /* @__PURE__ */ byLocale<DeckFileTexts>({
  unknownField: {
    fi: (at, fields) => `${at}: tuntematon kenttä. Kentät: ${fields}.`,
    sv: (at, fields) => `${at}: okänt fält. Fält: ${fields}.`,
    en: (at, fields) => `${at}: unknown field. Fields: ${fields}.`,
  },
  unknownLocale: {
    fi: (at) => `${at}: tuntematon kieli. Käytä fi, sv tai en.`,
    sv: (at) => `${at}: okänt språk. Använd fi, sv eller en.`,
    en: (at) => `${at}: unknown locale. Use fi, sv or en.`,
  },
  emptyText: {
    fi: (at) => `${at}: tekstiä ei saa jättää tyhjäksi.`,
    sv: (at) => `${at}: texten får inte vara tom.`,
    en: (at) => `${at}: must be a non-empty text.`,
  },
  textOrTexts: {
    fi: (at) => `${at}: pitää olla teksti tai kielittäiset tekstit ({ "fi": "…" }).`,
    sv: (at) => `${at}: ska vara en text eller texter per språk ({ "fi": "…" }).`,
    en: (at) => `${at}: must be a non-empty text or an object of texts by locale ({ "fi": "…" }).`,
  },
  emptyList: {
    fi: (at, example) => `${at}: pitää olla luettelo, jossa on jotakin, esim. ${example}.`,
    sv: (at, example) => `${at}: ska vara en lista som inte är tom, t.ex. ${example}.`,
    en: (at, example) => `${at}: must be a non-empty list, e.g. ${example}.`,
  },
  twice: {
    fi: (at, item) => `${at}: "${item}" on luettelossa kahdesti.`,
    sv: (at, item) => `${at}: "${item}" finns två gånger i listan.`,
    en: (at, item) => `${at}: "${item}" is listed twice.`,
  },
  notOneOf: {
    fi: (at, got, choices) => `${at}: ${got} ei ole mikään näistä: ${choices}.`,
    sv: (at, got, choices) => `${at}: ${got} är inte något av ${choices}.`,
    en: (at, got, choices) => `${at}: ${got} is not one of ${choices}.`,
  },
  chartOrObject: {
    fi: (at) => `${at}: pitää olla kaavion nimi tai olio { "chart": "…" }.`,
    sv: (at) => `${at}: ska vara ett diagramnamn eller ett objekt { "chart": "…" }.`,
    en: (at) => `${at}: must be a chart name or an object { "chart": "…" }.`,
  },
  notAChart: {
    fi: (at, got, charts) => `${at}: ${got} ei ole kaavio. Kaaviot: ${charts}.`,
    sv: (at, got, charts) => `${at}: ${got} är inte ett diagram. Diagram: ${charts}.`,
    en: (at, got, charts) => `${at}: ${got} is not a chart. Charts: ${charts}.`,
  },
  dataPath: {
    fi: (at) =>
      `${at}: pitää olla datatiedoston (CSV tai JSON) polku koostetiedostosta katsottuna.`,
    sv: (at) =>
      `${at}: ska vara sökvägen till en datafil (CSV eller JSON), relativt sammanställningsfilen.`,
    en: (at) => `${at}: must be the path of a data file (CSV or JSON), relative to the deck file.`,
  },
  dataOrChartData: {
    fi: (at) =>
      `${at}: anna joko data (vastausaineisto) tai chartData (kaavion data), ei molempia.`,
    sv: (at) =>
      `${at}: ange antingen data (en enkätexport) eller chartData (diagrammets data), inte båda.`,
    en: (at) =>
      `${at}: give either data (a survey export) or chartData (the chart's data), not both.`,
  },
  needsSource: {
    fi: (at) =>
      `${at}: omasta chartData-datastaan piirretty kaavio tarvitsee lähderivin (tässä tai koko koosteelle).`,
    sv: (at) =>
      `${at}: ett diagram ritat från egna chartData behöver en källrad (här eller för hela sammanställningen).`,
    en: (at) =>
      `${at}: a chart drawn from its own chartData needs a source line (here or for the deck).`,
  },
  noCharts: {
    fi: 'charts: pitää olla luettelo kaavioista, jossa on jotakin, esim. ["goal-bars"].',
    sv: 'charts: ska vara en lista med diagram som inte är tom, t.ex. ["goal-bars"].',
    en: 'charts: must be a non-empty list of charts, e.g. ["goal-bars"].',
  },
  trueOrFalse: {
    fi: (at) => `${at}: pitää olla true tai false.`,
    sv: (at) => `${at}: ska vara true eller false.`,
    en: (at) => `${at}: must be true or false.`,
  },
  definitionPath: {
    fi: (at) => `${at}: pitää olla JSON-määrittelyn polku koostetiedostosta katsottuna.`,
    sv: (at) => `${at}: ska vara sökvägen till JSON-definitionen, relativt sammanställningsfilen.`,
    en: (at) =>
      `${at}: must be the path of the ${at}'s JSON definition, relative to the deck file.`,
  },
  fileName: {
    fi: 'name: pitää olla tiedostonimi ilman kansiota (kansio annetaan kentässä "out").',
    sv: 'name: ska vara ett filnamn utan mapp (använd "out" för mappen).',
    en: 'name: must be a file name without a directory (use "out" for the directory).',
  },
  notAnObject: {
    fi: (file) => `Koostetiedostossa "${file}" pitää olla yksi JSON-olio.`,
    sv: (file) => `Sammanställningsfilen "${file}" ska innehålla ett JSON-objekt.`,
    en: (file) => `The deck file "${file}" must hold one JSON object.`,
  },
  problems: {
    fi: (file, count) =>
      `Koostetiedostossa "${file}" on ${count} ongelma${count === 1 ? '' : 'a'}:`,
    sv: (file, count) => `Sammanställningsfilen "${file}" har ${count} problem:`,
    en: (file, count) => `The deck file "${file}" has ${count} problem(s):`,
  },
  cannotRead: {
    fi: (file) => `Koostetiedostoa "${file}" ei voi lukea.`,
    sv: (file) => `Sammanställningsfilen "${file}" kan inte läsas.`,
    en: (file) => `The deck file "${file}" cannot be read.`,
  },
  notJson: {
    fi: (file, reason) => `Koostetiedosto "${file}" ei ole kelvollista JSONia: ${reason}`,
    sv: (file, reason) => `Sammanställningsfilen "${file}" är inte giltig JSON: ${reason}`,
    en: (file, reason) => `The deck file "${file}" is not valid JSON: ${reason}`,
  },
});
