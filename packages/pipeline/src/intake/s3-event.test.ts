import { describe, expect, it } from 'vitest';
import { readyBatchesFromS3Event } from './s3-event.ts';

const event = (...keys: string[]) => ({
  Records: keys.map((key) => ({ eventName: 's3:ObjectCreated:Put', s3: { object: { key } } })),
});

describe('readyBatchesFromS3Event', () => {
  it('takes completion markers from a MinIO webhook event, once each', () => {
    expect(
      readyBatchesFromS3Event(
        event('inbox/ward-3/b1/batch.complete', 'inbox/ward-3/b1/scan.pdf', 'inbox/ward-3/b1/batch.complete'),
      ),
    ).toEqual([{ station: 'ward-3', batchName: 'b1' }]);
  });

  it('unwraps an AWS SNS notification and decodes keys', () => {
    const sns = {
      Type: 'Notification',
      Message: JSON.stringify(event('inbox/er-1/20261123-0915/batch.complete')),
    };
    expect(readyBatchesFromS3Event(sns)).toEqual([{ station: 'er-1', batchName: '20261123-0915' }]);
  });

  it('ignores anything else', () => {
    expect(readyBatchesFromS3Event(null)).toEqual([]);
    expect(readyBatchesFromS3Event({ Records: 'x' })).toEqual([]);
    expect(
      readyBatchesFromS3Event(
        event('batches/x/batch.complete', 'inbox/../b/batch.complete', 'inbox/a/b/c/batch.complete'),
      ),
    ).toEqual([]);
    expect(readyBatchesFromS3Event({ Type: 'Notification', Message: '{' })).toEqual([]);
  });
});
