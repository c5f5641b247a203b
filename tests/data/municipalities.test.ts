import { describe, expect, it } from 'vitest';
import {
  MUNICIPALITY_IDS,
  findMunicipality,
  isMunicipalityId,
  municipalities,
  municipalityById,
} from '@yhdyspinta/data';

// Order and Finnish names: the response table of 003_ae88570eab8abfd8.txt. Swedish: official names.
describe('municipalities (order of the response table in 003_ae88570eab8abfd8.txt)', () => {
  it('lists the ten in the source order with Finnish, Swedish and English names', () => {
    expect(municipalities.map((m) => [m.id, m.name.fi, m.name.sv, m.name.en])).toEqual([
      ['espoo', 'Espoo', 'Esbo', 'Espoo'],
      ['kauniainen', 'Kauniainen', 'Grankulla', 'Kauniainen'],
      ['kirkkonummi', 'Kirkkonummi', 'Kyrkslätt', 'Kirkkonummi'],
      ['siuntio', 'Siuntio', 'Sjundeå', 'Siuntio'],
      ['vihti', 'Vihti', 'Vichtis', 'Vihti'],
      ['karkkila', 'Karkkila', 'Högfors', 'Karkkila'],
      ['lohja', 'Lohja', 'Lojo', 'Lohja'],
      ['inkoo', 'Inkoo', 'Ingå', 'Inkoo'],
      ['hanko', 'Hanko', 'Hangö', 'Hanko'],
      ['raasepori', 'Raasepori', 'Raseborg', 'Raasepori'],
    ]);
    for (const m of municipalities) expect(m.name.unofficial).toEqual([]);
    expect(MUNICIPALITY_IDS).toEqual(municipalities.map((m) => m.id));
  });

  it('municipalityById finds by exact id only', () => {
    expect(municipalityById('lohja')?.name.sv).toBe('Lojo');
    expect(municipalityById('Lohja')).toBeUndefined();
    expect(municipalityById('helsinki')).toBeUndefined();
  });

  it('isMunicipalityId guards ids', () => {
    expect(isMunicipalityId('hanko')).toBe(true);
    expect(isMunicipalityId('Hanko')).toBe(false);
    expect(isMunicipalityId(3)).toBe(false);
  });

  it.each([
    ['lohja', 'lohja'],
    ['  LOHJA ', 'lohja'],
    ['Lojo', 'lohja'],
    ['grankulla', 'kauniainen'],
    ['KYRKSLÄTT', 'kirkkonummi'],
    ['Högfors\t', 'karkkila'],
    ['ingå', 'inkoo'],
    ['Hangö', 'hanko'],
    ['raseborg', 'raasepori'],
    ['Sjunde\u0061\u030a', 'siuntio'], // decomposed "å" as some CSV exports write it
  ])('findMunicipality(%j) → %s', (input, id) => {
    expect(findMunicipality(input)?.id).toBe(id);
  });

  it.each(['', '   ', 'Helsinki', 'Espo', 'Lohja kaupunki'])(
    'findMunicipality(%j) is undefined',
    (input) => {
      expect(findMunicipality(input)).toBeUndefined();
    },
  );
});
