import type { FastifyRequest } from 'fastify';

/**
 * Who is asking. Until sign-in exists (the web application's issue), callers name themselves
 * in `x-chartroom-actor`; the audit trail records it as given.
 */
export function actorOf(request: FastifyRequest): string {
  const header = request.headers['x-chartroom-actor'];
  const actor = Array.isArray(header) ? header[0] : header;
  return actor && /^[\w.@-]{1,64}$/.test(actor) ? actor : 'anonymous';
}
