import { describe, expect, it } from 'vitest';
import { ensureServices, servicesStatus } from './index.ts';
import { probeElasticsearch, probeRedis, probeS3 } from './probes.ts';

// Runs against the real services (the integration project's globalSetup already brought them up).
describe('ensureServices', () => {
  it('is idempotent: a second call reuses what runs and is fast', async () => {
    const first = await ensureServices();
    const started = Date.now();
    const second = await ensureServices();
    expect(Date.now() - started).toBeLessThan(3_000);
    expect(second).toEqual(first);
  });

  it('leaves all three services healthy at the returned endpoints', async () => {
    const endpoints = await ensureServices();
    expect(await probeRedis(endpoints.redisUrl)).toMatchObject({ ok: true, detail: /^PONG/ });
    expect(await probeElasticsearch(endpoints.elasticsearchUrl)).toMatchObject({ ok: true });
    expect(await probeS3(endpoints.s3.endpoint)).toMatchObject({ ok: true });

    const status = await servicesStatus();
    expect(status.map((s) => s.name).sort()).toEqual(['elasticsearch', 'redis', 's3']);
    for (const service of status)
      expect(service, `${service.name}: ${service.detail}`).toMatchObject({ healthy: true });
  });
});
