import { describe, expect, it } from 'vitest';
import { segmentsFitPage } from './jbig2-decoder.ts';

/** A segment header for page 1 with no referred-to segments (JBIG2, 7.2), then its data. */
function segment(number: number, type: number, data: Buffer): Buffer {
  const header = Buffer.alloc(11);
  header.writeUInt32BE(number, 0);
  header[4] = type;
  header[6] = 1;
  header.writeUInt32BE(data.length, 7);
  return Buffer.concat([header, data]);
}

function sizes(width: number, height: number, length: number): Buffer {
  const data = Buffer.alloc(length);
  data.writeUInt32BE(width, 0);
  data.writeUInt32BE(height, 4);
  return data;
}

const page = (width: number, height: number) => segment(0, 48, sizes(width, height, 19));
const region = (width: number, height: number) => segment(1, 38, sizes(width, height, 18));

describe('segmentsFitPage', () => {
  it('accepts one page of the image size with regions inside it, in the stream or its globals', () => {
    expect(segmentsFitPage([Buffer.concat([page(850, 1100), region(850, 1100)])], 850, 1100)).toBe(true);
    expect(segmentsFitPage([page(850, 1100), region(400, 200)], 850, 1100)).toBe(true);
  });

  it('refuses pages and regions larger than the image claims, before anything is decoded', () => {
    expect(segmentsFitPage([page(850, 60_000)], 850, 1100)).toBe(false);
    expect(segmentsFitPage([Buffer.concat([page(850, 1100), region(100_000, 100_000)])], 850, 1100)).toBe(
      false,
    );
    expect(segmentsFitPage([Buffer.concat([page(850, 1100), page(850, 1100)])], 850, 1100)).toBe(false);
    expect(segmentsFitPage([region(850, 1100)], 850, 1100)).toBe(false);
  });

  it('refuses truncated headers and segments of unknown length', () => {
    expect(segmentsFitPage([page(850, 1100).subarray(0, 20)], 850, 1100)).toBe(false);
    const unknownLength = Buffer.concat([page(850, 1100), region(850, 1100)]);
    unknownLength.writeUInt32BE(0xffffffff, 30 + 7);
    expect(segmentsFitPage([unknownLength], 850, 1100)).toBe(false);
  });
});
