import type { PageBarcode } from '@chartroom/domain';
import { describe, expect, it } from 'vitest';
import { barcodeRules, DEFAULT_BARCODE_RULES, interpretBarcode } from './interpret-barcode.ts';

const code = (format: string, text: string): PageBarcode => ({ format, text, box: null });

describe('interpretBarcode (default payload rules)', () => {
  it('reads a 1D label as the MRN alone: one identifier', () => {
    for (const format of ['Code128', 'Code39']) {
      const result = interpretBarcode(code(format, '4418203'));
      expect(result.meaning).toBe('patient-label');
      expect(result.identifiers).toEqual({ mrn: '4418203' });
    }
  });

  it('reads a Code 39 PATCHT as a separator sheet, but not the same text in Code 128', () => {
    expect(interpretBarcode(code('Code39', 'PATCHT')).meaning).toBe('separator');
    expect(interpretBarcode(code('Code128', 'PATCHT')).meaning).toBe('other');
  });

  it('reads a 2D label as MRN, name and birth date in the matcher’s normal forms', () => {
    const result = interpretBarcode(code('QRCode', 'MRN:4418203|NAME:Muñoz-Peña^José|DOB:19610417|ENC:E77'));
    expect(result.meaning).toBe('patient-label');
    expect(result.identifiers).toEqual({
      mrn: '4418203',
      name: 'MUNOZ-PENA^JOSE',
      birthDate: '1961-04-17',
      encounter: 'E77',
    });
  });

  it('reads a 2D code with a DOC field as a cover sheet naming the document type', () => {
    for (const format of ['QRCode', 'DataMatrix', 'PDF417']) {
      const result = interpretBarcode(
        code(format, 'MRN:4418203|NAME:QUINTERO^MARISOL|DOB:19610417|DOC:18842-5'),
      );
      expect(result.meaning).toBe('cover-sheet');
      expect(result.identifiers.loinc).toBe('18842-5');
    }
  });

  it('treats malformed or partial payloads as other: a half-read label is not a label', () => {
    const payloads = [
      'MRN:4418203|NAME:QUINTERO^MARISOL', // no DOB
      'MRN:4418203|NAME:QUINTERO|DOB:19610417', // no given name
      'MRN:4418203|NAME:QUINTERO^MARISOL|DOB:19610231', // 31 February
      'MRN:44|NAME:QUINTERO^MARISOL|DOB:19610417', // MRN shape
      'MRN:4418203|MRN:4418204|NAME:QUINTERO^MARISOL|DOB:19610417', // two MRNs
      'MRN:4418203|NAME:QUINTERO^MARISOL|DOB:19610417|DOC:chart', // DOC not a LOINC code
      'https://example.org/lot/12345',
    ];
    for (const payload of payloads)
      expect(interpretBarcode(code('QRCode', payload)).meaning, payload).toBe('other');
  });

  it('records codes of other symbologies or shapes as other', () => {
    expect(interpretBarcode(code('EAN13', '4006381333931')).meaning).toBe('other');
    expect(interpretBarcode(code('Code128', 'LOT-2291-A')).meaning).toBe('other');
  });

  it('follows configured rules', () => {
    const rules = barcodeRules({ mrnPattern: '^H[0-9]{7}$', separatorText: 'NEXTDOC' });
    expect(interpretBarcode(code('Code128', 'H1234567'), rules).identifiers).toEqual({ mrn: 'H1234567' });
    expect(interpretBarcode(code('Code128', '1234567'), rules).meaning).toBe('other');
    expect(interpretBarcode(code('Code39', 'NEXTDOC'), rules).meaning).toBe('separator');
    expect(interpretBarcode(code('Code39', 'PATCHT'), rules).meaning).toBe('other');
    expect(DEFAULT_BARCODE_RULES.separatorText).toBe('PATCHT');
  });
});
