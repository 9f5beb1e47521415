import type { Config } from '@chartroom/config';
import { apiPut } from '../api-client.ts';

export interface SetTypeResult {
  documentId: string;
  docType: string;
  loinc: string | null;
  status: 'filed' | 'review';
  version: number;
}

/** A clerk's decision on a document's type, through the API (which audits it). */
export async function reviewSetTypeCommand(
  documentId: string,
  type: string,
  config: Config,
): Promise<SetTypeResult> {
  return apiPut<SetTypeResult>(config, `/v1/documents/${encodeURIComponent(documentId)}/type`, { type });
}
