#!/usr/bin/env node
// The real clients the slide tests open their files with (issue 15): LibreOffice (`soffice`, to open
// every generated deck and convert slide SVGs) and poppler's `pdftotext`/`pdftoppm` (to read PDFs and
// rasterise pages), with Noto Sans for LibreOffice. `npm test` runs this first. When they are missing
// and this is a Debian/Ubuntu machine where we are root, it installs them with apt-get (about 20–40 s:
// libreoffice-impress, poppler-utils, fonts-noto-core, no recommends); nothing is downloaded otherwise.
// Without them `npm test` stops here with one line naming what is missing and how to get it (as it does
// for a missing browser): the slide tests are not passed without having opened the files.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findSoffice } from './libreoffice.mjs';

const PACKAGES = ['libreoffice-impress', 'poppler-utils', 'fonts-noto-core'];

function onPath(name) {
  try {
    return execFileSync('which', [name], { encoding: 'utf8' }).trim() !== '';
  } catch {
    return false;
  }
}

function missing() {
  const tools = [];
  if (!findSoffice()) tools.push('soffice (LibreOffice)');
  for (const name of ['pdftotext', 'pdftoppm']) if (!onPath(name)) tools.push(`${name} (poppler)`);
  return tools;
}

let absent = missing();
if (absent.length === 0) {
  console.log('office clients: LibreOffice and poppler found');
  process.exit(0);
}
const canApt =
  process.platform === 'linux' && process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
if (canApt) {
  console.log(
    `office clients: installing ${PACKAGES.join(', ')} with apt-get (missing: ${absent.join(', ')})`,
  );
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const update = spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  const install =
    update.status === 0 &&
    spawnSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...PACKAGES], {
      stdio: 'inherit',
      env,
    }).status === 0;
  if (!install) console.error('office clients: apt-get could not install them');
  absent = missing();
}
if (absent.length === 0) {
  console.log('office clients: LibreOffice and poppler installed');
  process.exit(0);
}
console.error(
  `office clients missing: ${absent.join(', ')} — install ${PACKAGES.join(' ')} (Debian/Ubuntu) or set SOFFICE_PATH.`,
);
process.exit(1);
