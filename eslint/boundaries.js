// The import boundaries of the packages: the charts' layers, shipped data only in a chart's definition and
// shipped/ adapters, a chart's public face, other packages by their entries only. Tested in
// tests/structure/lintBoundaries.test.ts (each rule must fire).

/**
 * The layers of packages/charts/src, lowest first. A folder may import its own layer and those below,
 * never one above: 1 the pure basics, 2 layout and accessibility, 3 the shared chart parts, 4 the charts.
 * The entries (ENTRY_FOLDERS, ENTRY_FILES) may import anything.
 */
const CHART_LAYERS = [
  ['dev', 'geometry', 'locale', 'text', 'theme'],
  ['layout', 'a11y'],
  ['common', 'interaction', 'chart'],
  ['GoalBarChart', 'ThemeHeatmap', 'RescueRadar', 'ResponseCoverage'],
];
const CHART_FOLDERS = CHART_LAYERS[CHART_LAYERS.length - 1];
const ENTRY_FOLDERS = ['static', 'elements'];
const ENTRY_FILES = ['catalogue', 'core', 'index'];
const CHARTS_SRC = 'packages/charts/src';
/** Folder depths below src/ given their own (exact) relative-path patterns. */
const DEPTHS = [1, 2, 3, 4];

/**
 * The shipped data of @yhdyspinta/data: the 2024 survey, the 2025 negotiation memos and the theme
 * taxonomy. A chart folder is a chart for any data; only its definition file (definition.ts/tsx) and its
 * shipped/ adapters (shipped data by default) bind it to the shipped data. Types stay importable
 * everywhere.
 */
const SHIPPED_DATA = {
  name: '@yhdyspinta/data',
  importNames: [
    'survey2024',
    'SURVEY_2024_FILE',
    'negotiations2025',
    'negotiationPointById',
    'MEMO_SECTIONS',
    'themeCounts',
    'themes',
    'THEME_IDS',
    'themeById',
  ],
  allowTypeImports: true,
  message:
    'Shipped data is bound to a chart in its definition.ts and shipped/ only; take the data as an argument.',
};

const escapeRegex = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const alternatives = (names) => names.map(escapeRegex).join('|');
/** "../" `n` times, as a regex. */
const up = (n) => '\\.\\./'.repeat(n);

/** The no-restricted-imports patterns of a file `depth` folders below packages/<pkg>/src. */
function packagePatterns(depth) {
  return [
    {
      regex: `^${up(depth + 1)}`,
      message: 'Stay inside the package: import another package by its name and entry.',
    },
    {
      regex: '^@yhdyspinta/[^/]+/(src|dist)(/|$)',
      message: 'Import a package through its entries (package.json exports), not its files.',
    },
  ];
}

/** The patterns of a chart source `depth` folders below src/, in layer `layer` (0-based). */
function layerPatterns(layer, depth) {
  const above = [...CHART_LAYERS.slice(layer + 1).flat(), ...ENTRY_FOLDERS];
  const patterns = [
    ...packagePatterns(depth),
    {
      regex: `^${up(depth)}(${alternatives(above)})(/|$)`,
      message: `A layer may import only its own and lower layers (${CHART_LAYERS.map((l) => l.join(' ')).join(' < ')} < entries).`,
    },
    {
      regex: `^${up(depth)}(${alternatives(ENTRY_FILES)})$`,
      message: 'Only the entries import the entries.',
    },
    {
      regex: '^@yhdyspinta/charts(/|$)',
      message: 'Inside the charts package, import the module itself, not the package entry.',
    },
  ];
  if (layer === CHART_LAYERS.length - 1) {
    patterns.push({
      regex: `^${up(depth)}(${alternatives(CHART_FOLDERS)})/`,
      message:
        "Another chart folder only through its public face (its index.ts): '../GoalBarChart'.",
    });
  }
  return patterns;
}

/** Files `depth` folders below src/ in `folder`. */
const filesAt = (folder, depth) => [`${CHARTS_SRC}/${folder}/${'*/'.repeat(depth - 1)}*.{ts,tsx}`];

/** The no-restricted-imports blocks of the import boundaries, one per folder and depth. */
export function boundaryConfigs() {
  const configs = [];
  const restrict = (files, options, ignores = []) =>
    configs.push({ files, ignores, rules: { 'no-restricted-imports': ['error', options] } });
  CHART_LAYERS.forEach((folders, layer) => {
    for (const folder of folders) {
      for (const depth of DEPTHS) {
        const files = filesAt(folder, depth);
        if (CHART_FOLDERS.includes(folder)) {
          // Shipped data in definition.ts (depth 1) and shipped/ (depth 2 and below) only.
          const patterns = layerPatterns(layer, depth);
          const shipped =
            depth === 1
              ? [`${CHARTS_SRC}/${folder}/definition.{ts,tsx}`]
              : filesAt(`${folder}/shipped`, depth - 1);
          // A chart's public face (index.ts) reaches neither its definition nor its shipped/ adapters,
          // so the core entry (made of the faces) carries no shipped data.
          const face = depth === 1 ? [`${CHARTS_SRC}/${folder}/index.ts`] : [];
          restrict(files, { paths: [SHIPPED_DATA], patterns }, [...shipped, ...face]);
          restrict(shipped, { patterns });
          if (face.length > 0) {
            restrict(face, {
              paths: [SHIPPED_DATA],
              patterns: [
                ...patterns,
                {
                  regex: '^\\./(definition|shipped)(/|$)',
                  message:
                    "A chart's public face does not export its definition or shipped/ adapters: the core entry stays free of shipped data.",
                },
              ],
            });
          }
        } else {
          restrict(files, { patterns: layerPatterns(layer, depth) });
        }
      }
    }
  });
  // The CLI and the data package: other packages by their entries only.
  for (const pkg of ['cli', 'data']) {
    for (const depth of [0, ...DEPTHS]) {
      const files = [`packages/${pkg}/src/${'*/'.repeat(depth)}*.{ts,tsx}`];
      restrict(files, { patterns: packagePatterns(depth) });
    }
  }
  return configs;
}
