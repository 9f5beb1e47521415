import { describe, expect, it } from 'vitest';
import { extractAuthor, LETTER_CLOSING, SIGNATURE_LINE } from './document-author.ts';

const lines = (...text: string[]) => text.join('\n');
const who = (text: string) => {
  const author = extractAuthor(text);
  return author && { name: author.name, credentials: author.credentials, label: author.label };
};

describe('extractAuthor', () => {
  it.each([
    ['Dictated by: John Smith, MD', 'Dictated by'],
    ['DICTATED BY John Smith MD', 'Dictated by'],
    ['Electronically signed by: John Smith, MD', 'Electronically signed by'],
    ['Electronically signed: John Smith, MD', 'Electronically signed by'],
    ['E-signed by John Smith, MD', 'Electronically signed by'],
    ['Signed by John Smith, MD', 'Signed by'],
    ['Attending Physician: John Smith, MD', 'Attending Physician'],
    ['Attending: John Smith, MD', 'Attending'],
    ['SURGEON: John Smith, MD', 'Surgeon'],
    ['Provider: John Smith, MD', 'Provider'],
    ['Radiologist: John Smith, MD', 'Radiologist'],
    ['Pathologist: John Smith, MD', 'Pathologist'],
    ['Author: John Smith, MD', 'Author'],
    ['Consultant: John Smith, MD', 'Consultant'],
  ])('reads %s', (text, label) => {
    expect(extractAuthor(lines('PROGRESS NOTE', text))).toEqual({
      name: 'John Smith',
      credentials: 'MD',
      label,
      line: 2,
    });
  });

  it.each([
    ['Smith, John MD', 'John Smith', 'MD'],
    ['John Smith, M.D.', 'John Smith', 'MD'],
    ['John Smith M. D.', 'John Smith', 'MD'],
    ['Smith, John A., MD', 'John A. Smith', 'MD'],
    ['John A. Smith, M.D., Ph.D.', 'John A. Smith', 'MD, PhD'],
    ['J. R. Smith, DO', 'J. R. Smith', 'DO'],
    ['JOHN SMITH MD', 'John Smith', 'MD'],
    ["O'CONNOR-GARCIA, MARIA NP", "Maria O'Connor-Garcia", 'NP'],
    ['Jane Doe, PA-C', 'Jane Doe', 'PA-C'],
    ['Dr. Jane Doe', 'Jane Doe', null],
    ['Dr. Nuñez', 'Nuñez', null],
    ['Smith, MD', 'Smith', 'MD'],
    ['Ludwig van Beethoven, MD', 'Ludwig van Beethoven', 'MD'],
    ['/s/ Jane Doe, MD', 'Jane Doe', 'MD'],
  ])('normalises %s', (printed, name, credentials) => {
    expect(who(`Signed by: ${printed}`)).toEqual({ name, credentials, label: 'Signed by' });
  });

  it('strips what follows the name: dates, times and the next field', () => {
    expect(who('Dictated by: J. Smith MD 03/04/2024 10:22')).toEqual({
      name: 'J. Smith',
      credentials: 'MD',
      label: 'Dictated by',
    });
    expect(who('Electronically signed by John Smith, MD on 03/04/2024 at 10:22 AM')?.name).toBe('John Smith');
    expect(who('Attending physician: R. Lindqvist, MD      Service: Internal Medicine')?.name).toBe(
      'R. Lindqvist',
    );
    expect(who('Attending physician: R. Lindqvist, MD Service: Internal Medicine')).toEqual({
      name: 'R. Lindqvist',
      credentials: 'MD',
      label: 'Attending Physician',
    });
    expect(who('Dictated by: Jane Doe Date: 03/04/2024')?.name).toBe('Jane Doe');
  });

  it('takes the name under a label that ends its line', () => {
    expect(extractAuthor(lines('ATTENDING PHYSICIAN:', 'John Smith, MD'))).toMatchObject({
      name: 'John Smith',
      line: 2,
    });
  });

  it('prefers the signer, then the dictator, then roles; the first of equal labels', () => {
    const text = lines(
      'Attending: Ann Lee, MD',
      'Dictated by: Bob Ray, MD',
      'Electronically signed by: Cy Fox, MD',
      'Electronically signed by: Di Orr, MD',
    );
    expect(who(text)?.name).toBe('Cy Fox');
    expect(who(lines('Attending: Ann Lee, MD', 'Dictated by: Bob Ray, MD'))?.name).toBe('Bob Ray');
  });

  it.each([
    [lines('Sincerely,', '', '', 'Jane Doe, MD'), 'Jane Doe', 'MD'],
    [lines('Yours sincerely,', 'R. Lindqvist, MD', 'Cardiology'), 'R. Lindqvist', 'MD'],
    [lines('Yours truly,', '/s/', 'John Smith'), 'John Smith', null],
    [lines('Kind regards,', '~~//~', 'A. B. Chen, DO'), 'A. B. Chen', 'DO'],
    ['Sincerely, Jane Doe, MD', 'Jane Doe', 'MD'],
  ])('reads the signer under a letter close: %j', (text, name, credentials) => {
    expect(who(lines('Dear Dr. Whitfield,', 'Thank you for referring her.', text))).toEqual({
      name,
      credentials,
      label: LETTER_CLOSING,
    });
  });

  it('reads a bare signature line, the last one, but not an abbreviation that looks like one', () => {
    expect(extractAuthor(lines('PLAN:', 'Return in 2 weeks.', 'T. Brandt, NP', 'Page 1 of 1'))).toEqual({
      name: 'T. Brandt',
      credentials: 'NP',
      label: SIGNATURE_LINE,
      line: 3,
    });
    expect(who(lines('Jane Doe, MD', 'notes', 'John Smith, M.D.   03/04/2024 10:22'))?.name).toBe(
      'John Smith',
    );
    expect(who(lines('Jane Doe, PA'))?.name).toBe('Jane Doe');
    expect(extractAuthor(lines('Chest X-ray PA', 'Lateral View PA'))).toBeNull();
    expect(extractAuthor(lines('Warfarin 5 mg daily', 'Metoprolol 50 mg daily'))).toBeNull();
  });

  it('does not take the ordering, referring or addressed doctor as the author', () => {
    const text = lines(
      'Ordering provider: M. Adeyemi, MD',
      'Referring physician: Dr. Jones',
      'Primary care physician: A. Brown, MD',
      'To: Dr. E. Whitfield, Family Medicine',
      'Dear Dr. Whitfield,',
      'Transcribed by: kl',
    );
    expect(extractAuthor(text)).toBeNull();
  });

  it('returns null rather than a guess', () => {
    expect(extractAuthor('')).toBeNull();
    expect(extractAuthor(lines('HOSPITAL COURSE:', 'Uneventful.'))).toBeNull();
    expect(extractAuthor('The consent was signed by the patient.')).toBeNull();
    expect(extractAuthor('Signed by: the patient')).toBeNull();
    expect(extractAuthor('Signed by: Patient')).toBeNull();
    expect(extractAuthor('Attending: HOSPITAL COURSE')).toBeNull();
    expect(extractAuthor('Provider: 03/04/2024')).toBeNull();
    expect(extractAuthor('Provider: Wound Care Clinic')).toBeNull();
    expect(extractAuthor('Dictated by: Smith')).toBeNull();
    expect(extractAuthor('Signed: ______________   Date: ________')).toBeNull();
    expect(extractAuthor('Patient: GARCIA-LOPEZ, Margaret   MRN: 1234567   DOB: 03/14/1962')).toBeNull();
  });
});
