#!/usr/bin/env node
// Checks that the static Storybook (storybook-static/, from `pnpm run build-storybook`) serves the
// same stories as the sources: index.json must list exactly the story ids that stories/**/*.stories.tsx
// define, and a docs entry for every stories/**/*.mdx page.
// Usage: node scripts/check-storybook-index.mjs [storybook-static]
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readCsf } from 'storybook/internal/csf-tools';

const repoRoot = resolve(fileURLToPath(new URL('..', import.meta.url)));
const staticDir = resolve(repoRoot, process.argv[2] ?? 'storybook-static');
const storiesDir = join(repoRoot, 'stories');

/** Repo-relative paths (POSIX, "./stories/…") of the files under stories/ ending with `suffix`. */
function sourceFiles(suffix) {
  return readdirSync(storiesDir, { recursive: true })
    .map(String)
    .filter((file) => file.endsWith(suffix))
    .map((file) => './' + relative(repoRoot, join(storiesDir, file)).split('\\').join('/'))
    .sort();
}

async function sourceStoryIds() {
  const ids = [];
  for (const importPath of sourceFiles('.stories.tsx')) {
    const csf = await readCsf(join(repoRoot, importPath), {
      makeTitle: (title) => {
        if (!title)
          throw new Error(`${importPath}: the meta needs an explicit title (stories/STORIES.md)`);
        return title;
      },
    });
    csf.parse();
    ids.push(...csf.stories.map((story) => story.id));
  }
  return ids.sort();
}

function difference(a, b) {
  const other = new Set(b);
  return a.filter((item) => !other.has(item));
}

const index = JSON.parse(readFileSync(join(staticDir, 'index.json'), 'utf8'));
const entries = Object.values(index.entries);
const builtStoryIds = entries
  .filter((e) => e.type === 'story')
  .map((e) => e.id)
  .sort();
const builtDocsPaths = new Set(entries.filter((e) => e.type === 'docs').map((e) => e.importPath));

const expectedIds = await sourceStoryIds();
const problems = [
  ...difference(expectedIds, builtStoryIds).map((id) => `missing from the build: story ${id}`),
  ...difference(builtStoryIds, expectedIds).map(
    (id) => `in the build but not in the sources: story ${id}`,
  ),
  ...sourceFiles('.mdx')
    .filter((path) => !builtDocsPaths.has(path))
    .map((path) => `missing from the build: docs page ${path}`),
];

if (problems.length > 0) {
  console.error(`storybook-static/index.json does not match stories/:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log(
  `storybook-static/index.json: all ${expectedIds.length} stories and ${builtDocsPaths.size} docs entries present.`,
);
