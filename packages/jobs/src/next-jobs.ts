import type { DocumentStatus } from '@chartroom/domain';
import type { JobName, JobPayload } from './job-schemas.ts';

/** A job to enqueue; children run first and their parent runs when all of them are done. */
export type FollowUp = {
  [N in JobName]: { name: N; data: JobPayload<N>; children?: FollowUp[] };
}[JobName];

/** What each job's handler returns: just enough for nextJobs to decide what follows. */
export interface JobOutcomes {
  InboxScan: { readyBatches: { station: string; batchName: string }[] };
  BatchIntake:
    { batchId: string; pages: { pageId: string; imageKey: string; dpi: number }[] } | { batchId: null };
  PageOcr: { pageId: string };
  BatchSegment: { batchId: string; documentIds: string[] };
  DocumentFile: { documentId: string; status: DocumentStatus };
  BatchSummarise: { batchId: string };
}

/**
 * The one place that says what follows what. Pure, so it is table-tested without Redis.
 * Pages fan out under a BatchSegment parent; documents under a BatchSummarise parent.
 */
export function nextJobs<N extends JobName>(name: N, outcome: JobOutcomes[N]): FollowUp[] {
  switch (name) {
    case 'InboxScan': {
      const { readyBatches } = outcome as JobOutcomes['InboxScan'];
      return readyBatches.map((batch) => ({ name: 'BatchIntake', data: batch }));
    }
    case 'BatchIntake': {
      const result = outcome as JobOutcomes['BatchIntake'];
      if (result.batchId === null) return [];
      const batchId = result.batchId;
      return [
        {
          name: 'BatchSegment',
          data: { batchId },
          children: result.pages.map((page) => ({
            name: 'PageOcr',
            data: { batchId, pageId: page.pageId, imageKey: page.imageKey, dpi: page.dpi },
          })),
        },
      ];
    }
    case 'BatchSegment': {
      const { batchId, documentIds } = outcome as JobOutcomes['BatchSegment'];
      return [
        {
          name: 'BatchSummarise',
          data: { batchId },
          children: documentIds.map((documentId) => ({
            name: 'DocumentFile',
            data: { batchId, documentId },
          })),
        },
      ];
    }
    case 'PageOcr':
    case 'DocumentFile':
    case 'BatchSummarise':
      return [];
    default: {
      const unreachable: never = name;
      throw new Error(`no follow-up rule for job ${String(unreachable)}`);
    }
  }
}
