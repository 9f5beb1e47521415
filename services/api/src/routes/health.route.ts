import type { FastifyInstance } from 'fastify';
import type { ApiContext } from '../app-context.ts';

export function healthRoutes(app: FastifyInstance, context: ApiContext): void {
  app.get(
    '/healthz',
    { config: { access: 'public' }, schema: { summary: 'Liveness and dependencies', tags: ['operations'] } },
    async (_request, reply) => {
      const checks = await Promise.all([
        probe('redis', async () => (await context.redis.ping()) === 'PONG'),
        probe('s3', async () => {
          await context.blobs.list('batches/none/');
          return true;
        }),
        probe('elasticsearch', async () => {
          const health = await context.elastic.cluster.health();
          return health.status !== 'red';
        }),
      ]);
      const healthy = checks.every((check) => check.healthy);
      return reply.code(healthy ? 200 : 503).send({ status: healthy ? 'ok' : 'degraded', checks });
    },
  );
}

async function probe(name: string, check: () => Promise<boolean>) {
  try {
    return { name, healthy: await check() };
  } catch (error) {
    return { name, healthy: false, detail: error instanceof Error ? error.message : String(error) };
  }
}
