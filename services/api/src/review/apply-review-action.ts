import type { ReviewAction } from '@chartroom/api-contract';
import type { DocumentFiling } from '@chartroom/domain';
import {
  assignPatient,
  confirmDocumentType,
  markPageBlank,
  mergeDocuments,
  movePage,
  requestRescan,
  ReviewActionError,
  splitDocument,
  type ReviewDeps,
} from '@chartroom/pipeline';

/** One clerk action on a review item: the pipeline stage that does it, and which documents it touched. */
export async function applyReviewAction(
  documentId: string,
  action: ReviewAction,
  actor: string,
  deps: ReviewDeps,
): Promise<{ filing: DocumentFiling; related: string[] }> {
  switch (action.action) {
    case 'assign-patient':
      return {
        filing: await assignPatient(
          documentId,
          { mrn: action.mrn, confirmed: action.confirmed, docType: action.docType },
          actor,
          deps,
        ),
        related: [],
      };
    case 'set-type': {
      if (!deps.types.find(action.docType))
        throw new ReviewActionError('invalid', `unknown document type "${action.docType}"`);
      return { filing: await confirmDocumentType(documentId, action.docType, actor, deps), related: [] };
    }
    case 'split': {
      const { original, created } = await splitDocument(documentId, action.atPage, actor, deps);
      return { filing: original, related: [created.documentId] };
    }
    case 'merge': {
      const { kept, merged } = await mergeDocuments(documentId, action.with, actor, deps);
      return { filing: kept, related: [merged.documentId] };
    }
    case 'move-page': {
      const { source, target } = await movePage(documentId, action.page, action.toDocumentId, actor, deps);
      return { filing: source, related: [target.documentId] };
    }
    case 'mark-blank':
      return { filing: await markPageBlank(documentId, action.page, actor, deps), related: [] };
    case 'rescan':
      return { filing: await requestRescan(documentId, action.note, actor, deps), related: [] };
  }
}

/**
 * The request body schema of POST /v1/review/:documentId/actions: exactly one of the actions, told
 * apart by `action`. (No additionalProperties: false in the branches: Fastify's Ajv strips extra
 * properties while it tries each branch of a oneOf, which would break the later branches.)
 */
export const reviewActionSchema = {
  type: 'object',
  required: ['action'],
  oneOf: [
    {
      type: 'object',
      required: ['action', 'mrn', 'confirmed'],
      properties: {
        action: { const: 'assign-patient' },
        mrn: { type: 'string', maxLength: 32 },
        confirmed: { type: 'array', items: { enum: ['mrn', 'name', 'birthDate'] }, maxItems: 3 },
        docType: { type: 'string', maxLength: 64 },
      },
    },
    {
      type: 'object',
      required: ['action', 'docType'],
      properties: { action: { const: 'set-type' }, docType: { type: 'string', maxLength: 64 } },
    },
    {
      type: 'object',
      required: ['action', 'atPage'],
      properties: { action: { const: 'split' }, atPage: { type: 'integer', minimum: 2 } },
    },
    {
      type: 'object',
      required: ['action', 'with'],
      properties: { action: { const: 'merge' }, with: { enum: ['previous', 'next'] } },
    },
    {
      type: 'object',
      required: ['action', 'page', 'toDocumentId'],
      properties: {
        action: { const: 'move-page' },
        page: { type: 'integer', minimum: 1 },
        toDocumentId: { type: 'string', maxLength: 200 },
      },
    },
    {
      type: 'object',
      required: ['action', 'page'],
      properties: { action: { const: 'mark-blank' }, page: { type: 'integer', minimum: 1 } },
    },
    {
      type: 'object',
      required: ['action', 'note'],
      properties: { action: { const: 'rescan' }, note: { type: 'string', minLength: 3, maxLength: 500 } },
    },
  ],
} as const;
