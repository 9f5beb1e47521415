import { existsSync, readFileSync } from 'node:fs';
import { loadConfig, type Config } from '@chartroom/config';
import { ENV_FILE } from './paths.ts';

/**
 * Configuration for CLI commands: the environment, filled in with the endpoints that
 * `chartroom up` resolved (explicit environment variables win).
 */
export function cliConfig(): Config {
  const saved = existsSync(ENV_FILE)
    ? (JSON.parse(readFileSync(ENV_FILE, 'utf8')) as Record<string, string>)
    : {};
  return loadConfig({ ...saved, ...process.env });
}
