/**
 * The browser side of the benchmark (bundled into BUILD_DIR/browser/page.js with React's production build).
 * installBench() puts a small API on `window.__bench` that the playwright driver (src/browser/run.ts)
 * calls: mount a chart and time it, keep a chart mounted, and time the tooltip's update after an input.
 */
import type { ReactElement } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import type { Root } from 'react-dom/client';
import type { BenchCase } from '../cases';

export interface BrowserAdapter {
  readonly element: (benchCase: BenchCase) => ReactElement;
  /** Centre of heatmap cell (row, column) in the chart's own (viewBox) coordinates. */
  readonly cellCenter?: (benchCase: BenchCase, row: number, column: number) => Point;
}

export interface Point {
  readonly x: number;
  readonly y: number;
}

export interface MountTiming {
  /** createRoot().render() in flushSync: React render + commit (DOM built and attached). */
  readonly commitMs: number;
  /** … plus the browser's style and layout of the new DOM (forced by reading a size). */
  readonly layoutMs: number;
  /** … until after the next frame was produced (requestAnimationFrame, then a posted message). */
  readonly frameMs: number;
}

export interface TooltipTiming {
  /**
   * From the input event's timestamp to the page's first listener seeing it: the browser's part, before
   * any chart code runs (Chromium dispatches pointer moves at the next frame, key presses at once).
   */
  readonly dispatchMs: number;
  /** From the input event's timestamp to the DOM update that shows the expected tooltip. */
  readonly updateMs: number;
  /** … plus style and layout of the updated tooltip (forced by reading its size). */
  readonly layoutMs: number;
  /** … until after the next frame. */
  readonly frameMs: number;
}

export interface BenchApi {
  readonly libraries: readonly string[];
  mount(library: string, benchCase: BenchCase): Promise<MountTiming>;
  /** Mounts a chart that stays, for the tooltip measurements. */
  show(library: string, benchCase: BenchCase): void;
  /** Client (viewport) position of cell (row, column) of the shown chart. */
  cellClientCenter(row: number, column: number): Point;
  /** Focuses the shown chart's Tab stop. */
  focusChart(): void;
  /**
   * Starts waiting, after the next `eventType` event, for a role="tooltip" element whose text names
   * `labels` (the cell's row and column).
   */
  arm(labels: readonly string[], eventType: 'pointermove' | 'keydown'): void;
  /** The armed measurement once complete; null while waiting. */
  result(): TooltipTiming | null;
}

function nextFrame(): Promise<number> {
  return new Promise((resolve) => {
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve(performance.now());
      channel.port2.postMessage(null);
    });
  });
}

/** "Rivi 12" must not match "Rivi 120". */
function names(text: string, label: string): boolean {
  const at = text.indexOf(label);
  if (at < 0) return false;
  const next = text.charAt(at + label.length);
  return !/[0-9]/.test(next) || names(text.slice(at + label.length), label);
}

export function installBench(adapters: Record<string, BrowserAdapter>): void {
  const stageElement = document.getElementById('stage') as HTMLElement;
  let stage: { root: Root; library: string; benchCase: BenchCase } | null = null;
  let armed: {
    eventType: string;
    t0: number | null;
    /** performance.now() when the page's first listener saw the event. */
    seen: number;
    result: TooltipTiming | null;
    observer: MutationObserver;
  } | null = null;

  const adapter = (library: string) => {
    const found = adapters[library];
    if (!found) throw new Error(`no browser adapter for ${library}`);
    return found;
  };

  const api: BenchApi = {
    libraries: Object.keys(adapters),
    async mount(library, benchCase) {
      const tree = adapter(library).element(benchCase);
      const container = document.createElement('div');
      document.body.appendChild(container);
      const root = createRoot(container);
      await nextFrame();
      const t0 = performance.now();
      flushSync(() => root.render(tree));
      const t1 = performance.now();
      container.getBoundingClientRect();
      container.firstElementChild?.getBoundingClientRect();
      const t2 = performance.now();
      const t3 = await nextFrame();
      root.unmount();
      container.remove();
      return { commitMs: t1 - t0, layoutMs: t2 - t0, frameMs: t3 - t0 };
    },
    show(library, benchCase) {
      stage?.root.unmount();
      const root = createRoot(stageElement);
      const tree = adapter(library).element(benchCase);
      flushSync(() => root.render(tree));
      stage = { root, library, benchCase };
    },
    cellClientCenter(row, column) {
      if (!stage) throw new Error('nothing shown');
      const center = adapter(stage.library).cellCenter;
      if (!center) throw new Error(`${stage.library} has no cellCenter`);
      const p = center(stage.benchCase, row, column);
      const svg = stageElement.querySelector('svg') as SVGSVGElement;
      let box = svg.getBoundingClientRect();
      const view = svg.viewBox.baseVal;
      const sx = view && view.width > 0 ? box.width / view.width : 1;
      const sy = view && view.height > 0 ? box.height / view.height : 1;
      // A chart taller than the viewport is scrolled so the cell is in view before the pointer moves
      // (run.ts waits two frames after it, so the scroll's layout and paint are not timed).
      const y = box.top + p.y * sy;
      if (y < 0 || y > window.innerHeight - 2) {
        window.scrollBy(0, y - window.innerHeight / 2);
        box = svg.getBoundingClientRect();
      }
      return { x: box.left + p.x * sx, y: box.top + p.y * sy };
    },
    focusChart() {
      stageElement.querySelector<SVGElement | HTMLElement>('[tabindex="0"]')?.focus();
    },
    arm(labels, eventType) {
      armed?.observer.disconnect();
      const state = {
        eventType,
        t0: null as number | null,
        seen: 0,
        result: null as TooltipTiming | null,
        observer: new MutationObserver(() => {
          if (state.t0 === null || state.result) return;
          const tooltip = stageElement.querySelector('[role="tooltip"]');
          const text = tooltip?.textContent ?? '';
          if (!tooltip || !labels.every((label) => names(text, label))) return;
          const t1 = performance.now();
          tooltip.getBoundingClientRect();
          const t2 = performance.now();
          const { t0, seen } = state;
          state.observer.disconnect();
          void nextFrame().then((t3) => {
            state.result = {
              dispatchMs: seen - t0,
              updateMs: t1 - t0,
              layoutMs: t2 - t0,
              frameMs: t3 - t0,
            };
          });
        }),
      };
      state.observer.observe(stageElement, {
        subtree: true,
        childList: true,
        attributes: true,
        characterData: true,
      });
      armed = state;
    },
    result() {
      return armed?.result ?? null;
    },
  };

  // The input's own timestamp (when the browser created the event), seen before any chart handler.
  for (const type of ['pointermove', 'keydown']) {
    window.addEventListener(
      type,
      (event) => {
        if (armed && armed.eventType === type && armed.t0 === null) {
          armed.seen = performance.now();
          armed.t0 = event.timeStamp;
        }
      },
      { capture: true },
    );
  }
  (window as unknown as { __bench: BenchApi }).__bench = api;
}
