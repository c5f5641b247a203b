/** Headless Chromium through playwright-core, as scripts/chromium.mjs finds it (no downloaded browser). */
import { chromium } from 'playwright-core';
import type { Browser } from 'playwright-core';
import { chromiumLaunchOptions } from '../../../scripts/chromium.mjs';

export function launchChromium(): Promise<Browser> {
  return chromium.launch(chromiumLaunchOptions());
}
