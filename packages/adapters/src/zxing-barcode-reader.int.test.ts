import {
  faxDegrade,
  patientLabel2D,
  renderPage,
  rotate90,
  separatorSheet,
  skew,
  syntheticPatients,
  type BarcodeKind,
} from '@chartroom/samples';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ZxingBarcodeReader } from './zxing-barcode-reader.ts';

const FORMAT_OF: Record<BarcodeKind, string> = {
  code128: 'Code128',
  code39: 'Code39',
  qrcode: 'QRCode',
  datamatrix: 'DataMatrix',
  pdf417: 'PDF417',
};

// The real zxing-wasm module, its .wasm loaded from node_modules, over pages rendered and then
// spoiled the way pages reach a hospital: sideways, crooked, through a 150-dpi fax.
describe('ZxingBarcodeReader', () => {
  const [patient] = syntheticPatients(3);
  let reader: ZxingBarcodeReader;

  beforeAll(async () => {
    reader = await ZxingBarcodeReader.start();
  });

  afterAll(async () => {
    await reader.stop();
  });

  const conditions: [string, (png: Buffer) => Promise<Buffer>][] = [
    ['clean 300 dpi', (png) => Promise.resolve(png)],
    ['turned 90°', rotate90],
    ['skewed 3°', (png) => skew(png, 3)],
    ['150-dpi fax', (png) => faxDegrade(png, { dpi: 150 })],
  ];

  for (const kind of Object.keys(FORMAT_OF) as BarcodeKind[]) {
    it(`reads ${kind} labels clean, sideways, skewed and faxed`, async () => {
      if (!patient) throw new Error('no synthetic patient');
      const text =
        kind === 'code128' || kind === 'code39' ? patient.mrn : patientLabel2D(patient, { loinc: '18842-5' });
      const page = await renderPage(
        { title: 'PROGRESS NOTE', patient, lines: ['Seen today for follow-up.'], barcodes: [{ kind, text }] },
        { noise: true },
      );
      for (const [condition, spoil] of conditions) {
        const found = await reader.read(await spoil(page.png));
        expect(
          found.map(({ format, text: read }) => ({ format, text: read })),
          condition,
        ).toEqual([{ format: FORMAT_OF[kind], text }]);
      }
    });
  }

  it('reads every code on a page, with where each sits', async () => {
    if (!patient) throw new Error('no synthetic patient');
    const label2D = patientLabel2D(patient);
    const page = await renderPage({
      title: 'DISCHARGE SUMMARY',
      patient,
      lines: ['Discharged home in good condition.'],
      barcodes: [
        { kind: 'code128', text: patient.mrn },
        { kind: 'datamatrix', text: label2D },
      ],
    });
    const found = await reader.read(page.png);
    expect(found.map((barcode) => barcode.text).sort()).toEqual([patient.mrn, label2D].sort());
    for (const barcode of found) {
      expect(barcode.box).not.toBeNull();
      expect(barcode.box!.x1).toBeGreaterThan(barcode.box!.x0);
    }
  });

  it('reads pages sent at once, each getting its own codes back', async () => {
    if (!patient) throw new Error('no synthetic patient');
    const pages = await Promise.all(
      ['1000001', '1000002', '1000003'].map((mrn) =>
        renderPage({ title: 'NOTE', lines: ['x'], barcodes: [{ kind: 'code128', text: mrn }] }),
      ),
    );
    const found = await Promise.all(pages.map((page) => reader.read(page.png)));
    expect(found.map((codes) => codes.map((code) => code.text))).toEqual([
      ['1000001'],
      ['1000002'],
      ['1000003'],
    ]);
  });

  it('reads the separator sheet’s PATCHT and nothing on a page without codes', async () => {
    const separator = await renderPage(separatorSheet());
    expect((await reader.read(separator.png)).map(({ format, text }) => ({ format, text }))).toEqual([
      { format: 'Code39', text: 'PATCHT' },
    ]);
    const plain = await renderPage(
      { title: 'NURSING NOTE', lines: ['Patient resting comfortably.'] },
      { noise: true },
    );
    expect(await reader.read(plain.png)).toEqual([]);
  });
});
