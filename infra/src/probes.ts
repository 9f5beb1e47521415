import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import { urlHost, urlPort } from './endpoints.ts';

export interface ProbeResult {
  ok: boolean;
  detail: string;
}

function describeError(error: unknown): string {
  const e = error as NodeJS.ErrnoException;
  if (e.code === 'ECONNREFUSED') return 'connection refused';
  return e.code ? `${e.code}: ${e.message}` : String(e.message ?? error);
}

/** RESP encoding of one command. */
function respCommand(...parts: string[]): string {
  return `*${parts.length}\r\n${parts.map((p) => `$${Buffer.byteLength(p)}\r\n${p}\r\n`).join('')}`;
}

/** Redis answers PING (after AUTH when the URL carries credentials); the detail names its version. */
export function probeRedis(redisUrl: string, timeoutMs = 2_000): Promise<ProbeResult> {
  const url = new URL(redisUrl);
  return new Promise((resolve) => {
    let received = '';
    let pong = false;
    const socket = net.connect({ host: urlHost(url), port: urlPort(url) });
    const finish = (result: ProbeResult) => {
      socket.destroy();
      resolve(result);
    };
    socket.setTimeout(timeoutMs, () =>
      finish(pong ? { ok: true, detail: 'PONG' } : { ok: false, detail: `no answer within ${timeoutMs} ms` }),
    );
    socket.on('error', (error) => finish({ ok: false, detail: describeError(error) }));
    socket.on('connect', () => {
      const password = decodeURIComponent(url.password);
      const username = decodeURIComponent(url.username);
      const auth = password
        ? username
          ? respCommand('AUTH', username, password)
          : respCommand('AUTH', password)
        : '';
      socket.write(auth + respCommand('PING') + respCommand('INFO', 'server'));
    });
    socket.on('data', (chunk: Buffer) => {
      received += chunk.toString('utf8');
      for (const line of received.split('\r\n')) {
        if (line === '+PONG') pong = true;
        else if (line.startsWith('-')) {
          // An error after PONG only means INFO is not allowed for this user: still healthy.
          return finish(pong ? { ok: true, detail: 'PONG' } : { ok: false, detail: line.slice(1) });
        }
      }
      const version = /redis_version:([^\r\n]+)\r\n/.exec(received)?.[1];
      if (pong && version) finish({ ok: true, detail: `PONG (redis ${version})` });
    });
  });
}

interface HttpAnswer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** One GET without keep-alive (so nothing lingers in the event loop afterwards). */
function httpGet(url: URL, timeoutMs: number): Promise<HttpAnswer> {
  const client = url.protocol === 'https:' ? https : http;
  return new Promise((resolve, reject) => {
    const request = client.get(url, { agent: false, timeout: timeoutMs }, (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => {
        if (body.length < 64 * 1024) body += chunk;
      });
      response.on('end', () =>
        resolve({ status: response.statusCode ?? 0, headers: response.headers, body }),
      );
      response.on('error', reject);
    });
    request.on('timeout', () => request.destroy(new Error(`no answer within ${timeoutMs} ms`)));
    request.on('error', reject);
  });
}

/** `path` below the base URL, keeping any path prefix the base has (e.g. behind a proxy). */
function below(base: string, path: string): URL {
  return new URL(path, base.endsWith('/') ? base : `${base}/`);
}

/**
 * Elasticsearch is usable once cluster health is green or yellow. (`GET /` is no use here: the
 * integ-test distribution has no route for it.)
 */
export async function probeElasticsearch(esUrl: string, timeoutMs = 3_000): Promise<ProbeResult> {
  try {
    const answer = await httpGet(below(esUrl, '_cluster/health'), timeoutMs);
    if (answer.status !== 200) return { ok: false, detail: `HTTP ${answer.status} from /_cluster/health` };
    const health = JSON.parse(answer.body) as {
      cluster_name?: string;
      status?: string;
      number_of_nodes?: number;
    };
    const detail = `cluster ${health.cluster_name ?? '?'}: ${health.status ?? '?'}, ${health.number_of_nodes ?? '?'} node(s)`;
    return { ok: health.status === 'green' || health.status === 'yellow', detail };
  } catch (error) {
    return { ok: false, detail: describeError(error) };
  }
}

/** S3 (s3rver or MinIO) is up when anything answers over HTTP: an anonymous GET / is usually a 403. */
export async function probeS3(endpoint: string, timeoutMs = 2_000): Promise<ProbeResult> {
  try {
    const answer = await httpGet(new URL(endpoint), timeoutMs);
    const server = answer.headers.server ? ` from ${String(answer.headers.server)}` : '';
    return { ok: true, detail: `HTTP ${answer.status}${server}` };
  } catch (error) {
    return { ok: false, detail: describeError(error) };
  }
}

/** Something accepts TCP connections on host:port (to tell "port taken by a stranger" from "free"). */
export function portAcceptsConnections(host: string, port: number, timeoutMs = 1_000): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host, port });
    const finish = (open: boolean) => {
      socket.destroy();
      resolve(open);
    };
    socket.setTimeout(timeoutMs, () => finish(false));
    socket.on('connect', () => finish(true));
    socket.on('error', () => finish(false));
  });
}
