import { describe, expect, it } from 'vitest';
import { extractDocumentDate, FIRST_DATE_IN_HEADER } from './document-date.ts';

const NOW = new Date('2025-06-15T12:00:00Z');
const lines = (...text: string[]) => text.join('\n');
const dateOf = (text: string, now = NOW) => extractDocumentDate(text, { now })?.date ?? null;

describe('extractDocumentDate', () => {
  it.each([
    ['03/04/2024', '2024-03-04'],
    ['3/4/2024', '2024-03-04'],
    ['3/4/24', '2024-03-04'],
    ['03 / 04 / 2024', '2024-03-04'],
    ['03-04-2024', '2024-03-04'],
    ['03.04.2024', '2024-03-04'],
    ['2024-03-04', '2024-03-04'],
    ['2024/3/4', '2024-03-04'],
    ['March 3, 2024', '2024-03-03'],
    ['Mar 3 2024', '2024-03-03'],
    ['Mar. 3rd, 2024', '2024-03-03'],
    ['Sept 30, 2024', '2024-09-30'],
    ['3 March 2024', '2024-03-03'],
    ['3rd of March, 2024', '2024-03-03'],
    ['03-Mar-2024', '2024-03-03'],
    ['3-MAR-24', '2024-03-03'],
  ])('reads %s (month first) as %s', (printed, iso) => {
    expect(extractDocumentDate(`Date of Service: ${printed}`, { now: NOW })).toEqual({
      date: iso,
      label: 'Date of Service',
      line: 1,
    });
  });

  it('reads OCR letters in digit runs as digits', () => {
    expect(dateOf('Date of Service: O3/l2/2O24')).toBe('2024-03-12');
    expect(dateOf('DOS: 1I/O4/2024')).toBe('2024-11-04');
  });

  it('reads two-digit years as this century unless that is in the future', () => {
    expect(dateOf('Date: 1/2/24')).toBe('2024-01-02');
    expect(dateOf('Date: 1/2/98')).toBe('1998-01-02');
    expect(dateOf('Date: 1/2/26')).toBe('2026-01-02'); // within a year of now
    expect(dateOf('Date: 1/2/27')).toBe('1927-01-02');
    expect(dateOf('Date: 1/2/05')).toBe('2005-01-02');
  });

  it('rejects impossible dates and goes on to the next candidate', () => {
    expect(dateOf(lines('Date of Service: 02/30/2024', 'Date: 03/01/2024'))).toBe('2024-03-01');
    expect(dateOf('Date: 13/01/2024')).toBeNull();
    expect(dateOf('Date: 02/29/2023')).toBeNull();
    expect(dateOf('Date: 02/29/2024')).toBe('2024-02-29');
    expect(dateOf('Date: April 31, 2024')).toBeNull();
    expect(dateOf('Date: 00/10/2024')).toBeNull();
    expect(dateOf('Date: 01/01/1899')).toBeNull();
  });

  it('rejects dates more than a year after now', () => {
    const now = new Date('2024-06-01T00:00:00Z');
    expect(dateOf('Date of Service: 05/31/2025', now)).toBe('2025-05-31');
    expect(dateOf('Date of Service: 06/02/2025', now)).toBeNull();
    expect(dateOf(lines('Date of Service: 07/01/2031', 'Report Date: 05/01/2024'), now)).toBe('2024-05-01');
  });

  it('defaults now to the present', () => {
    expect(extractDocumentDate('Date: 01/02/2020')?.date).toBe('2020-01-02');
    expect(extractDocumentDate(`Date: 01/02/${new Date().getUTCFullYear() + 3}`)).toBeNull();
  });

  it('prefers service, visit, procedure, operation, exam, report, discharge, admission, collection, then Date:', () => {
    const labels: [string, string][] = [
      ['Date of Service', 'Date of Service'],
      ['Visit Date', 'Date of Visit'],
      ['Procedure Date', 'Date of Procedure'],
      ['Date of Operation', 'Date of Operation'],
      ['Date of Exam', 'Exam Date'],
      ['Report Date', 'Report Date'],
      ['Date of Discharge', 'Discharge Date'],
      ['Admission Date', 'Admission Date'],
      ['Collected', 'Collected'],
      ['Date', 'Date'],
    ];
    // Printed least preferred first, so position cannot be what decides.
    const printed = labels.map(([label], index) => `${label}: 01/${String(10 + index)}/2024`).reverse();
    for (const [index, [, canonical]] of labels.entries()) {
      const text = lines(...printed.slice(0, printed.length - index));
      expect(extractDocumentDate(text, { now: NOW })).toMatchObject({
        date: `2024-01-${String(10 + index)}`,
        label: canonical,
      });
    }
  });

  it.each([
    ['DOS: 03/04/2024', 'Date of Service'],
    ['D.O.S. 03/04/2024', 'Date of Service'],
    ['Service Date - 03/04/2024', 'Date of Service'],
    ['DATE OF VISIT: 03/04/2024', 'Date of Visit'],
    ['Date of Procedure 03/04/2024', 'Date of Procedure'],
    ['Date of Surgery: 03/04/2024', 'Date of Operation'],
    ['Exam Date: 03/04/2024', 'Exam Date'],
    ['Date Reported: 03/04/2024', 'Report Date'],
    ['Date of Report: 03/04/2024', 'Report Date'],
    ['Discharge date: 03/04/2024', 'Discharge Date'],
    ['Date of Admission: 03/04/2024', 'Admission Date'],
    ['Specimen collected: 03/04/2024 08:15', 'Collected'],
  ])('reads the label in %s', (text, label) => {
    expect(extractDocumentDate(text, { now: NOW })).toEqual({ date: '2024-03-04', label, line: 1 });
  });

  it('keeps two labelled dates on one line apart and takes the date under a label that ends its line', () => {
    expect(
      extractDocumentDate('Admission date: 03/04/2024      Discharge date: 03/09/2024', { now: NOW }),
    ).toEqual({
      date: '2024-03-09',
      label: 'Discharge Date',
      line: 1,
    });
    expect(extractDocumentDate(lines('DATE OF SERVICE:', '03/04/2024'), { now: NOW })).toEqual({
      date: '2024-03-04',
      label: 'Date of Service',
      line: 2,
    });
  });

  it('never returns a date of birth', () => {
    expect(dateOf('Patient: SMITH, Jane   MRN: 1234567   DOB: 03/14/1962')).toBeNull();
    expect(dateOf('Date of Birth: 03/14/1962')).toBeNull();
    expect(dateOf('Birth Date: 03/14/1962')).toBeNull();
    expect(dateOf('Born: March 14, 1962')).toBeNull();
    expect(dateOf('D0B: 03/14/1962')).toBeNull();
    // The same date elsewhere on the page is the date of birth again, even after a label.
    expect(dateOf(lines('DOB: 03/14/1962', 'Date: 03/14/1962'))).toBeNull();
    // Unlabelled dates on a DOB line are left alone; a date after a label of its own is not.
    expect(dateOf(lines('Jane Smith  03/14/1962  DOB: 03/14/1962  04/01/2024'))).toBeNull();
    expect(dateOf('DOB: 03/14/1962   DOS: 04/01/2024')).toBe('2024-04-01');
  });

  it('does not read "Discharge date", "Birth Date" or prose as a bare "Date:"', () => {
    expect(extractDocumentDate('Birth Date: 03/14/1962', { now: NOW })).toBeNull();
    const prose = lines(
      'Header line',
      'Second line',
      'Third line',
      'Fourth line',
      'Fifth line',
      'Sixth line',
      'Seventh line',
      'Eighth line',
      'He was admitted on 03/01/2024 and seen in clinic on 03/05/2024.',
    );
    expect(extractDocumentDate(prose, { now: NOW })).toBeNull();
  });

  it('falls back to the first date in the first lines, and says so', () => {
    const letter = lines(
      'Cardiology Associates',
      'March 3, 2024',
      '',
      'Dear Dr. Whitfield,',
      'Seen on 03/01/2024.',
    );
    expect(extractDocumentDate(letter, { now: NOW })).toEqual({
      date: '2024-03-03',
      label: FIRST_DATE_IN_HEADER,
      line: 2,
    });
    // The header's date of birth is not the first date.
    expect(
      extractDocumentDate(lines('Patient: SMITH, Jane   DOB: 03/14/1962', 'Clinic visit 04/02/2024'), {
        now: NOW,
      }),
    ).toEqual({ date: '2024-04-02', label: FIRST_DATE_IN_HEADER, line: 2 });
  });

  it('is null without a date', () => {
    expect(extractDocumentDate('', { now: NOW })).toBeNull();
    expect(
      extractDocumentDate(lines('Patient signature: ________   Date: ________'), { now: NOW }),
    ).toBeNull();
    expect(
      extractDocumentDate('BP 138/82, HR 76, T 36.8 C. Accession: CT-24-031207', { now: NOW }),
    ).toBeNull();
  });
});
