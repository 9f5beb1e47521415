import { userInfo } from 'node:os';
import type { Config } from '@chartroom/config';
import { CliError } from './cli-error.ts';

/** Calls the Chartroom API; a down API becomes one readable line, not a stack trace. */
export async function apiGet<T>(config: Config, path: string): Promise<T> {
  const url = new URL(path, config.CHARTROOM_API_URL);
  let response: Response;
  try {
    response = await fetch(url, {
      headers: { 'x-chartroom-actor': `cli.${userInfo().username}` },
      signal: AbortSignal.timeout(30_000),
    });
  } catch {
    throw new CliError(
      `the Chartroom API is not reachable at ${config.CHARTROOM_API_URL}; start it with: npx chartroom up`,
    );
  }
  const body = (await response.json().catch(() => ({}))) as T & { error?: string };
  if (!response.ok)
    throw new CliError(`the API answered ${response.status}: ${body.error ?? response.statusText}`);
  return body;
}
