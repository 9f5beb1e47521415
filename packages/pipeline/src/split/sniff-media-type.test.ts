import { describe, expect, it } from 'vitest';
import { describeUnsupported, sniffMediaType } from './sniff-media-type.ts';

describe('sniffMediaType', () => {
  it.each([
    ['PDF', Buffer.from('%PDF-1.7\n...'), 'application/pdf'],
    ['PDF after junk', Buffer.concat([Buffer.alloc(20, 0x20), Buffer.from('%PDF-1.4')]), 'application/pdf'],
    ['TIFF little-endian', Buffer.from([0x49, 0x49, 0x2a, 0x00, 8, 0, 0, 0]), 'image/tiff'],
    ['TIFF big-endian', Buffer.from([0x4d, 0x4d, 0x00, 0x2a, 0, 0, 0, 8]), 'image/tiff'],
    ['PNG', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]), 'image/png'],
    ['JPEG', Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0]), 'image/jpeg'],
    ['text', Buffer.from('Patient notes, typed'), null],
    ['empty', Buffer.alloc(0), null],
  ])('%s', (_label, bytes, expected) => {
    expect(sniffMediaType(bytes)).toBe(expected);
  });

  it('explains what a rejected file seems to be', () => {
    expect(describeUnsupported(Buffer.alloc(0))).toMatch(/empty/);
    expect(describeUnsupported(Buffer.from('hello, this is text\n'))).toMatch(/plain text/);
    expect(describeUnsupported(Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 200]))).toMatch(/ZIP/);
  });
});
