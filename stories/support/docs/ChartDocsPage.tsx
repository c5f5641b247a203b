/**
 * The docs page of every chart (`parameters.docs.page` in .storybook/preview.tsx, issue 16): the primary
 * story (the file's first, the shipped data following the toolbar) with its Controls, then every other
 * story of the page as a small tile, grouped (`parameters.gallery.group`: languages, sizes and themes,
 * states, then the chart's own examples). Behaviour-only stories (hover, keyboard) are tagged
 * `!autodocs`: they stay in the sidebar, off this page.
 */
import {
  AnchorMdx,
  Controls,
  Description,
  DocsContext,
  Heading,
  Markdown,
  Primary,
  Story,
  Subheading,
  Title,
} from '@storybook/addon-docs/blocks';
import type { ReactRenderer } from '@storybook/react-vite';
import { useContext, useState } from 'react';
import type { CSSProperties } from 'react';
import type { PreparedStory } from 'storybook/internal/types';
import type { GalleryGroup, GalleryParameters } from './gallery';
import { StoryThumb } from './StoryThumb';

const GROUPS: readonly GalleryGroup[] = [
  'Languages',
  'Sizes and themes',
  'States',
  'More examples',
];

type Prepared = PreparedStory<ReactRenderer>;

const grid = (tileWidth = 300): CSSProperties => ({
  display: 'grid',
  gridTemplateColumns: `repeat(auto-fill, minmax(${tileWidth}px, 1fr))`,
  gap: 16,
  listStyle: 'none',
  padding: 0,
  margin: '8px 0 24px',
});

/** Long code in a caption wraps inside its tile; a wide tile spans two columns where there are two. */
const TILE_CSS = [
  '.yhdyspinta-caption code { white-space: normal; overflow-wrap: anywhere; }',
  '.yhdyspinta-wide { grid-column: span 2; }',
  '@media (max-width: 720px) { .yhdyspinta-wide { grid-column: auto; } }',
].join('\n');

const card: CSSProperties = {
  border: '1px solid #d0d7de',
  borderRadius: 8,
  padding: 12,
  background: '#fff',
  minWidth: 0,
};

function galleryOf(story: Prepared): GalleryParameters {
  return (story.parameters.gallery ?? {}) as GalleryParameters;
}

function descriptionOf(story: Prepared): string | undefined {
  const docs = story.parameters.docs as { description?: { story?: string } } | undefined;
  return docs?.description?.story;
}

const button: CSSProperties = {
  margin: '12px 0',
  padding: '6px 12px',
  border: '1px solid #0072b2',
  borderRadius: 4,
  background: '#fff',
  color: '#005a8c',
  font: 'inherit',
  cursor: 'pointer',
};

function Tile({ story }: { story: Prepared }) {
  const description = descriptionOf(story) ?? galleryOf(story).caption;
  const { width, wide, onDemand, thumbHeight, drawWidth } = galleryOf(story);
  const [shown, setShown] = useState(!onDemand);
  return (
    <li style={card} className={wide ? 'yhdyspinta-wide' : undefined}>
      <h4 style={{ margin: '0 0 4px', fontSize: 15 }}>
        <AnchorMdx href={`?path=/story/${story.id}`} target="_self">
          {story.name}
        </AnchorMdx>
      </h4>
      {description ? (
        <div className="yhdyspinta-caption" style={{ fontSize: 13, lineHeight: 1.4 }}>
          <Markdown>{description}</Markdown>
        </div>
      ) : null}
      {shown ? (
        <StoryThumb renderWidth={width} drawWidth={drawWidth} maxHeight={thumbHeight}>
          <Story of={story.moduleExport} />
        </StoryThumb>
      ) : (
        <>
          <p style={{ fontSize: 13 }}>
            The chart also reports the problem in the browser console (console.error, in production
            too), so it is drawn here only when you ask.
          </p>
          <button type="button" style={button} onClick={() => setShown(true)}>
            Draw {story.name}
          </button>
        </>
      )}
    </li>
  );
}

export function ChartDocsPage() {
  const context = useContext(DocsContext);
  const [primary, ...rest] = context
    .componentStories()
    .filter((story) => story.tags.includes('autodocs')) as Prepared[];
  const groups = GROUPS.map((group) => ({
    group,
    stories: rest.filter((story) => (galleryOf(story).group ?? 'More examples') === group),
  })).filter(({ stories }) => stories.length > 0);

  const { tileWidth } = primary ? galleryOf(primary) : {};
  return (
    <>
      <style>{TILE_CSS}</style>
      <Title />
      <Description />
      <Heading>Try it</Heading>
      <p>
        {primary ? `${primary.name}: ` : ''}change any prop below and the chart redraws. Unset, the
        language and the theme follow the toolbar. On a story&apos;s own page (the sidebar) the
        Actions panel also logs the callbacks: onSelect, onActiveChange, onError.
      </p>
      <Primary />
      <Controls />
      <Heading>States and variants</Heading>
      <p>
        Each tile is a story drawn small; open it for the whole chart, its test and its
        accessibility panel. The stories that test hovering and the keyboard are in the sidebar.
      </p>
      {groups.map(({ group, stories }) => (
        <section key={group}>
          <Subheading>{group}</Subheading>
          <ul style={grid(tileWidth)}>
            {stories.map((story) => (
              <Tile key={story.id} story={story} />
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}
