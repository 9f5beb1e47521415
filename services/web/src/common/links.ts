import { withQuery } from '../api';

export function viewerLink(documentId: string, page?: number, q?: string): string {
  return withQuery(`/documents/${encodeURIComponent(documentId)}`, { page, q });
}

export function chartLink(mrn: string): string {
  return `/patients/${encodeURIComponent(mrn)}`;
}
