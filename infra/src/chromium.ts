import { findExecutable, runCommand } from './process-control.ts';
import type { Log } from './types.ts';

const NAMES = ['chromium', 'chromium-browser', 'google-chrome'];

/**
 * The Chromium the browser tests and the web benchmark drive (through playwright-core): the one
 * CHARTROOM_CHROMIUM names, else one on the PATH, else Debian's `chromium` package installed now
 * (as root with apt-get, as the Elasticsearch download is fetched on a first run).
 */
export async function ensureChromium(log: Log = () => {}): Promise<string> {
  const configured = process.env.CHARTROOM_CHROMIUM?.trim();
  if (configured) return configured;
  const found = NAMES.map((name) => findExecutable(name)).find((path) => path !== undefined);
  if (found) return found;
  const apt = findExecutable('apt-get');
  if (!apt || process.getuid?.() !== 0) {
    throw new Error(
      'the browser tests need Chromium: install Debian\'s "chromium" package (or set CHARTROOM_CHROMIUM to a Chromium binary)',
    );
  }
  log("chromium: not found; installing Debian's chromium package (once)");
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  let install = await runCommand(apt, ['install', '-y', '--no-install-recommends', 'chromium'], {
    env,
    timeoutMs: 900_000,
  });
  if (install.code !== 0) {
    await runCommand(apt, ['update'], { env, timeoutMs: 600_000 });
    install = await runCommand(apt, ['install', '-y', '--no-install-recommends', 'chromium'], {
      env,
      timeoutMs: 900_000,
    });
  }
  const installed = findExecutable('chromium');
  if (install.code !== 0 || !installed) {
    throw new Error(
      `installing chromium failed (apt-get exited ${install.code}): ${install.stderr.slice(-500)}`,
    );
  }
  return installed;
}
