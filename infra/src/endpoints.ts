import type { ServiceEndpoints, ServicesMode } from './types.ts';

type Env = Record<string, string | undefined>;

// s3rver only accepts its fixed S3RVER/S3RVER pair, while MinIO requires a password of at least
// 8 characters, so the two modes cannot share credentials.
export const LOCAL_S3_CREDENTIALS = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' } as const;
export const DOCKER_S3_CREDENTIALS = {
  accessKeyId: 'chartroom',
  secretAccessKey: 'chartroom-secret',
} as const;

export const DEFAULT_REDIS_URL = 'redis://127.0.0.1:6379';
export const DEFAULT_ES_URL = 'http://127.0.0.1:9200';
export const DEFAULT_S3_ENDPOINT = 'http://127.0.0.1:9000';
export const DEFAULT_S3_REGION = 'us-east-1';

/** An env value, treating an empty string as unset (so `VAR= cmd` means "use the default"). */
function fromEnv(env: Env, name: string): string | undefined {
  const value = env[name]?.trim();
  return value ? value : undefined;
}

function checkedUrl(name: string, value: string, protocols: string[]): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`${name}=${value} is not a valid URL`);
  }
  if (!protocols.includes(url.protocol)) {
    throw new Error(`${name}=${value} must use ${protocols.map((p) => `${p}//`).join(' or ')}`);
  }
  return value;
}

/** Endpoints for a mode: the defaults of that mode, each overridable through CHARTROOM_* env vars. */
export function resolveEndpoints(mode: ServicesMode, env: Env): ServiceEndpoints {
  const credentials = mode === 'docker' ? DOCKER_S3_CREDENTIALS : LOCAL_S3_CREDENTIALS;
  const redisUrl = fromEnv(env, 'CHARTROOM_REDIS_URL') ?? DEFAULT_REDIS_URL;
  const elasticsearchUrl = fromEnv(env, 'CHARTROOM_ES_URL') ?? DEFAULT_ES_URL;
  const s3Endpoint = fromEnv(env, 'CHARTROOM_S3_ENDPOINT') ?? DEFAULT_S3_ENDPOINT;
  return {
    mode,
    redisUrl: checkedUrl('CHARTROOM_REDIS_URL', redisUrl, ['redis:']),
    elasticsearchUrl: checkedUrl('CHARTROOM_ES_URL', elasticsearchUrl, ['http:', 'https:']),
    s3: {
      endpoint: checkedUrl('CHARTROOM_S3_ENDPOINT', s3Endpoint, ['http:', 'https:']),
      region: fromEnv(env, 'CHARTROOM_S3_REGION') ?? DEFAULT_S3_REGION,
      accessKeyId: fromEnv(env, 'CHARTROOM_S3_ACCESS_KEY_ID') ?? credentials.accessKeyId,
      secretAccessKey: fromEnv(env, 'CHARTROOM_S3_SECRET_ACCESS_KEY') ?? credentials.secretAccessKey,
    },
  };
}

/** The env vars that make every other chartroom process use these endpoints. */
export function endpointsToEnv(endpoints: ServiceEndpoints): Record<string, string> {
  return {
    CHARTROOM_REDIS_URL: endpoints.redisUrl,
    CHARTROOM_ES_URL: endpoints.elasticsearchUrl,
    CHARTROOM_S3_ENDPOINT: endpoints.s3.endpoint,
    CHARTROOM_S3_REGION: endpoints.s3.region,
    CHARTROOM_S3_ACCESS_KEY_ID: endpoints.s3.accessKeyId,
    CHARTROOM_S3_SECRET_ACCESS_KEY: endpoints.s3.secretAccessKey,
  };
}

/** Port of a URL, falling back to the scheme's default (URL drops default ports). */
export function urlPort(url: URL): number {
  if (url.port) return Number(url.port);
  switch (url.protocol) {
    case 'redis:':
      return 6379;
    case 'https:':
      return 443;
    default:
      return 80;
  }
}

/** Host of a URL without IPv6 brackets, suitable for net.connect and bind options. */
export function urlHost(url: URL): string {
  return url.hostname.replace(/^\[(.*)\]$/, '$1');
}

const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost', '::1', '0.0.0.0']);

/** Chartroom only starts services on this machine; a remote endpoint must already be running. */
export function isLocalHost(url: URL): boolean {
  return LOCAL_HOSTS.has(urlHost(url));
}

/** The address to bind a locally started service to (localhost → 127.0.0.1, so IPv4 clients reach it). */
export function bindAddress(url: URL): string {
  const host = urlHost(url);
  return host === 'localhost' ? '127.0.0.1' : host;
}
