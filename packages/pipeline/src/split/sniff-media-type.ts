import type { ScanMediaType } from '@chartroom/domain';

const startsWith = (bytes: Uint8Array, signature: number[], offset = 0): boolean =>
  bytes.length >= offset + signature.length && signature.every((byte, i) => bytes[offset + i] === byte);

/**
 * Decides a file's type from its first bytes. Names lie (a scanner's ".pdf" may be a TIFF, a
 * renamed text file is not a PDF), so the extension is never consulted.
 */
export function sniffMediaType(bytes: Uint8Array): ScanMediaType | null {
  // PDF: "%PDF-" within the first 1024 bytes (the spec tolerates leading junk).
  const head = Buffer.from(bytes.subarray(0, 1024)).toString('latin1');
  if (head.includes('%PDF-')) return 'application/pdf';
  if (startsWith(bytes, [0x49, 0x49, 0x2a, 0x00]) || startsWith(bytes, [0x4d, 0x4d, 0x00, 0x2a])) {
    return 'image/tiff';
  }
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  return null;
}

/** A readable description of what a rejected file seems to be, for the quarantine reason. */
export function describeUnsupported(bytes: Uint8Array): string {
  if (bytes.length === 0) return 'the file is empty (0 bytes)';
  const sample = bytes.subarray(0, 512);
  const printable = sample.filter(
    (byte) => byte === 9 || byte === 10 || byte === 13 || (byte >= 32 && byte < 127),
  );
  if (printable.length / sample.length > 0.95) return 'the file is plain text, not a scan';
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return 'the file is a ZIP archive (or an Office document)';
  if (startsWith(bytes, [0x47, 0x49, 0x46, 0x38]))
    return 'the file is a GIF image, which scanners do not produce';
  return 'the file is not a PDF, TIFF, PNG or JPEG';
}
