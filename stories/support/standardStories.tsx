/**
 * The story set every chart has (stories/STORIES.md), written once: the shipped data in each language,
 * the sizes, the themes, the states, hover and keyboard. `standardStories(options)` returns story
 * OBJECTS; each chart's stories file keeps one named export per story, because Storybook reads the
 * exports statically (CSF) and the story ids come from the export names:
 *
 *   const std = standardStories<GoalBarChartProps>({ component: GoalBarChart, … });
 *   export const Loading: Story = std.Loading;
 *
 * The play functions are the story tests; a chart adds only what differs (its shipped-chart check,
 * its data for the states, the keys its keyboard model uses).
 */
import type { ReactRenderer, StoryContext } from '@storybook/react-vite';
import type { PlayFunction, StoryAnnotations } from 'storybook/internal/types';
import type { ComponentType } from 'react';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { getMessages } from '@yhdyspinta/charts';
import type { CommonChartProps } from '@yhdyspinta/charts';
import type { Locale } from '@yhdyspinta/data';
import { chartGlobals } from './globals';
import { isLocale } from './globalTypes';
import { framedRender } from './render';
import type { FrameSize } from './StoryFrame';
import { BEHAVIOUR_ONLY, CAPTIONS, gallery } from './docs/gallery';

/** A chart check run on the chart's figure, in the story's context. */
export type FigureCheck<P> = (figure: HTMLElement, context: StoryContext<P>) => Promise<void>;

/** What an accessible name is expected to be: the text, a pattern, or `expect.stringContaining(…)`. */
export type ExpectedName = string | RegExp;

/** One keyboard step: the keys (user-event syntax) and the focused mark's accessible name after them. */
export interface KeyStep {
  keys: string;
  name: ExpectedName;
}

export interface StandardStoryOptions<P> {
  /** The chart, drawn framed in the size stories. */
  component: ComponentType<P>;
  /**
   * Waits for the chart of the shipped data (no `data` prop), checks what every shipped story shows
   * and resolves to its figure. Run by every story of the set that draws the shipped data.
   */
  expectShippedChart: (context: StoryContext<P>) => Promise<HTMLElement>;
  /** Extra checks of the shipped chart when the language is pinned (decimal separator, names). */
  shippedIn: Readonly<Record<Locale, FigureCheck<P>>>;
  /** The IntranetCard story's description (what changes at about 400 px). */
  intranetCard: string;
  /** The Slide story's description, if it says more than the standard one. */
  slide?: string;
  /** The args of the Empty story: the chart's empty data. */
  empty: Partial<P>;
  /** The InvalidData story: illustrative invalid data (the story marks it `illustrative`). */
  invalid: { args: Partial<P>; description: string };
  /** The PartialCoverage story: the shipped data's coverage (6/10), and how the chart shows it. */
  partialCoverage: { description: string; args?: Partial<P>; check: FigureCheck<P> };
  /** HoverShowsTooltip: what the tooltip of the first mark says. */
  hover: {
    tooltip: (context: StoryContext<P>) => string;
    /** Where on the first mark's box the pointer goes (default: its centre). */
    at?: (box: DOMRect) => { clientX: number; clientY: number };
  };
  /** KeyboardNavigation: Tab enters, the steps move, Escape hides the tooltip, Tab leaves. */
  keyboard: {
    description: string;
    /** Show the chart in a frame of this size (default: the meta's render). */
    size?: FrameSize;
    /** Waits for what the steps need (e.g. a width) once the shipped chart is there. */
    ready?: FigureCheck<P>;
    /** Checks the focused mark right after Tab (its name and description). */
    entered?: (mark: HTMLElement, context: StoryContext<P>) => Promise<void>;
    steps: (context: StoryContext<P>) => readonly KeyStep[];
  };
}

/** A story of a chart with props P (what `StoryObj<typeof meta>` is for a meta without args). */
export type ChartStory<P> = StoryAnnotations<ReactRenderer, P>;

type StandardStoryName =
  | 'ShippedData'
  | 'ShippedDataFinnish'
  | 'ShippedDataSwedish'
  | 'ShippedDataEnglish'
  | 'IntranetCard'
  | 'FullWidth'
  | 'Slide'
  | 'DefaultTheme'
  | 'HighContrastTheme'
  | 'Empty'
  | 'InvalidData'
  | 'Loading'
  | 'PartialCoverage'
  | 'HoverShowsTooltip'
  | 'KeyboardNavigation';

