/**
 * Debian's chromium under playwright-core. Without /usr/bin/chromium the browser tests are
 * skipped with a message on a developer's machine, but never in CI (CI installs it: .ci/run).
 */
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { ROOT } from './serve-helper.js';

export const CHROMIUM = '/usr/bin/chromium';

/** A reason to skip, or false when the browser tests must run. */
export function skipBrowser(): string | false {
  if (existsSync(CHROMIUM) || process.env.CI) return false;
  return `browser tests skipped: ${CHROMIUM} is missing (apt-get install chromium); they always run when CI is set`;
}

export function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
  });
}

/**
 * Where screenshots go: docs/ when PARLEY_SCREENSHOTS=docs (to refresh the README's pictures),
 * else a scratch folder, so that running the tests does not change tracked files.
 */
export function screenshotPath(name: string, scratch: string): string {
  const dir = process.env.PARLEY_SCREENSHOTS === 'docs' ? join(ROOT, 'docs') : scratch;
  mkdirSync(dir, { recursive: true });
  return join(dir, `screenshot-${name}.png`);
}
