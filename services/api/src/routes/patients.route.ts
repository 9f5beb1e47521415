import type { PatientChart, PatientView } from '@chartroom/api-contract';
import type { FastifyInstance } from 'fastify';
import type { ApiContext } from '../app-context.ts';
import { userOf } from '../auth/access.ts';
import { isoDate } from '../openapi.ts';
import { patientViewOf } from '../views/patient-view.ts';

/** Patient-first: find a patient by name, date of birth or MRN, then their documents as a timeline. */
export function patientRoutes(app: FastifyInstance, context: ApiContext): void {
  app.get<{ Querystring: { q: string } }>(
    '/v1/patients',
    {
      config: { access: ['clerk', 'clinician'] },
      schema: {
        summary: 'Find patients by name, date of birth or MRN (any mix)',
        tags: ['patients'],
        querystring: {
          type: 'object',
          required: ['q'],
          additionalProperties: false,
          properties: { q: { type: 'string', minLength: 1, maxLength: 200 } },
        },
      },
    },
    async (request): Promise<{ patients: PatientView[] }> => {
      const found = await context.patients.search(request.query.q, 20);
      await context.audit.record({
        actor: userOf(request).username,
        action: 'patient.search',
        resource: 'patients',
        outcome: 'success',
        detail: { query: request.query.q, found: found.map((patient) => `patient/${patient.mrn}`) },
      });
      return { patients: found.map(patientViewOf) };
    },
  );

  app.get<{ Params: { mrn: string }; Querystring: { type?: string; from?: string; to?: string } }>(
    '/v1/patients/:mrn',
    {
      config: { access: ['clerk', 'clinician'] },
      schema: {
        summary: "A patient and their filed documents, newest first (the chart's timeline)",
        tags: ['patients'],
        params: { type: 'object', required: ['mrn'], properties: { mrn: { type: 'string', maxLength: 32 } } },
        querystring: {
          type: 'object',
          additionalProperties: false,
          properties: { type: { type: 'string', maxLength: 64 }, from: isoDate, to: isoDate },
        },
      },
    },
    async (request, reply): Promise<PatientChart> => {
      const patient = await context.patients.findByMrn(request.params.mrn);
      if (!patient) return reply.code(404).send({ error: 'no patient with this MRN' });
      const { type, from, to } = request.query;
      const entries = await context.documents.timeline(patient.mrn, { docType: type, from, to });
      await context.audit.record({
        actor: userOf(request).username,
        action: 'patient.chart',
        resource: `patient/${patient.mrn}`,
        outcome: 'success',
        detail: { docType: type ?? null, from: from ?? null, to: to ?? null, documents: entries.length },
      });
      return {
        patient: patientViewOf(patient),
        documents: entries.map((entry) => ({
          ...entry,
          docTypeDisplay: entry.docType
            ? (context.types.find(entry.docType)?.display ?? entry.docType)
            : null,
        })),
      };
    },
  );
}
