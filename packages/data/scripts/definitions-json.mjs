// Writes the shipped definitions as JSON beside their schemas: schema/lansi-uusimaa.area.json and
// schema/kuntakysely-2024.survey.json (areaToJson / surveyToJson of lansiUusimaa and survey2024Definition).
// tests/data/definitions.json.test.ts checks the files equal the TypeScript definitions and pass the schemas.
// Run with `node packages/data/scripts/definitions-json.mjs` after changing a definition.
import { build } from 'esbuild';
import { format } from 'prettier';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

const bundle = await build({
  stdin: {
    contents: `
      export { areaToJson, surveyToJson } from './src/definitions/json';
      export { lansiUusimaa } from './src/municipalities';
      export { survey2024Definition } from './src/survey2024/definition';
    `,
    resolveDir: root,
    loader: 'ts',
  },
  bundle: true,
  format: 'esm',
  platform: 'node',
  write: false,
  logLevel: 'warning',
});
const code = bundle.outputFiles[0].text;
const mod = await import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);

const write = async (name, value) => {
  const text = await format(JSON.stringify(value), { parser: 'json' });
  writeFileSync(`${root}schema/${name}`, text);
  console.log(`wrote schema/${name}`);
};
await write('lansi-uusimaa.area.json', mod.areaToJson(mod.lansiUusimaa));
await write('kuntakysely-2024.survey.json', mod.surveyToJson(mod.survey2024Definition));