/** The language the story is shown in (its `locale` control, else the toolbar's or its pinned one). */
export function localeOf(context: {
  globals: Readonly<Record<string, unknown>>;
  args?: { readonly locale?: unknown };
}): Locale {
  // A `locale` set in the Controls panel wins over the toolbar, as in chartRender.
  const own = context.args?.locale;
  return isLocale(own) ? own : chartGlobals(context).locale;
}

/** A story's docs description (`parameters.docs.description.story`). */
export function storyDescription(story: string) {
  return { docs: { description: { story } } };
}

/** The centre of an element's box in client coordinates. */
export function centreOf(element: Element): { clientX: number; clientY: number } {
  const box = element.getBoundingClientRect();
  return { clientX: box.left + box.width / 2, clientY: box.top + box.height / 2 };
}

/** The chart's one focusable element (one Tab stop), drawn on and named after the active mark. */
export function focusable(figure: HTMLElement): HTMLElement {
  return within(figure).getByRole('graphics-symbol');
}

/**
 * The meta's argTypes shared by every chart. The controls themselves come from the props' doc comments
 * and `refineChartArgTypes` (stories/support/argTypes.ts): `locale` and `theme` follow the toolbar until
 * the reader sets their control.
 */
export const toolbarArgTypes = {} as const;

const SLIDE_DESCRIPTION =
  'The slide theme at 1920 × 1080 (fixed `width` and `height`), as pasted on a slide.';

