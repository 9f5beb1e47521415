import { describe, expect, it } from 'vitest';
import { batchIdOf, documentIdOf, isBatchId, pageIdOf } from './ids.ts';

describe('ids', () => {
  it('builds deterministic ids without colons (BullMQ job ids forbid them)', () => {
    const batchId = batchIdOf('ward-3', '20261123-0915');
    expect(batchId).toBe('ward-3_20261123-0915');
    expect(isBatchId(batchId)).toBe(true);
    expect(pageIdOf(2, 17)).toBe('f002-p0017');
    expect(documentIdOf(batchId, 4)).toBe('ward-3_20261123-0915-d004');
    for (const id of [batchId, pageIdOf(0, 0), documentIdOf(batchId, 1)]) expect(id).not.toContain(':');
  });

  it('refuses station ids and batch names that could escape their inbox prefix', () => {
    expect(() => batchIdOf('../etc', 'x')).toThrow(/station/);
    expect(() => batchIdOf('ward-3', 'a/b')).toThrow(/batch name/);
    expect(() => batchIdOf('Ward', 'x')).toThrow(/station/);
    expect(isBatchId('ward-3:x')).toBe(false);
  });
});
