import { createHash } from 'node:crypto';
import { crc32, deflateSync } from 'node:zlib';
import sharp from 'sharp';

// Files a scanning station should never send, and sometimes does: each must end in quarantine with
// a reason a person can act on, its original kept. Generated, so no test depends on outside files.

/** A one-page PDF with the given /Encrypt dictionary, written by hand because pdf-lib cannot encrypt. */
function encryptedPdf(encrypt: string, fileId: Buffer): Uint8Array {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >>',
    encrypt,
  ];
  let pdf = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(pdf.length);
    pdf += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xrefOffset = pdf.length;
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  pdf += offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('');
  const id = fileId.toString('hex');
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R /Encrypt 4 0 R /ID [<${id}> <${id}>] >>\n`;
  pdf += `startxref\n${xrefOffset}\n%%EOF\n`;
  return new TextEncoder().encode(pdf);
}

/** The 32-byte string the standard security handler pads passwords with (PDF 1.7, 7.6.3.3). */
const PASSWORD_PADDING = Buffer.from(
  '28bf4e5e4e758a4164004e56fffa01082e2e00b6d0683e802f0ca9fe6453697a',
  'hex',
);

function rc4(key: Buffer, input: Buffer): Buffer {
  const s = Array.from({ length: 256 }, (_, i) => i);
  for (let i = 0, j = 0; i < 256; i++) {
    j = (j + s[i]! + key[i % key.length]!) & 255;
    [s[i], s[j]] = [s[j]!, s[i]!];
  }
  const output = Buffer.alloc(input.length);
  for (let n = 0, i = 0, j = 0; n < input.length; n++) {
    i = (i + 1) & 255;
    j = (j + s[i]!) & 255;
    [s[i], s[j]] = [s[j]!, s[i]!];
    output[n] = input[n]! ^ s[(s[i]! + s[j]!) & 255]!;
  }
  return output;
}

/**
 * RC4 40-bit (revision 2) encryption. With `emptyUserPassword` the /U entry is computed for the empty
 * password (PDF 1.7, algorithms 2 and 4), as in a PDF that only restricts printing; otherwise /U is
 * arbitrary, so the empty password fails exactly as it does for a real password-protected file.
 */
export function rc4EncryptedPdf({ emptyUserPassword }: { emptyUserPassword: boolean }): Uint8Array {
  const fileId = Buffer.alloc(16, 1);
  const owner = Buffer.alloc(32, 0xab);
  const permissions = -4;
  const permissionBytes = Buffer.alloc(4);
  permissionBytes.writeInt32LE(permissions);
  const key = createHash('md5')
    .update(Buffer.concat([PASSWORD_PADDING, owner, permissionBytes, fileId]))
    .digest()
    .subarray(0, 5);
  const user = emptyUserPassword ? rc4(key, PASSWORD_PADDING) : Buffer.alloc(32, 0xcd);
  const encrypt = `<< /Filter /Standard /V 1 /R 2 /O <${owner.toString('hex')}> /U <${user.toString('hex')}> /P ${permissions} >>`;
  return encryptedPdf(encrypt, fileId);
}

/** A valid PNG whose header claims `side`×`side` pixels in a few hundred bytes: a decompression bomb. */
export function decompressionBombPng(side = 60000): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(Buffer.concat([Buffer.from(type), data])));
    return Buffer.concat([length, Buffer.from(type), data, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(side, 0);
  ihdr.writeUInt32BE(side, 4);
  ihdr.set([8, 0, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from('89504e470d0a1a0a', 'hex'),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(Buffer.alloc(side + 1))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** A white image far too small to be a scanned page. */
export function tinyPng(side = 40): Promise<Buffer> {
  return sharp(Buffer.alloc(side * side, 255), { raw: { width: side, height: side, channels: 1 } })
    .png()
    .toBuffer();
}
