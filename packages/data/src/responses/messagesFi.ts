/** The importer's messages in Finnish. */
import type { ErrorDetail, MessageTexts } from './messageTexts';
import { detailWords } from './messageWords';

const { found, expectedType, expected, role, accepted } = detailWords('fi', {
  stringOf: (what) => `merkkijono (${what})`,
  another: 'toinen tyyppi',
});

function duplicate(v: string, d: ErrorDetail, unit: 'line' | 'record'): string {
  const earlier =
    d.firstField === undefined
      ? `${unit === 'line' ? 'rivillä' : 'tietueessa'} ${d.first ?? '?'}`
      : `saman tietueen kentässä "${d.firstField}"`;
  if (d.ofRespondent) return `vastaaja ${v} on jo ${earlier}`;
  // A file of a row per municipality: a second row of one is a second respondent without a column saying so.
  if (d.municipalityId === undefined)
    return `kunta ${v} on jo ${earlier}${unit === 'line' ? ` (jos kunnasta on useampi vastaaja, lisää tiedostoon vastaajan sarake, esim. "Vastaaja", jossa kullakin on oma tunnus)` : ''}`;
  const by = d.respondent === undefined ? '' : ` (vastaaja "${d.respondent}")`;
  return `kunnan "${d.municipalityId}" kohta ${v}${by} on jo ${earlier}`;
}

const describe: MessageTexts['describe'] = (code, v, raw, d, unit) => {
  switch (code) {
    case 'empty-file':
      return 'tiedosto on tyhjä';
    case 'unterminated-quote':
      return `lainausmerkeissä alkava kenttä ${v} ei pääty`;
    case 'missing-header':
      return `${v} on kunta, joten tiedostosta puuttuu otsikkorivi`;
    case 'missing-column':
      if (raw !== '') {
        return `${v} on kohdan tunnus, mutta leveän tiedoston ensimmäisen sarakkeen pitää nimetä kunta`;
      }
      return `otsikkorivillä ei ole ${d.role ? role(d.role) : 'tätä'} saraketta (hyväksytyt nimet: ${accepted(d)})`;
    case 'duplicate-column':
      return `${v} toistaa sarakkeen ${d.first ?? '?'}`;
    case 'invalid-input':
      return `syöte ei ole tietueiden taulukko eikä kunnittain avainnettu olio (saatiin ${found(d, v)})`;
    case 'invalid-file':
      if (d.fileType) {
        const what = d.fileType === 'pdf' ? 'PDF-tiedosto' : 'vanha Excel-työkirja (.xls)';
        return `tiedosto on ${what}, ei datatiedosto: tallenna vastaukset CSV- tai Excel (.xlsx) -tiedostoksi`;
      }
      if (d.json && 'endsEarly' in d.json)
        return 'JSON loppuu kesken: tiedostosta puuttuu loppu (katkesiko tallennus tai kopiointi?)';
      if (d.json) {
        const at = `rivillä ${d.json.line}, merkissä ${d.json.column}`;
        return `tiedosto ei ole kelvollista JSONia ${at}${d.reason ? ` (${d.reason})` : ''}`;
      }
      return `tiedostoa ei voi lukea${d.reason ? ` (${d.reason})` : ''}`;
    case 'unknown-item':
      return `${v} ei ole tunnettu kohdan tunnus`;
    case 'unknown-column':
      return `${v} ei ole kohdan tunnus, kyselyn kysymys eikä ohitettava sarake`;
    case 'unknown-municipality':
      return d.area === undefined
        ? `${v} ei ole Länsi-Uudenmaan hyvinvointialueen kunta`
        : `${v} ei ole alueen "${d.area}" kunta`;
    case 'missing-value':
      return `${unit === 'line' ? 'solu' : 'kenttä'} on tyhjä, mutta siihen tarvitaan ${d.expected ? expected(d.expected) : 'arvo'}`;
    case 'missing-cell':
      return 'rivi loppuu ennen tätä saraketta';
    case 'extra-cell':
      return `${v} on sarakkeessa, jolla ei ole otsikkoa`;
    case 'not-a-number':
      return `${v} ei ole arvio 1–5 eikä tyhjän vastauksen merkintä`;
    case 'not-a-whole-number':
      return `${v} ei ole kokonaisluku, mutta arviot ovat 1–5`;
    case 'rating-word-mismatch':
      return `${v}: luku ja asteikon sana eivät täsmää`;
    case 'rating-out-of-range':
      return `${v} on arvioasteikon 1–5 ulkopuolella`;
    case 'duplicate':
      return duplicate(v, d, unit);
    case 'invalid-record':
      return `${v} on ${found(d, 'jotain muuta kuin olio')}, mutta tietueen pitää olla olio`;
    case 'missing-field':
      return `tietueessa ei ole kenttää ${d.names?.map((n) => `"${n}"`).join(' tai ') ?? ''}`.trimEnd();
    case 'invalid-type':
      return `${v} on ${found(d, 'väärää tyyppiä')}, mutta tarvitaan ${expectedType(d)}`;
  }
};

export const FI: MessageTexts = {
  line: 'Rivi',
  record: 'Tietue',
  column: 'sarake',
  field: 'kenttä',
  input: 'Syöte',
  describe,
};
