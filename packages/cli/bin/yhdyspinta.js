#!/usr/bin/env node
// The `yhdyspinta` command: runs the bundled CLI (dist/yhdyspinta.js, made by `pnpm --filter
// @yhdyspinta/cli build`).
import { existsSync } from 'node:fs';

const bundle = new URL('../dist/yhdyspinta.js', import.meta.url);
if (!existsSync(bundle)) {
  process.stderr.write(
    'yhdyspinta: the CLI is not built yet. Run "corepack pnpm --filter @yhdyspinta/cli build" in the repository.\n',
  );
  process.exit(1);
}
const { main } = await import(bundle.href);
process.exitCode = await main(process.argv.slice(2));