export function standardStories<P extends CommonChartProps>(
  options: StandardStoryOptions<P>,
): Record<StandardStoryName, ChartStory<P>> {
  const { component, expectShippedChart, keyboard } = options;
  type Story = ChartStory<P>;

  const shipped = (check?: FigureCheck<P>): PlayFunction<ReactRenderer, P> =>
    async function play(context) {
      const figure = await expectShippedChart(context);
      await check?.(figure, context);
    };

  const pinnedLocale = (locale: Locale): Story => ({
    globals: { locale },
    parameters: gallery('Languages', { caption: CAPTIONS[locale] }),
    play: shipped(options.shippedIn[locale]),
  });

  /** A state without marks: its message in the role="status" group, and no mark to focus. */
  const stateStory = (message: (locale: Locale) => string): PlayFunction<ReactRenderer, P> =>
    async function play(context) {
      const canvas = within(context.canvasElement);
      await expect(await canvas.findByRole('status')).toHaveTextContent(message(localeOf(context)));
      await expect(canvas.queryAllByRole('graphics-symbol')).toHaveLength(0);
    };

  return {
    ShippedData: { play: shipped() },
    ShippedDataFinnish: pinnedLocale('fi'),
    ShippedDataSwedish: pinnedLocale('sv'),
    ShippedDataEnglish: pinnedLocale('en'),

    // --- sizes ---
    IntranetCard: {
      render: framedRender(component, 'card'),
      parameters: {
        ...storyDescription(options.intranetCard),
        ...gallery('Sizes and themes', { wide: true }),
      },
      // The chart measures its container after the first paint.
      play: shipped((figure) => waitFor(() => expect(figure).toHaveAttribute('width', '400'))),
    },
    // The docs page's primary story is already full width.
    FullWidth: { render: framedRender(component, 'full'), tags: BEHAVIOUR_ONLY, play: shipped() },
    Slide: {
      globals: { theme: 'slide' },
      render: framedRender(component, 'slide', { width: 1920, height: 1080 }),
      parameters: {
        layout: 'fullscreen',
        ...storyDescription(options.slide ?? SLIDE_DESCRIPTION),
        ...gallery('Sizes and themes', { width: 1920 }),
      },
      play: shipped(async (figure) => {
        await expect(figure).toHaveAttribute('width', '1920');
        await expect(figure).toHaveAttribute('height', '1080');
      }),
    },

    // --- themes (the slide theme is the Slide story) ---
    DefaultTheme: {
      globals: { theme: 'default' },
      parameters: gallery('Sizes and themes', { caption: CAPTIONS.default }),
      play: shipped(),
    },
    HighContrastTheme: {
      globals: { theme: 'high-contrast' },
      parameters: gallery('Sizes and themes', { caption: CAPTIONS.highContrast }),
      play: shipped(),
    },

    // --- states ---
    Empty: {
      args: options.empty,
      parameters: gallery('States', { caption: CAPTIONS.empty }),
      play: stateStory((locale) => getMessages(locale).common.emptyData),
    },
    InvalidData: {
      args: { ...options.invalid.args, illustrative: true } as Partial<P>,
      // Invalid data is reported with console.error: on the docs page drawn only when asked.
      parameters: {
        ...storyDescription(options.invalid.description),
        ...gallery('States', { onDemand: true }),
      },
      play: stateStory((locale) => getMessages(locale).common.invalidData),
    },
    Loading: {
      args: { loading: true } as Partial<P>,
      parameters: gallery('States', { caption: CAPTIONS.loading }),
      play: async (context) => {
        const figure = await within(context.canvasElement).findByRole('figure');
        await expect(figure).toHaveAttribute('aria-busy', 'true');
        await expect(within(figure).getByRole('status')).toHaveTextContent(
          getMessages(localeOf(context)).common.loading,
        );
      },
    },
    PartialCoverage: {
      ...(options.partialCoverage.args ? { args: options.partialCoverage.args } : {}),
      parameters: {
        ...storyDescription(options.partialCoverage.description),
        ...gallery('States'),
      },
      play: shipped(options.partialCoverage.check),
    },

    // --- interactions ---
    HoverShowsTooltip: {
      tags: BEHAVIOUR_ONLY,
      play: async (context) => {
        const canvas = within(context.canvasElement);
        const mark = focusable(await expectShippedChart(context));
        // The pointer over the first mark (the focusable element sits on it): the marks' group maps
        // the position to that mark, without a listener per mark.
        const group = mark.closest('[role="group"]');
        if (!group) throw new Error('no group of marks around the focusable element');
        await expect(canvas.queryByRole('tooltip')).toBeNull();
        // A responsive chart may still take its container's width after its first drawing: the
        // pointer goes where the mark is now, again until the chart has settled and shows the tooltip.
        const tooltip = await waitFor(async () => {
          const coords = options.hover.at?.(mark.getBoundingClientRect()) ?? centreOf(mark);
          await userEvent.pointer({ target: group, coords });
          return canvas.getByRole('tooltip');
        });
        await expect(tooltip).toHaveTextContent(options.hover.tooltip(context));
        await userEvent.unhover(group);
        await waitFor(() => expect(canvas.queryByRole('tooltip')).toBeNull());
      },
    },
    KeyboardNavigation: {
      tags: BEHAVIOUR_ONLY,
      ...(keyboard.size ? { render: framedRender(component, keyboard.size) } : {}),
      parameters: storyDescription(keyboard.description),
      play: async (context) => {
        const canvas = within(context.canvasElement);
        const figure = await expectShippedChart(context);
        await keyboard.ready?.(figure, context);
        // One focusable element moves from mark to mark (roving focus): the same element throughout.
        const mark = focusable(figure);
        await userEvent.tab();
        await expect(mark).toHaveFocus();
        const tooltip = await canvas.findByRole('tooltip');
        // The tooltip is the focused mark's description and follows the focus.
        await expect(mark).toHaveAttribute('aria-describedby', tooltip.id);
        await keyboard.entered?.(mark, context);

        const steps = keyboard.steps(context);
        await expect(steps.length).toBeGreaterThan(0);
        for (const step of steps) {
          await userEvent.keyboard(step.keys);
          await expect(mark).toHaveFocus();
          await expect(mark).toHaveAccessibleName(step.name);
          await expect(mark).toHaveAttribute('aria-describedby', canvas.getByRole('tooltip').id);
        }

        await userEvent.keyboard('{Escape}');
        await waitFor(() => expect(canvas.queryByRole('tooltip')).toBeNull());
        await expect(mark).toHaveFocus();
        // One Tab stop: the next Tab leaves the chart.
        await userEvent.tab();
        await expect(mark).not.toHaveFocus();
      },
    },
  };
}
