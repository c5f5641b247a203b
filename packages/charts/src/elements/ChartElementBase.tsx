import { createRoot } from 'react-dom/client';
import type { Root } from 'react-dom/client';
import {
  OBSERVED_ATTRIBUTES,
  bytesFromAttribute,
  secondsFromAttribute,
  dataFromAttribute,
  resolveElementLocale,
  sizeFromAttribute,
  textsFromAttributes,
  themeFromAttribute,
} from './attributes';
import type { ElementTexts } from './attributes';
import { hasAxisTitle } from './elementChart';
import type { ElementChart } from './elementChart';
import { ElementView } from './ElementView';
import type { ElementContent } from './ElementView';
import { adoptHostStyles } from './hostStyles';
import { localeGate } from './localeGate';
import { watchPageLanguage } from './pageLanguage';
import { DEFAULT_SOURCE_LIMITS } from './sourceTypes';
import type { SourceLimits, SourceProgress, SourceResult } from './sourceTypes';
import { yieldToPage } from './yieldToPage';

/** Outside browsers (server rendering imports this module) there is no HTMLElement to extend. */
const ElementBase: typeof HTMLElement =
  typeof HTMLElement === 'undefined' ? (class {} as unknown as typeof HTMLElement) : HTMLElement;

interface SourceState {
  readonly src: string;
  content: ElementContent;
}

function warn(message: string): void {
  console.warn(`[@yhdyspinta/charts] ${message}`);
}

/**
 * What every chart element does (YhdyspintaChartElement, and the data-free bundle's elements): renders
 * its chart with React (or preact/compat in the browser bundles) into an open shadow root and re-renders
 * when an observed attribute changes (locale, theme, width, height, data, src, and the texts chart-title,
 * subtitle, axis-title and source). `src` is fetched (CSV
 * or JSON raw responses) by `loadSource`, showing the loading state meanwhile and the error state on
 * failure; the element then dispatches `yhdyspinta-load` or `yhdyspinta-error` (bubbling, composed).
 * Nothing it does throws into the host page. Removing it from the document unmounts the chart.
 */
export abstract class ChartElementBase extends ElementBase {
  static get observedAttributes(): readonly string[] {
    return OBSERVED_ATTRIBUTES;
  }

  /** The chart this element draws. */
  protected abstract get chart(): ElementChart;

  /** Fetches and reads a `src` (never rejects: a failure is a result). */
  protected abstract loadSource(
    url: string,
    limits: SourceLimits,
    onProgress: SourceProgress,
  ): Promise<SourceResult>;

