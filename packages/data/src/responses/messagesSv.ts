/** The importer's messages in Swedish. */
import type { ErrorDetail, MessageTexts } from './messageTexts';
import { detailWords } from './messageWords';

const { found, expectedType, expected, role, accepted } = detailWords('sv', {
  stringOf: (what) => `en sträng (${what})`,
  another: 'en annan typ',
});

function duplicate(v: string, d: ErrorDetail, unit: 'line' | 'record'): string {
  const earlier =
    d.firstField === undefined
      ? `${unit === 'line' ? 'rad' : 'post'} ${d.first ?? '?'}`
      : `fältet "${d.firstField}" i samma post`;
  if (d.ofRespondent) return `respondenten ${v} upprepar ${earlier}`;
  if (d.municipalityId === undefined)
    return `kommunen ${v} upprepar ${earlier}${unit === 'line' ? ` (om kommunen har flera respondenter, lägg till en kolumn "Respondent" med ett eget id för var och en)` : ''}`;
  const by = d.respondent === undefined ? '' : ` (respondent "${d.respondent}")`;
  return `punkten ${v} för kommunen "${d.municipalityId}"${by} upprepar ${earlier}`;
}

const describe: MessageTexts['describe'] = (code, v, raw, d, unit) => {
  switch (code) {
    case 'empty-file':
      return 'filen är tom';
    case 'unterminated-quote':
      return `fältet inom citattecken som börjar med ${v} avslutas aldrig`;
    case 'missing-header':
      return `${v} är en kommun, så filen saknar rubrikrad`;
    case 'missing-column':
      if (raw !== '') {
        return `${v} är en punkts id, men den första kolumnen i en bred fil ska ange kommunen`;
      }
      return `rubrikraden har ingen ${d.role ? `kolumn ${role(d.role)}` : 'sådan kolumn'} (godtagna namn: ${accepted(d)})`;
    case 'duplicate-column':
      return `${v} upprepar kolumn ${d.first ?? '?'}`;
    case 'invalid-input':
      return `indata är varken en lista av poster eller ett objekt med kommuner som nycklar (fick ${found(d, v)})`;
    case 'invalid-file':
      if (d.fileType) {
        const what = d.fileType === 'pdf' ? 'en PDF-fil' : 'en gammal Excel-arbetsbok (.xls)';
        return `filen är ${what}, ingen datafil: spara svaren som CSV eller Excel (.xlsx)`;
      }
      if (d.json && 'endsEarly' in d.json)
        return 'JSON tar slut mitt i: filens slut saknas (avbröts sparandet eller kopieringen?)';
      if (d.json) {
        const at = `på rad ${d.json.line}, tecken ${d.json.column}`;
        return `filen är inte giltig JSON ${at}${d.reason ? ` (${d.reason})` : ''}`;
      }
      return `filen kan inte läsas${d.reason ? ` (${d.reason})` : ''}`;
    case 'unknown-item':
      return `${v} är inte ett känt id för en punkt`;
    case 'unknown-column':
      return `${v} är varken en punkts id, en fråga i enkäten eller en kolumn att hoppa över`;
    case 'unknown-municipality':
      return d.area === undefined
        ? `${v} är inte en kommun i Västra Nylands välfärdsområde`
        : `${v} är inte en kommun i området "${d.area}"`;
    case 'missing-value':
      return `${unit === 'line' ? 'cellen' : 'fältet'} är tomt, men ${d.expected ? expected(d.expected) : 'ett värde'} krävs`;
    case 'missing-cell':
      return 'raden tar slut före den här kolumnen';
    case 'extra-cell':
      return `${v} står i en kolumn utan rubrik`;
    case 'not-a-number':
      return `${v} är varken en bedömning 1–5 eller ett tecken för inget svar`;
    case 'not-a-whole-number':
      return `${v} är inte ett heltal, men bedömningarna är 1–5`;
    case 'rating-word-mismatch':
      return `${v}: talet och skalans ord stämmer inte överens`;
    case 'rating-out-of-range':
      return `${v} ligger utanför bedömningsskalan 1–5`;
    case 'duplicate':
      return duplicate(v, d, unit);
    case 'invalid-record':
      return `${v} är ${found(d, 'inte ett objekt')}, men en post ska vara ett objekt`;
    case 'missing-field':
      return `posten har inget fält ${d.names?.map((n) => `"${n}"`).join(' eller ') ?? ''}`.trimEnd();
    case 'invalid-type':
      return `${v} är ${found(d, 'av fel typ')}, men ${expectedType(d)} krävs`;
  }
};

export const SV: MessageTexts = {
  line: 'Rad',
  record: 'Post',
  column: 'kolumn',
  field: 'fält',
  input: 'Indata',
  describe,
};
