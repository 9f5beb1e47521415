import type { Config } from '@chartroom/config';
import { CliError } from './cli-error.ts';
import { cliToken } from './local-accounts.ts';

/** Calls the Chartroom API; a down API becomes one readable line, not a stack trace. */
export async function apiGet<T>(config: Config, path: string): Promise<T> {
  return apiCall<T>(config, 'GET', path);
}

export async function apiPut<T>(config: Config, path: string, body: unknown): Promise<T> {
  return apiCall<T>(config, 'PUT', path, body);
}

async function apiCall<T>(config: Config, method: string, path: string, body?: unknown): Promise<T> {
  const url = new URL(path, config.CHARTROOM_API_URL);
  const token = cliToken();
  let response: Response;
  try {
    response = await fetch(url, {
      method,
      headers: {
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      signal: AbortSignal.timeout(30_000),
    });
  } catch {
    throw new CliError(
      `the Chartroom API is not reachable at ${config.CHARTROOM_API_URL}; start it with: npx chartroom up`,
    );
  }
  const answer = (await response.json().catch(() => ({}))) as T & { error?: string };
  if (response.status === 401) {
    throw new CliError(
      "the API did not accept the command line's token; run npx chartroom up (it issues one) or set CHARTROOM_API_TOKEN",
    );
  }
  if (!response.ok)
    throw new CliError(`the API answered ${response.status}: ${answer.error ?? response.statusText}`);
  return answer;
}
