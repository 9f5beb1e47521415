import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { ensureChromium } from '@chartroom/infra';
import { chromium, type Browser, type Page } from 'playwright-core';
import { repoRoot } from './isolated-chartroom.ts';

/** Where browser tests keep their screenshots (a CI artefact; look at them). */
export const SCREENSHOT_DIR = path.join(repoRoot, 'test-artifacts', 'screenshots');

/**
 * Headless Debian Chromium, with the flags that keep it off the network: this machine's network
 * is closed, and Chromium's background services would otherwise try Google's hosts at every start.
 */
export async function launchChromium(): Promise<Browser> {
  const executablePath = await ensureChromium((line) => process.stderr.write(`${line}\n`));
  return chromium.launch({
    executablePath,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-dev-shm-usage',
    ],
  });
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const file = path.join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

/** Signs in through the form, as a person would, and waits for the landing page. */
export async function signIn(page: Page, baseUrl: string, username: string, password: string): Promise<void> {
  await page.goto(`${baseUrl}/signin`);
  await page.getByTestId('signin-username').fill(username);
  await page.getByTestId('signin-password').fill(password);
  await page.getByTestId('signin-submit').click();
  await page.waitForURL((url) => !url.pathname.startsWith('/signin'));
}
