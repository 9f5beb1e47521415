import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { displayUrl, ensureLocalService, type LocalService } from './local-service.ts';
import type { ProbeResult } from './probes.ts';

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chartroom-ls-'));
});
afterEach(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** A service whose health and startup are scripted. */
function fakeService(overrides: Partial<LocalService> & { healthy?: () => boolean }): LocalService {
  const { healthy = () => false, ...rest } = overrides;
  return {
    name: 'redis',
    url: new URL('redis://127.0.0.1:1'),
    probe: (): Promise<ProbeResult> =>
      Promise.resolve({ ok: healthy(), detail: healthy() ? 'PONG' : 'down' }),
    pidFile: path.join(dir, 'none.pid'),
    marker: 'fake',
    logFile: path.join(dir, 'fake.log'),
    startTimeoutMs: 2_000,
    start: () => Promise.reject(new Error('should not start')),
    ...rest,
  };
}

describe('ensureLocalService', () => {
  it('reuses a service that already answers, as external', async () => {
    const lines: string[] = [];
    const result = await ensureLocalService(fakeService({ healthy: () => true }), (l) => lines.push(l));
    expect(result).toBe('reused');
    expect(lines).toEqual(['redis: reusing redis://127.0.0.1:1 (external; PONG)']);
  });

  it('starts a missing service and waits until it answers', async () => {
    let up = false;
    const port = await freePort();
    const service = fakeService({
      url: new URL(`redis://127.0.0.1:${port}`),
      healthy: () => up,
      start: () => {
        setTimeout(() => (up = true), 100);
        return Promise.resolve(() => undefined);
      },
    });
    expect(await ensureLocalService(service, () => {})).toBe('started');
  });

  it('reports a failed start with the tail of its log', async () => {
    const port = await freePort();
    fs.writeFileSync(path.join(dir, 'fake.log'), 'starting\nFATAL: bad config\n');
    const service = fakeService({
      url: new URL(`redis://127.0.0.1:${port}`),
      start: () => Promise.resolve(() => 'it exited with code 1'),
    });
    await expect(ensureLocalService(service, () => {})).rejects.toThrow(
      /redis: failed to start: it exited with code 1\nSee .*fake\.log, which ends with:\nstarting\nFATAL: bad config/,
    );
  });

  it('does not start anything for a remote endpoint or on a port someone else holds', async () => {
    await expect(
      ensureLocalService(fakeService({ url: new URL('redis://redis.example.internal:6379') }), () => {}),
    ).rejects.toThrow(/only starts services on this machine/);
    const stranger = net.createServer((socket) => socket.destroy());
    await new Promise<void>((resolve) => stranger.listen(0, '127.0.0.1', resolve));
    const { port } = stranger.address() as net.AddressInfo;
    try {
      await expect(
        ensureLocalService(fakeService({ url: new URL(`redis://127.0.0.1:${port}`) }), () => {}),
      ).rejects.toThrow(new RegExp(`port ${port} is taken`));
    } finally {
      await new Promise((resolve) => stranger.close(resolve));
    }
  });
});

describe('displayUrl', () => {
  it('hides passwords and trailing slashes', () => {
    expect(displayUrl(new URL('redis://:pw@127.0.0.1:6379'))).toBe('redis://:***@127.0.0.1:6379');
    expect(displayUrl(new URL('http://127.0.0.1:9200'))).toBe('http://127.0.0.1:9200');
    expect(displayUrl(new URL('http://127.0.0.1:9200/es/'))).toBe('http://127.0.0.1:9200/es/');
  });
});
