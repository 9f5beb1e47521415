import type { FastifySchema, RouteOptions } from 'fastify';

/**
 * Adds each route's access rule to its OpenAPI operation: who may call it, and no security
 * requirement for public routes. Keeps the description and the enforcement from drifting apart.
 */
export function describeAccess({
  schema,
  url,
  route,
}: {
  schema: FastifySchema;
  url: string;
  route: RouteOptions;
}) {
  const access = route.config?.access ?? 'signed-in';
  const who =
    access === 'public'
      ? 'Public.'
      : access === 'signed-in'
        ? 'Any signed-in user.'
        : `Roles: ${access.join(', ')}.`;
  const described = schema as FastifySchema & { description?: string; security?: unknown };
  const transformed: Record<string, unknown> = {
    ...schema,
    description: [who, described.description].filter(Boolean).join(' '),
    'x-chartroom-access': access,
  };
  if (access === 'public') transformed.security = [];
  return { schema: transformed, url };
}

/** Shorthands for route schemas. */
export const str = (description?: string) =>
  ({ type: 'string', ...(description ? { description } : {}) }) as const;
export const int = (min = 1) => ({ type: 'integer', minimum: min }) as const;
export const isoDate = { type: 'string', format: 'date' } as const;
export const documentIdParam = {
  type: 'object',
  required: ['documentId'],
  properties: { documentId: { type: 'string', pattern: '^[a-z0-9][a-z0-9-]*_[A-Za-z0-9-]+-d\\d{3,}$' } },
} as const;
