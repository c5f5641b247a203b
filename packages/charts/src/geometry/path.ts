/**
 * SVG path text for the charts that draw many marks as one path (GoalBarChart's bars, ThemeHeatmap's
 * cells). Coordinates are kept in whole units (hundredths of a px, or thousandths), so relative moves
 * add up exactly and never drift; the few distinct moves and shapes a chart repeats are made once.
 */
import type { Box } from './box';
import { svgNumber } from './round';

/** Whole units (1/`scale` px) as svgNumber prints them: 2804 hundredths → "28.04", 50 → "0.5". */
export function unitsNumber(units: number, scale: number): string {
  return svgNumber(units / scale);
}

/** Whole units (1/`scale` px) as the shortest SVG number, no leading zero: "2", "-437.01", ".5", "-.05". */
export function compactNumber(units: number, scale: number): string {
  const text = String(units / scale);
  return units !== 0 && units > -scale && units < scale ? text.replace('0.', '.') : text;
}

/** Two path numbers: a space between them unless the second starts with its minus sign. */
export function numberPair(a: string, b: string): string {
  return b.startsWith('-') ? a + b : `${a} ${b}`;
}

/** A closed rectangle drawn from the pen: "h{width}v{height}h{back}z", `back` being minus the width. */
export function rectShape(width: string, height: string, back = `-${width}`): string {
  return `h${width}v${height}h${back}z`;
}

/** Texts memoised by two whole numbers (a move's dx and dy, a rectangle's height and width). */
export class TextCache {
  private readonly texts = new Map<number, Map<number, string>>();

  get(a: number, b: number, make: () => string): string {
    let byB = this.texts.get(a);
    if (byB === undefined) {
      byB = new Map();
      this.texts.set(a, byB);
    }
    let text = byB.get(b);
    if (text === undefined) {
      text = make();
      byB.set(b, text);
    }
    return text;
  }
}

/**
 * The pen of a path of many marks: "M x y" to the first, then "m dx dy" from where the previous mark
 * left the pen, each distinct move made once. `point` prints a coordinate pair (whole units) as the path
 * writes it.
 */
export class RelativePen {
  private x = Number.NaN;
  private y = Number.NaN;
  private readonly moves = new TextCache();

  constructor(private readonly point: (x: number, y: number) => string) {}

  /** The move to (x, y); the pen is then there. */
  moveTo(x: number, y: number): string {
    const first = Number.isNaN(this.x);
    const dx = x - this.x;
    const dy = y - this.y;
    this.x = x;
    this.y = y;
    if (first) return `M${this.point(x, y)}`;
    return this.moves.get(dx, dy, () => `m${this.point(dx, dy)}`);
  }

  /** Where the mark drawn since the last move left the pen (an "h w" moves it right; a "z" does not). */
  endAt(x: number, y: number): void {
    this.x = x;
    this.y = y;
  }
}

/** The SVG text of a number of whole hundredths ("2804" → "28.04"), memoised. */
function hundredthsText(): (hundredths: number) => string {
  const texts = new Map<number, string>();
  return (hundredths) => {
    let text = texts.get(hundredths);
    if (text === undefined) {
      text = unitsNumber(hundredths, 100);
      texts.set(hundredths, text);
    }
    return text;
  };
}

/**
 * Rectangles as one path: "M x y h w v h h-w z" for the first, then each from the previous one's corner
 * with a relative "m dx dy". Coordinates are whole hundredths of a pixel, so relative moves never drift.
 * Bars share x, height and row pitch, and most widths (one-decimal means), so the moves and the
 * "h w v h h-w z" parts are memoised: a path of 2000 bars formats a few dozen numbers instead of 8000.
 */
export class RectsPath {
  private readonly parts: string[] = [];
  private readonly num = hundredthsText();
  private readonly pen = new RelativePen((x, y) => `${this.num(x)} ${this.num(y)}`);
  /** Shapes by height then width (whole hundredths). */
  private readonly shapes = new TextCache();

  add(box: Box): void {
    const x = Math.round(box.x * 100);
    const y = Math.round(box.y * 100);
    const w = Math.round(box.width * 100);
    const h = Math.round(box.height * 100);
    const { num } = this;
    this.parts.push(this.pen.moveTo(x, y));
    this.parts.push(this.shapes.get(h, w, () => rectShape(num(w), num(h))));
  }

  toString(): string {
    return this.parts.join('');
  }
}
