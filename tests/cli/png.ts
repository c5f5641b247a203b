// A minimal PNG reader for the CLI tests (node:zlib only): size from IHDR, and 8-bit RGB/RGBA pixels
// decoded (non-interlaced, all five scanline filters), to check that an image is not blank.
import { inflateSync } from 'node:zlib';

const SIGNATURE = '89504e470d0a1a0a';

interface Chunk {
  readonly type: string;
  readonly data: Buffer;
}

function chunks(png: Buffer): Chunk[] {
  if (png.subarray(0, 8).toString('hex') !== SIGNATURE) throw new Error('not a PNG file');
  const out: Chunk[] = [];
  for (let at = 8; at < png.length;) {
    const length = png.readUInt32BE(at);
    out.push({
      type: png.toString('latin1', at + 4, at + 8),
      data: png.subarray(at + 8, at + 8 + length),
    });
    at += 12 + length;
  }
  return out;
}

export interface PngInfo {
  readonly width: number;
  readonly height: number;
  readonly bitDepth: number;
  readonly colorType: number;
}

export function pngInfo(png: Buffer): PngInfo {
  const ihdr = chunks(png)[0];
  if (ihdr?.type !== 'IHDR') throw new Error('IHDR is not the first chunk');
  return {
    width: ihdr.data.readUInt32BE(0),
    height: ihdr.data.readUInt32BE(4),
    bitDepth: ihdr.data[8] ?? 0,
    colorType: ihdr.data[9] ?? 0,
  };
}

function paeth(a: number, b: number, c: number): number {
  const p = a + b - c;
  const pa = Math.abs(p - a);
  const pb = Math.abs(p - b);
  const pc = Math.abs(p - c);
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}

/** The pixels as RGBA (or RGB) rows, unfiltered. */
export function decodePng(
  png: Buffer,
): PngInfo & { readonly channels: number; readonly pixels: Uint8Array } {
  const info = pngInfo(png);
  const channels = info.colorType === 6 ? 4 : info.colorType === 2 ? 3 : 0;
  if (info.bitDepth !== 8 || channels === 0)
    throw new Error(`unsupported PNG ${JSON.stringify(info)}`);
  const raw = inflateSync(
    Buffer.concat(
      chunks(png)
        .filter((c) => c.type === 'IDAT')
        .map((c) => c.data),
    ),
  );
  const stride = info.width * channels;
  const pixels = new Uint8Array(stride * info.height);
  for (let y = 0; y < info.height; y++) {
    const filter = raw[y * (stride + 1)] ?? 0;
    const row = y * stride;
    for (let x = 0; x < stride; x++) {
      const value = raw[y * (stride + 1) + 1 + x] ?? 0;
      const a = x >= channels ? (pixels[row + x - channels] ?? 0) : 0;
      const b = y > 0 ? (pixels[row - stride + x] ?? 0) : 0;
      const c = x >= channels && y > 0 ? (pixels[row - stride + x - channels] ?? 0) : 0;
      const predictor = [0, a, b, (a + b) >> 1, paeth(a, b, c)][filter] ?? 0;
      pixels[row + x] = (value + predictor) & 0xff;
    }
  }
  return { ...info, channels, pixels };
}

/** Distinct colours, and the share of pixels unlike the top-left (background) pixel. */
export function pixelStats(png: Buffer): { readonly colours: number; readonly inked: number } {
  const { pixels, channels, width, height } = decodePng(png);
  const key = (i: number) => {
    let k = 0;
    for (let c = 0; c < channels; c++) k = k * 256 + (pixels[i + c] ?? 0);
    return k;
  };
  const background = key(0);
  const colours = new Set<number>();
  let inked = 0;
  for (let i = 0; i < pixels.length; i += channels) {
    const k = key(i);
    colours.add(k);
    if (k !== background) inked++;
  }
  return { colours: colours.size, inked: inked / (width * height) };
}