  #root: Root | null = null;
  #source: SourceState | null = null;
  #inline: { readonly text: string; readonly content: ElementContent } | null = null;
  /** The text attributes' overrides as last drawn (the same object while they are unchanged). */
  #texts: { readonly key: string; readonly texts: ElementTexts } | null = null;
  #connected = false;
  #renderQueued = false;
  #stopWatchingLanguage: (() => void) | null = null;
  /** The chart's code: 'ready', or loading / failed for a chart loaded on demand (lazyChart.ts). */
  #chartState: 'ready' | 'loading' | 'failed' = 'loading';
  /** Invalid `data` (inline or from `src`): the problems go to the page as a `yhdyspinta-error` event. */
  readonly #onDataError = (problems: readonly string[]): void => {
    const detail = { reason: 'invalid-data', problems };
    this.dispatchEvent(
      new CustomEvent('yhdyspinta-error', { detail, bubbles: true, composed: true }),
    );
  };

  connectedCallback(): void {
    this.#connected = true;
    // Without its own `locale`, the element follows the nearest `lang`, also when it changes later.
    this.#stopWatchingLanguage ??= watchPageLanguage(() => {
      if (!this.hasAttribute('locale')) this.#queueRender();
    });
    if (!this.#root) this.#mount();
    this.#prepareChart();
    this.#syncSource();
    this.#queueRender();
  }

  disconnectedCallback(): void {
    this.#connected = false;
    // Moving the element (disconnect + connect in one task) keeps its chart.
    queueMicrotask(() => {
      if (this.#connected) return;
      this.#stopWatchingLanguage?.();
      this.#stopWatchingLanguage = null;
      this.#unmount();
    });
  }

  attributeChangedCallback(name: string, oldValue: string | null, newValue: string | null): void {
    if (oldValue === newValue || !this.#connected) return;
    if (name === 'src') this.#syncSource();
    this.#queueRender();
  }

  /** Loads the chart's code if it loads on demand (lazyChart.ts), drawing the loading state meanwhile. */
  #prepareChart(): void {
    if (this.#chartState !== 'loading') return;
    const loading = this.chart.prepare?.();
    if (!loading) {
      this.#chartState = 'ready';
      return;
    }
    void loading.then(
      () => {
        this.#chartState = 'ready';
        this.#queueRender();
      },
      (error: unknown) => {
        warn(`<${this.localName}>: loading the chart failed: ${String(error)}`);
        this.#chartState = 'failed';
        this.#queueRender();
      },
    );
  }

  #mount(): void {
    const shadow = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
    shadow.replaceChildren();
    adoptHostStyles(shadow);
    const container = document.createElement('div');
    shadow.append(container);
    this.#root = createRoot(container, {
      // Errors escaping the element's error boundary are logged, never rethrown into the page.
      onUncaughtError: (error) => console.error(`[@yhdyspinta/charts] <${this.localName}>:`, error),
    });
  }

  #unmount(): void {
    // A fetch is shared with other elements: this one only stops listening (see #syncSource).
    this.#source = null;
    const root = this.#root;
    this.#root = null;
    root?.unmount();
    this.shadowRoot?.replaceChildren();
  }

  /** Starts fetching a new `src` (aborting the previous one) or drops a removed one. */
  #syncSource(): void {
    const src = this.getAttribute('src')?.trim() || null;
    if (src === (this.#source?.src ?? null)) return;
    if (src === null) {
      this.#source = null;
      return;
    }
    const state: SourceState = { src, content: { kind: 'loading' } };
    this.#source = state;
    const limits = {
      timeoutMs: (secondsFromAttribute(this.getAttribute('timeout')) ?? 15) * 1000,
      maxBytes: bytesFromAttribute(this.getAttribute('max-size')) ?? DEFAULT_SOURCE_LIMITS.maxBytes,
    };
    // Progress in whole percent: the loading state is drawn again only when the number shown changes.
    const onProgress = (fraction: number | null) => {
      const progress = fraction === null ? null : Math.floor(fraction * 100) / 100;
      const shown = state.content.kind === 'loading' ? (state.content.progress ?? null) : undefined;
      if (this.#source !== state || shown === undefined || shown === progress) return;
      state.content = { kind: 'loading', progress };
      this.#queueRender();
    };
    // The element listens while `src` is its source; the shared fetch goes on for others.
    void this.loadSource(src, limits, onProgress).then((result) => {
      if (this.#source !== state) return;
      state.content = result.ok
        ? { kind: 'responses', responses: result.responses }
        : { kind: 'error', reason: result.reason };
      this.#report(src, result);
      this.#queueRender();
    });
  }

  #report(src: string, result: SourceResult): void {
    if (!result.ok) warn(`<${this.localName} src="${src}">: ${result.detail}`);
    const detail = result.ok
      ? { src, responses: result.responses.length }
      : { src, reason: result.reason, message: result.detail, errors: result.errors };
    const type = result.ok ? 'yhdyspinta-load' : 'yhdyspinta-error';
    this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
  }

  #content(): ElementContent {
    if (this.#source) return this.#source.content;
    const text = this.getAttribute('data');
    if (text === null || text.trim() === '') return { kind: 'shipped' };
    if (this.#inline?.text !== text) {
      const parsed = dataFromAttribute(text);
      if (!parsed.ok) warn(`<${this.localName} data>: not valid JSON: ${parsed.problem}`);
      const content: ElementContent = parsed.ok
        ? { kind: 'data', data: parsed.value }
        : { kind: 'error', reason: 'invalid' };
      this.#inline = { text, content };
    }
    return this.#inline.content;
  }

  /**
   * Renders in a task of its own (not a microtask of the task that changed something): drawing a chart
   * from a large `src` must not lengthen the task of the last parsing slice, and Preact renders at once
   * where React would schedule it.
   */
  #queueRender(): void {
    if (this.#renderQueued) return;
    this.#renderQueued = true;
    void yieldToPage().then(() => {
      this.#renderQueued = false;
      if (this.#root && this.#connected) this.#render(this.#root);
    });
  }

  #render(root: Root): void {
    const pageLang = this.closest('[lang]')?.getAttribute('lang');
    try {
      this.#draw(root, pageLang);
    } catch (error) {
      // Preact throws what escapes the error boundary from render(); React reports it to onUncaughtError.
      console.error(`[@yhdyspinta/charts] <${this.localName}>:`, error);
    }
  }

  /** The chart's texts from `chart-title`, `subtitle`, `axis-title` and `source`. */
  #textOverrides(): ElementTexts {
    const texts = textsFromAttributes((name) => this.getAttribute(name));
    const key = JSON.stringify(texts);
    if (this.#texts?.key === key) return this.#texts.texts;
    if (texts.axisTitle !== undefined && !hasAxisTitle(this.chart.tag)) {
      warn(
        `<${this.localName} axis-title>: this chart has no axis title; the attribute is not used.`,
      );
    }
    this.#texts = { key, texts };
    return texts;
  }

  #draw(root: Root, pageLang: string | null | undefined): void {
    const texts = this.#textOverrides();
    const shared = {
      locale: resolveElementLocale(this.getAttribute('locale'), pageLang),
      theme: themeFromAttribute(this.getAttribute('theme')),
      width: sizeFromAttribute(this.getAttribute('width')),
      height: sizeFromAttribute(this.getAttribute('height')),
    };
    // The browser bundles' Swedish and English texts load when first needed (localePacks.ts).
    const waiting = localeGate({ ...shared, title: texts.title }, () => this.#queueRender());
    root.render(
      waiting ?? (
        <ElementView
          {...shared}
          chart={this.chart}
          onDataError={this.#onDataError}
          content={
            this.#chartState === 'ready'
              ? this.#content()
              : this.#chartState === 'loading'
                ? { kind: 'loading' }
                : { kind: 'error', reason: 'load' }
          }
          texts={texts}
        />
      ),
    );
  }
}
