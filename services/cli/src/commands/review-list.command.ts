import type { Config } from '@chartroom/config';
import type { ReviewItem } from '@chartroom/adapters';
import { apiGet } from '../api-client.ts';

export async function reviewListCommand(config: Config): Promise<{ items: ReviewItem[] }> {
  return apiGet<{ items: ReviewItem[] }>(config, '/v1/review');
}

export function formatReviewList({ items }: { items: ReviewItem[] }): string {
  if (items.length === 0) return 'the review queue is empty';
  const lines = [`${items.length} open review item(s), oldest first`];
  for (const item of items) {
    const pages = item.pages.map((page) => `${page.file}#${page.pageIndex + 1}`).join(', ');
    const type = item.docType
      ? `  ${item.docType}${item.typeConfidence === null ? '' : ` (confidence ${item.typeConfidence.toFixed(2)})`}`
      : '';
    lines.push(`  ${item.documentId}  (${pages})${type}`);
    for (const reason of item.reasons) lines.push(`      ${reason.code}: ${reason.message}`);
    if (item.suspectedMisfiledPages.length > 0) {
      lines.push(`      look first at page(s) ${item.suspectedMisfiledPages.join(', ')} of the document`);
    }
    const candidates = item.decision.candidates.slice(0, 3);
    if (candidates.length > 0)
      lines.push(`      ${candidates.length} candidate patient(s) scored (see --json)`);
  }
  return lines.join('\n');
}
