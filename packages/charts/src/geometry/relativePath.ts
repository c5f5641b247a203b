/**
 * A d3 path context (as d3-shape's `symbol` and `lineRadial` draw into) that writes a shape's first point
 * apart and the rest in relative commands, so the same shape placed anywhere costs only its first point:
 * the series markers and the radar's rings and spokes are drawn once per size and then placed. Relative
 * steps are taken between rounded points, so a placed shape never drifts.
 */
import { round2 } from './round';

/** A shape drawn once: its first point and the relative commands after it. */
export interface PathTemplate {
  readonly x: number;
  readonly y: number;
  readonly rest: string;
}

export class RelativePath {
  private first: { x: number; y: number } | null = null;
  private px = 0;
  private py = 0;
  rest = '';

  private step(x: number, y: number): string {
    const rx = round2(x);
    const ry = round2(y);
    const d = `${round2(rx - this.px)},${round2(ry - this.py)}`;
    this.px = rx;
    this.py = ry;
    return d;
  }

  moveTo(x: number, y: number): void {
    if (this.first) {
      this.rest += `m${this.step(x, y)}`;
      return;
    }
    this.first = { x, y };
    this.px = round2(x);
    this.py = round2(y);
  }

  lineTo(x: number, y: number): void {
    this.rest += `l${this.step(x, y)}`;
  }

  closePath(): void {
    this.rest += 'z';
  }

  /** A full circle from (x + r, y), where d3's symbolCircle put the pen: two half arcs, closed. */
  arc(x: number, y: number, r: number): void {
    const rr = round2(r);
    this.rest += `a${rr},${rr},0,1,1,${this.step(x - r, y)}a${rr},${rr},0,1,1,${this.step(x + r, y)}z`;
  }

  rect(x: number, y: number, w: number, h: number): void {
    this.moveTo(x, y);
    this.rest += `h${round2(w)}v${round2(h)}h${round2(-w)}z`;
  }

  /** As a CanvasRenderingContext2D for d3's typings (d3 calls only the methods above). */
  asContext(): CanvasRenderingContext2D {
    return this as unknown as CanvasRenderingContext2D;
  }

  template(): PathTemplate {
    return { x: this.first?.x ?? 0, y: this.first?.y ?? 0, rest: this.rest };
  }
}

/** The template placed at (x, y): "M x,y" then its relative commands. */
export function placeTemplate(t: PathTemplate, x: number, y: number): string {
  return `M${round2(x + t.x)},${round2(y + t.y)}${t.rest}`;
}

/**
 * A template cache by key (a chart uses a few shapes and sizes; cleared past 64 so odd inputs cannot make
 * it grow): `draw` runs once per key.
 */
export function templateCache(): (
  key: string,
  draw: (context: RelativePath) => void,
) => PathTemplate {
  const templates = new Map<string, PathTemplate>();
  return (key, draw) => {
    let t = templates.get(key);
    if (!t) {
      const context = new RelativePath();
      draw(context);
      t = context.template();
      if (templates.size > 64) templates.clear();
      templates.set(key, t);
    }
    return t;
  };
}
