import { describe, expect, it } from 'vitest';
import { parseHexColor } from '../../packages/charts/src/theme/contrast';

describe('parseHexColor', () => {
  it('parses hex colours and rejects others', () => {
    expect(parseHexColor('#0072B2')).toEqual([0, 114, 178]);
    expect(parseHexColor('#fff')).toEqual([255, 255, 255]);
    expect(parseHexColor('blue')).toBeNull();
  });
});
