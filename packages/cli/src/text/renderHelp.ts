/** `yhdyspinta render --help` in fi, sv and en: `charts` and `presets` are the listings of `list`. */
import type { Locale } from '@yhdyspinta/data';

type RenderHelp = (charts: string, presets: string) => string;

export const RENDER_HELP: Readonly<Record<Locale, RenderHelp>> = {
  fi: (
    charts,
    presets,
  ) => `Käyttö: yhdyspinta render <kaavio> --out <tiedosto.svg|.png|.pptx|.pdf> [valinnat]

Kaaviot:
${charts}

Esiasetukset:
${presets}

Valinnat:
  -o, --out <tiedosto>  Tulostiedosto; pääte .svg, .png, .pptx tai .pdf ratkaisee muodon (pakollinen).
                        Sen kansion on oltava olemassa. Tiedosto korvataan vain, jos piirtäminen
                        onnistuu. .pptx: yksi dia, PowerPointin oma kaavio, kun sillä on sama kaavio-
                        tyyppi (goal-bars, rescue-radar), muuten kuva; vaihtoehtoinen teksti ja
                        puhujan muistiinpanot. .pdf: vektorigrafiikkaa, Noto Sans upotettuna.
                        Molemmat tarvitsevat sivun esiasetuksen (ei intranet-card).
  -f, --format <muoto>  svg, png, pptx tai pdf; oltava sama kuin --out-tiedoston pääte
  -l, --locale <kieli>  fi (oletus), sv tai en (tai esim. sv-FI)
  -p, --preset <nimi>   Koko ja tekstikoot, oletus slide-16x9 (ks. Esiasetukset)
  -d, --data <tiedosto> Piirtää oman kyselyaineistosi julkaistujen vuoden 2024 tulosten sijaan: CSV
                        (.csv/.tsv/.txt, pitkä tai leveä), JSON (.json) tai Excel (.xlsx). Jos jollakin
                        rivillä on virhe, mitään ei piirretä ja virheet luetellaan.
      --area <tiedosto> Toisen hyvinvointialueen kunnat (JSON, @yhdyspinta/data-paketin
                        area.schema.json), joilla --data luetaan; oletus Länsi-Uusimaa
      --survey <tiedosto>
                        Toisen kyselykierroksen tavoitteet, asteikon sanat ja "ei vastausta" -sanat
                        (JSON, survey.schema.json), joilla --data luetaan; sen nimi on oletusotsikko
      --chart-data <tiedosto.json>
                        Piirtää kaavion oman tyypitetyn datan (esim. GoalBarData) kaavion omien
                        tarkistusten jälkeen; virheellinen data luetellaan eikä mitään kirjoiteta
                        (vain SVG ja PNG)
      --title <teksti>  Korvaa kaavion otsikon
      --high-contrast   Suuren kontrastin värit (esiasetuksen koot säilyvät)
      --width <px>      Esiasetuksen leveyden sijaan (korkeus on silloin kaavion luonnollinen korkeus)
      --height <px>     Esiasetuksen korkeuden sijaan
      --scale <1-4>     PNG-kuvan pikseleitä asettelupikseliä kohden, esim. 2 tarkkoihin näyttöihin
      --fit <tapa>      error (oletus): kaavio, joka ei mahdu kokoon esiasetuksen pienimmällä
                        tekstikoolla, epäonnistuu ja kertoo, miten sen voi jakaa; shrink: pienentää
                        kaavion kokoon (pienempi teksti) ja varoittaa
  -h, --help            Näyttää tämän ohjeen

Esimerkkejä:
  yhdyspinta render goal-bars --locale sv --preset slide-16x9 --out tavoitteet.png
  yhdyspinta render goal-bars --data vastaukset.csv --preset a4-landscape --out tavoitteet.svg

Paluuarvo: 0 kirjoitettu, 1 virhe datassa, piirtämisessä tai kirjoittamisessa, 2 virheellinen komento.
`,
  sv: (
    charts,
    presets,
  ) => `Användning: yhdyspinta render <diagram> --out <fil.svg|.png|.pptx|.pdf> [flaggor]

Diagram:
${charts}

Förinställningar:
${presets}

Flaggor:
  -o, --out <fil>       Utdatafil; ändelsen .svg, .png, .pptx eller .pdf avgör formatet (obligatorisk).
                        Mappen måste finnas. Filen ersätts bara om ritningen lyckas. .pptx: en bild,
                        ett inbyggt PowerPoint-diagram där PowerPoint har typen (goal-bars,
                        rescue-radar), annars bilden; alternativ text och talaranteckningar. .pdf:
                        vektorgrafik med Noto Sans inbäddat. Båda behöver en sidförinställning
                        (inte intranet-card).
  -f, --format <format> svg, png, pptx eller pdf; ska stämma med ändelsen i --out
  -l, --locale <språk>  fi (standard), sv eller en (eller t.ex. sv-FI)
  -p, --preset <namn>   Storlek och textstorlekar, standard slide-16x9 (se Förinställningar)
  -d, --data <fil>      Ritar din egen enkätexport i stället för de publicerade resultaten från 2024:
                        CSV (.csv/.tsv/.txt, lång eller bred), JSON (.json) eller Excel (.xlsx). Har
                        någon rad ett fel ritas ingenting och felen listas.
      --area <fil>      Ett annat välfärdsområdes kommuner (JSON, area.schema.json i
                        @yhdyspinta/data) som --data läses med; standard Västra Nyland
      --survey <fil>    En annan enkätomgångs mål, skalord och ord för inget svar (JSON,
                        survey.schema.json) som --data läses med; dess namn är standardrubriken
      --chart-data <fil.json>
                        Ritar diagrammets egna typade data (t.ex. GoalBarData) efter diagrammets
                        kontroller; ogiltiga data listas och ingenting skrivs (bara SVG och PNG)
      --title <text>    Ersätter diagrammets rubrik
      --high-contrast   Färger med hög kontrast (förinställningens storlekar behålls)
      --width <px>      I stället för förinställningens bredd (höjden blir diagrammets naturliga höjd)
      --height <px>     I stället för förinställningens höjd
      --scale <1-4>     PNG-pixlar per layoutpixel, t.ex. 2 för skarpa bilder på täta skärmar
      --fit <sätt>      error (standard): ett diagram som inte ryms i storleken med förinställningens
                        minsta textstorlek misslyckas och säger hur det kan delas; shrink: förminskar
                        det till storleken (mindre text) med en varning
  -h, --help            Visar den här hjälpen

Exempel:
  yhdyspinta render goal-bars --locale sv --preset slide-16x9 --out mal.png
  yhdyspinta render goal-bars --data svar.csv --preset a4-landscape --out mal.svg

Returkod: 0 skrivet, 1 ett fel i data, ritning eller skrivning, 2 ett felaktigt kommando.
`,
  en: (
    charts,
    presets,
  ) => `Usage: yhdyspinta render <chart> --out <file.svg|.png|.pptx|.pdf> [options]

Charts:
${charts}

Presets:
${presets}

Options:
  -o, --out <file>      Output file; .svg, .png, .pptx or .pdf decides the format (required). Its
                        directory must exist. Written atomically: an existing file is replaced only
                        on success. .pptx: one slide, a native chart where PowerPoint has the type
                        (goal-bars, rescue-radar), else the picture; alt text and speaker notes.
                        .pdf: vector, Noto Sans embedded. Both need a page preset (not intranet-card).
  -f, --format <fmt>    svg, png, pptx or pdf; must match the --out extension
  -l, --locale <code>   fi (default), sv or en (or a tag such as sv-FI)
  -p, --preset <name>   Size and type scale, default slide-16x9 (see Presets)
  -d, --data <file>     Chart your own raw survey export instead of the published 2024 results:
                        CSV (.csv/.tsv/.txt, long or wide), JSON (.json) or Excel (.xlsx). Any row
                        with an error stops the render and the errors are listed.
      --area <file>     Another welfare area's municipalities (JSON, schema area.schema.json of
                        @yhdyspinta/data) to read --data with; default Länsi-Uusimaa
      --survey <file>   Another survey round's goals, scale words and no-answer words (JSON,
                        survey.schema.json) to read --data with; its name is the default title
      --chart-data <file.json>
                        Draw the chart's own typed data (e.g. GoalBarData), checked by the chart;
                        invalid data is listed and nothing is written (SVG and PNG only)
      --title <text>    Replace the chart's title
      --high-contrast   High-contrast colours (keeps the preset's sizes)
      --width <px>      Override the preset's width (then the height is the chart's natural height)
      --height <px>     Override the preset's height
      --scale <1-4>     PNG pixels per layout pixel, e.g. 2 for sharp images on high-density screens
      --fit <mode>      error (default): a chart that does not fit the size with the preset's
                        minimum text size fails, naming how to split it; shrink: scale it down
                        to the size (smaller text) with a warning
  -h, --help            Show this help

Examples:
  yhdyspinta render goal-bars --locale sv --preset slide-16x9 --out goals.png
  yhdyspinta render goal-bars --data responses.csv --preset a4-landscape --out goals.svg

Exit status: 0 written, 1 a data, rendering or writing error, 2 a bad command line.
`,
};
