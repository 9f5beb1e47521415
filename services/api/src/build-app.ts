import Fastify, { type FastifyInstance } from 'fastify';
import type { ApiContext } from './app-context.ts';
import { batchRoutes } from './routes/batches.route.ts';
import { documentTypeRoutes } from './routes/document-type.route.ts';
import { healthRoutes } from './routes/health.route.ts';
import { inboxEventRoutes } from './routes/inbox-events.route.ts';
import { reviewRoutes } from './routes/review.route.ts';
import { searchRoutes } from './routes/search.route.ts';

export function buildApp(
  context: ApiContext,
  options: { inboxWebhookToken?: string | undefined } = {},
): FastifyInstance {
  // Fastify's own request logging would print query strings (search terms can be names).
  const app = Fastify({ logger: false });
  app.addHook('onResponse', async (request, reply) => {
    context.log.info(
      {
        method: request.method,
        route: request.routeOptions.url,
        status: reply.statusCode,
        ms: Math.round(reply.elapsedTime),
      },
      'request',
    );
  });
  app.setErrorHandler(async (error, request, reply) => {
    context.log.error({ err: error, route: request.routeOptions.url }, 'request failed');
    return reply.code(500).send({ error: 'internal error; see the API log' });
  });
  healthRoutes(app, context);
  batchRoutes(app, context);
  searchRoutes(app, context);
  reviewRoutes(app, context);
  documentTypeRoutes(app, context);
  inboxEventRoutes(app, context, options.inboxWebhookToken);
  return app;
}
