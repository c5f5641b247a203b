/** `yhdyspinta deck --help` (and `help deck`) in fi, sv and en: the deck file's fields. */
import type { Locale } from '@yhdyspinta/data';

const EXAMPLE = `  {
    "title": { "fi": "Kuntakysely 2024", "sv": "Kommunenkät 2024" },
    "out": "slides", "name": "kuntakysely",
    "locales": ["fi", "sv"], "presets": ["slide-16x9"], "formats": ["pptx", "pdf"],
    "charts": ["goal-bars", { "chart": "coverage", "data": "responses.csv" }]
  }`;

export const DECK_HELP: Readonly<Record<Locale, string>> = {
  fi: `Käyttö: yhdyspinta deck <koostetiedosto.json> [-l <kieli>]

Kirjoittaa koostetiedoston jokaisen kaavion jokaisella kielellä, esiasetuksella ja muodolla: PowerPoint
ja PDF yhtenä tiedostona kieltä ja esiasetusta kohden (dia tai sivu kaaviota kohden), PNG tiedostona
kaaviota kohden. Kertoo, mitä kirjoitettiin; jos jotakin kaaviota ei voitu piirtää, se nimetään, muut
kirjoitetaan ja paluuarvo on 1. -l on komennon viestien kieli; diojen kielet ovat tiedoston locales.

Esimerkki:
${EXAMPLE}

Kentät (oletus suluissa):
  charts        Pakollinen. Kaavion nimi tai { "chart", "title", "source", "data" tai "chartData" }
  locales       fi, sv, en (["fi"])
  presets       slide-16x9, slide-4x3, a4-landscape (["slide-16x9"])
  formats       pptx, pdf, png (["pptx"])
  chartMode     native (PowerPointin oma kaavio, kun sillä on tyyppi, muuten kuva), image tai both
                (native)
  title         Tiedostojen otsikko; title ja source ovat yksi teksti tai yksi kieltä kohden
  source        Korvaa jokaisen kaavion lähderivin (kaavion oma source voittaa); pakollinen
                chartDatalla piirretylle kaaviolle
  data          Kyselyn vastaukset (CSV, XLSX tai JSON kuten --data), suhteessa koostetiedostoon
  chartData     Kaavion oma tyypitetty data (JSON), suhteessa koostetiedostoon
  area, survey  Toisen alueen ja kyselyn määrittelyt (kuten --area ja --survey)
  out, name     Tuloskansio (koostetiedoston kansio) ja tiedostonimien alku (koostetiedoston nimi)
  highContrast  true: suuren kontrastin värit (false)
  fit           error tai shrink kuten renderin --fit (error)
`,
  sv: `Användning: yhdyspinta deck <sammanställning.json> [-l <språk>]

Skriver varje diagram i en sammanställningsfil på varje språk, förinställning och format: PowerPoint och
PDF som en fil per språk och förinställning (en bild eller sida per diagram), PNG som en fil per
diagram. Berättar vad som skrevs; ett diagram som inte kunde ritas nämns, de andra skrivs och
returkoden är 1. -l är språket för kommandots meddelanden; bildernas språk är filens locales.

Exempel:
${EXAMPLE}

Fält (standard inom parentes):
  charts        Obligatoriskt. Ett diagramnamn eller { "chart", "title", "source", "data" eller
                "chartData" }
  locales       fi, sv, en (["fi"])
  presets       slide-16x9, slide-4x3, a4-landscape (["slide-16x9"])
  formats       pptx, pdf, png (["pptx"])
  chartMode     native (PowerPoints eget diagram när typen finns, annars bilden), image eller both
                (native)
  title         Filernas titel; title och source är en text eller en per språk
  source        Ersätter varje diagrams källrad (diagrammets egen source går före); obligatoriskt för
                ett diagram ritat ur chartData
  data          Enkätsvaren (CSV, XLSX eller JSON som --data), relativt till sammanställningsfilen
  chartData     Diagrammets egna typade data (JSON), relativt till sammanställningsfilen
  area, survey  Ett annat områdes och en annan enkäts definitioner (som --area och --survey)
  out, name     Utdatamappen (sammanställningsfilens mapp) och filnamnens början
                (sammanställningsfilens namn)
  highContrast  true: färger med hög kontrast (false)
  fit           error eller shrink som renders --fit (error)
`,
  en: `Usage: yhdyspinta deck <deck.json> [-l <language>]

Writes every chart of a deck file in every locale, preset and format: PowerPoint and PDF as one file per
locale and preset (a slide or page per chart), PNG as one file per chart. Prints what it wrote; a chart
that could not be drawn is named, the others are written and the exit status is 1. -l is the language of
what the command says; the slides' languages are the file's locales.

Example:
${EXAMPLE}

Fields (default in brackets):
  charts        Required. A chart name, or { "chart", "title", "source", "data" or "chartData" }
  locales       fi, sv, en (["fi"])
  presets       slide-16x9, slide-4x3, a4-landscape (["slide-16x9"])
  formats       pptx, pdf, png (["pptx"])
  chartMode     native (PowerPoint's own chart where it has the type, else the picture), image or both
                (native)
  title         The files' document title; title and source take one text or one per locale
  source        Replaces every chart's source line (a chart's own source wins); required for a chart
                drawn from chartData
  data          Survey responses (CSV, XLSX or JSON, as --data), relative to the deck file
  chartData     The chart's own typed data (JSON), relative to the deck file
  area, survey  Another area's and survey's definitions (as --area and --survey)
  out, name     The output folder (the deck file's folder) and the start of the file names
                (the deck file's name)
  highContrast  true: high-contrast colours (false)
  fit           error or shrink, as render's --fit (error)
`,
};
