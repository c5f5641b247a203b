/** `yhdyspinta --help` in fi, sv and en. */
import type { Locale } from '@yhdyspinta/data';

export const MAIN_HELP: Readonly<Record<Locale, string>> = {
  fi: `Käyttö: yhdyspinta <komento> [valinnat]

Tekee Länsi-Uudenmaan hyvinvointialueen yhdyspintakaavioista SVG-, PNG-, PowerPoint- ja PDF-tiedostoja
esityksiin ja tulostettavaksi.

Komennot:
  render <kaavio>  Piirtää kaavion .svg-, .png-, .pptx- tai .pdf-tiedostoon (ks. "yhdyspinta render --help")
  deck <deck.json> Kirjoittaa koostetiedoston jokaisen kaavion jokaisella kielellä, esiasetuksella ja
                   muodolla (PowerPoint, PDF, PNG) ja kertoo, mitä kirjoitettiin; paluuarvo 1, jos
                   jotakin kaaviota ei voitu piirtää
  validate <tiedosto>
                   Tarkistaa datatiedoston (CSV merkistössä UTF-8, UTF-16 tai Windows-1252, JSON tai
                   .xlsx; pitkä, leveä tai vastaaja riviä kohden): merkistö, rakenne, luetut, hyväksytyt
                   ja hylätyt rivit sekä ensimmäiset virheet (--json: sama yhtenä JSON-oliona);
                   paluuarvo 0, kun kaikki rivit kelpaavat ja niissä on arvioita, muuten 1; --area ja
                   --survey kuten renderissä
  list             Luettelee kaaviot ja esiasetukset
  help [render|deck]
                   Näyttää tämän ohjeen tai render- tai deck-komennon ohjeen (koostetiedoston kentät)

Valinnat:
  -l, --locale <kieli>  Ohjeiden, viestien ja kaavioiden kieli: fi (oletus), sv tai en
  -h, --help            Näyttää ohjeen
  -v, --version         Näyttää version
`,
  sv: `Användning: yhdyspinta <kommando> [flaggor]

Exporterar diagram över samarbetet mellan Västra Nylands välfärdsområde och dess kommuner som SVG-,
PNG-, PowerPoint- och PDF-filer för presentationer och utskrift.

Kommandon:
  render <diagram> Ritar ett diagram till en .svg-, .png-, .pptx- eller .pdf-fil (se "yhdyspinta render --help")
  deck <deck.json> Skriver varje diagram i en sammanställningsfil på varje språk, förinställning och
                   format (PowerPoint, PDF, PNG) och berättar vad som skrevs; returkod 1 om något
                   diagram inte kunde ritas
  validate <fil>   Kontrollerar en datafil (CSV i UTF-8, UTF-16 eller Windows-1252, JSON eller .xlsx;
                   lång, bred eller en respondent per rad): teckenkodning, struktur, lästa, godkända
                   och avvisade rader och de första felen (--json: detsamma som ett JSON-objekt);
                   returkod 0 när alla rader godkändes och har bedömningar, annars 1; --area och
                   --survey som för render
  list             Listar diagrammen och förinställningarna
  help [render|deck]
                   Visar den här hjälpen eller hjälpen för render eller deck (sammanställningsfilens fält)

Flaggor:
  -l, --locale <språk>  Språket för hjälpen, meddelandena och diagrammen: fi (standard), sv eller en
  -h, --help            Visar hjälpen
  -v, --version         Visar versionen
`,
  en: `Usage: yhdyspinta <command> [options]

Exports yhdyspinta charts of the Länsi-Uusimaa welfare area as SVG, PNG, PowerPoint or PDF files for
slides and print.

Commands:
  render <chart>   Render a chart to an .svg, .png, .pptx or .pdf file (see "yhdyspinta render --help")
  deck <deck.json> Write every chart × locale × preset × format of a deck file (PowerPoint, PDF,
                   PNG) and print what was written; exit 1 if any chart could not be drawn
  validate <file>  Check a data file (CSV in UTF-8/UTF-16/Windows-1252, JSON or .xlsx; long,
                   wide or a respondent per row): encoding, layout, rows read/accepted/
                   rejected, the first errors (--json: the same as one JSON object);
                   exit 0 when every row was accepted and there are ratings, 1 otherwise; --area /
                   --survey as for render
  list             List the charts and presets
  help [render|deck]
                   Show this help, or the help of render or deck (the deck file's fields)

Options:
  -l, --locale <code>   The language of the help, the messages and the charts: fi (default), sv or en
  -h, --help            Show help
  -v, --version         Show the version
`,
};
