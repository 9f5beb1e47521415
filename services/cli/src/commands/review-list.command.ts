import type { ReviewQueue } from '@chartroom/api-contract';
import type { Config } from '@chartroom/config';
import { apiGet } from '../api-client.ts';

export async function reviewListCommand(config: Config): Promise<ReviewQueue> {
  return apiGet<ReviewQueue>(config, '/v1/review');
}

export function formatReviewList(queue: ReviewQueue): string {
  if (queue.items.length === 0) return 'the review queue is empty';
  const counts = queue.counts.map((count) => `${count.reason} ${count.count}`).join(', ');
  const lines = [
    `${queue.total} open review item(s), patient-safety reasons and the oldest first (${counts})`,
  ];
  for (const item of queue.items) {
    const type = item.docType
      ? `  ${item.docType}${item.typeConfidence === null ? '' : ` (confidence ${item.typeConfidence.toFixed(2)})`}`
      : '';
    const claim = item.claim ? `  claimed by ${item.claim.by}` : '';
    lines.push(`  ${item.documentId}  (${item.pageCount} page(s))${type}${claim}`);
    for (const reason of item.reasons) lines.push(`      ${reason.code}: ${reason.message}`);
  }
  return lines.join('\n');
}
