import { describe, expect, it } from 'vitest';
import { jobSchemas, type JobName } from './job-schemas.ts';
import { nextJobs, type FollowUp } from './next-jobs.ts';
import { jobIdOf, queueOfJob } from './queues.ts';

const batchId = 'ward-3_b20261123-01';

describe('nextJobs', () => {
  const table: { name: JobName; outcome: unknown; expected: FollowUp[] }[] = [
    {
      name: 'InboxScan',
      outcome: { readyBatches: [{ station: 'ward-3', batchName: 'b20261123-01' }] },
      expected: [{ name: 'BatchIntake', data: { station: 'ward-3', batchName: 'b20261123-01' } }],
    },
    { name: 'InboxScan', outcome: { readyBatches: [] }, expected: [] },
    {
      name: 'BatchIntake',
      outcome: { batchId, pages: [{ pageId: 'f000-p0000', imageKey: 'k0', dpi: 300 }] },
      expected: [
        {
          name: 'BatchSegment',
          data: { batchId },
          children: [{ name: 'PageOcr', data: { batchId, pageId: 'f000-p0000', imageKey: 'k0', dpi: 300 } }],
        },
      ],
    },
    {
      name: 'BatchIntake',
      outcome: { batchId, pages: [] },
      expected: [{ name: 'BatchSegment', data: { batchId }, children: [] }],
    },
    { name: 'BatchIntake', outcome: { batchId: null }, expected: [] },
    { name: 'PageOcr', outcome: { pageId: 'f000-p0000' }, expected: [] },
    {
      name: 'BatchSegment',
      outcome: { batchId, documentIds: [`${batchId}-d001`] },
      expected: [
        {
          name: 'BatchSummarise',
          data: { batchId },
          children: [{ name: 'DocumentFile', data: { batchId, documentId: `${batchId}-d001` } }],
        },
      ],
    },
    { name: 'DocumentFile', outcome: { documentId: `${batchId}-d001`, status: 'filed' }, expected: [] },
    { name: 'BatchSummarise', outcome: { batchId }, expected: [] },
  ];

  it.each(table)('$name → follow-ups', ({ name, outcome, expected }) => {
    expect(nextJobs(name, outcome as never)).toEqual(expected);
  });

  it('produces payloads that satisfy their own schemas, with colon-free ids', () => {
    const walk = (followUps: FollowUp[]): void => {
      for (const followUp of followUps) {
        expect(() => jobSchemas[followUp.name].parse(followUp.data)).not.toThrow();
        const jobId = (jobIdOf[followUp.name] as (data: unknown) => string)(followUp.data);
        expect(jobId).not.toContain(':');
        expect(queueOfJob[followUp.name]).toBeTruthy();
        walk(followUp.children ?? []);
      }
    };
    for (const row of table) walk(nextJobs(row.name, row.outcome as never));
  });

  it('rejects payloads that would carry more than ids', () => {
    expect(() =>
      jobSchemas.PageOcr.parse({ batchId, pageId: 'f000-p0000', imageKey: 'k', dpi: 300, text: 'x' }),
    ).toThrow();
    expect(() => jobSchemas.BatchIntake.parse({ station: '../x', batchName: 'b' })).toThrow();
  });
});
