import http from 'node:http';
import net from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { portAcceptsConnections, probeElasticsearch, probeRedis, probeS3 } from './probes.ts';

// In-process fakes: enough protocol to exercise the probes, no real services needed.
const servers: net.Server[] = [];
const sockets = new Set<net.Socket>();
afterEach(async () => {
  for (const socket of sockets) socket.destroy();
  sockets.clear();
  await Promise.all(servers.splice(0).map((s) => new Promise((resolve) => s.close(resolve))));
});

async function listen(server: net.Server): Promise<number> {
  servers.push(server);
  server.on('connection', (socket) => sockets.add(socket));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return (server.address() as net.AddressInfo).port;
}

/** A fake Redis that requires `password` (if given) and answers PING and INFO. */
function fakeRedis(password?: string): net.Server {
  return net.createServer((socket) => {
    let authed = !password;
    let buffer = '';
    socket.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      // Parse complete RESP arrays of bulk strings.
      for (;;) {
        const match = /^\*(\d+)\r\n/.exec(buffer);
        if (!match) return;
        const parts: string[] = [];
        let rest = buffer.slice(match[0].length);
        for (let i = 0; i < Number(match[1]); i++) {
          const bulk = /^\$(\d+)\r\n/.exec(rest);
          if (!bulk || rest.length < bulk[0].length + Number(bulk[1]) + 2) return;
          parts.push(rest.slice(bulk[0].length, bulk[0].length + Number(bulk[1])));
          rest = rest.slice(bulk[0].length + Number(bulk[1]) + 2);
        }
        buffer = rest;
        const [command, ...args] = parts;
        if (command === 'AUTH') {
          authed = args.at(-1) === password;
          socket.write(authed ? '+OK\r\n' : '-WRONGPASS invalid username-password pair\r\n');
        } else if (!authed) socket.write('-NOAUTH Authentication required.\r\n');
        else if (command === 'PING') socket.write('+PONG\r\n');
        else {
          const info = '# Server\r\nredis_version:7.0.15\r\n';
          socket.write(`$${info.length}\r\n${info}\r\n`);
        }
      }
    });
  });
}

function fakeHttp(status: number, body: string): http.Server {
  return http.createServer((request, response) => {
    response.writeHead(status, { 'content-type': 'application/json', server: 'fake', 'x-path': request.url });
    response.end(body);
  });
}

describe('probeRedis', () => {
  it('reports PONG with the server version', async () => {
    const port = await listen(fakeRedis());
    expect(await probeRedis(`redis://127.0.0.1:${port}`)).toEqual({
      ok: true,
      detail: 'PONG (redis 7.0.15)',
    });
  });

  it('authenticates with the password in the URL', async () => {
    const port = await listen(fakeRedis('s3cret'));
    expect((await probeRedis(`redis://:s3cret@127.0.0.1:${port}`)).ok).toBe(true);
    expect(await probeRedis(`redis://:wrong@127.0.0.1:${port}`)).toMatchObject({
      ok: false,
      detail: /WRONGPASS/,
    });
    expect(await probeRedis(`redis://127.0.0.1:${port}`)).toMatchObject({ ok: false, detail: /NOAUTH/ });
  });

  it('is unhealthy when nothing listens or nothing answers', async () => {
    const closed = await listen(net.createServer());
    await new Promise((resolve) => servers.pop()!.close(resolve));
    expect(await probeRedis(`redis://127.0.0.1:${closed}`)).toEqual({
      ok: false,
      detail: 'connection refused',
    });
    const silent = await listen(net.createServer(() => {}));
    expect(await probeRedis(`redis://127.0.0.1:${silent}`, 200)).toEqual({
      ok: false,
      detail: 'no answer within 200 ms',
    });
  });
});

describe('probeElasticsearch', () => {
  it('is healthy on green or yellow cluster health', async () => {
    const port = await listen(
      fakeHttp(200, JSON.stringify({ cluster_name: 'c', status: 'yellow', number_of_nodes: 1 })),
    );
    expect(await probeElasticsearch(`http://127.0.0.1:${port}`)).toEqual({
      ok: true,
      detail: 'cluster c: yellow, 1 node(s)',
    });
  });

  it('is unhealthy on red or on an HTTP error', async () => {
    const red = await listen(
      fakeHttp(200, JSON.stringify({ cluster_name: 'c', status: 'red', number_of_nodes: 1 })),
    );
    expect((await probeElasticsearch(`http://127.0.0.1:${red}`)).ok).toBe(false);
    const unavailable = await listen(fakeHttp(503, '{}'));
    expect(await probeElasticsearch(`http://127.0.0.1:${unavailable}`)).toEqual({
      ok: false,
      detail: 'HTTP 503 from /_cluster/health',
    });
  });

  it('keeps a path prefix of the endpoint', async () => {
    let seen = '';
    const server = http.createServer((request, response) => {
      seen = request.url ?? '';
      response.end(JSON.stringify({ status: 'green' }));
    });
    const port = await listen(server);
    await probeElasticsearch(`http://127.0.0.1:${port}/es`);
    expect(seen).toBe('/es/_cluster/health');
  });
});

describe('probeS3 and portAcceptsConnections', () => {
  it('accepts any HTTP answer as a live S3 endpoint', async () => {
    const port = await listen(fakeHttp(403, '<Error/>'));
    expect(await probeS3(`http://127.0.0.1:${port}`)).toEqual({ ok: true, detail: 'HTTP 403 from fake' });
    expect(await portAcceptsConnections('127.0.0.1', port)).toBe(true);
  });

  it('is unhealthy when the port is closed', async () => {
    const port = await listen(net.createServer());
    await new Promise((resolve) => servers.pop()!.close(resolve));
    expect(await probeS3(`http://127.0.0.1:${port}`)).toEqual({ ok: false, detail: 'connection refused' });
    expect(await portAcceptsConnections('127.0.0.1', port)).toBe(false);
  });
});
