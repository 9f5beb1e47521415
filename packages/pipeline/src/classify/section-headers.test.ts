import { DEFAULT_DOCUMENT_TYPES } from '@chartroom/domain';
import { describe, expect, it } from 'vitest';
import {
  clinicLetter,
  consentForm,
  dischargeSummary,
  progressNote,
  radiologyReport,
  VISIT,
} from '../../../samples/src/clinical-documents.ts';
import { printedText } from '../../../samples/src/ocr-set.ts';
import { syntheticPatients, type SyntheticPatient } from '../../../samples/src/patients.ts';
import { extractAuthor } from './document-author.ts';
import { extractDocumentDate } from './document-date.ts';
import {
  compactHeader,
  findSectionHeaders,
  HEADER_STRENGTH,
  headerFeatures,
  headerVotes,
  SECTION_HEADER_TABLE,
} from './section-headers.ts';

const lines = (...text: string[]) => text.join('\n');
const headersIn = (text: string) => findSectionHeaders(text).map((hit) => hit.header);
const topType = (text: string) => headerVotes(findSectionHeaders(text))[0]?.type;

/** One small document per type: its title and the sections under it. */
const DOCUMENTS: { type: string; title: string; body: string }[] = [
  {
    type: 'discharge-summary',
    title: 'DISCHARGE SUMMARY',
    body: lines(
      'HOSPITAL COURSE:',
      'Treated with antibiotics.',
      'DISCHARGE DIAGNOSES:',
      '1. Pneumonia.',
      'DISCHARGE MEDICATIONS:',
      'Amoxicillin.',
      'CONDITION AT DISCHARGE: Good.',
    ),
  },
  {
    type: 'history-and-physical',
    title: 'HISTORY AND PHYSICAL',
    body: lines(
      'CHIEF COMPLAINT: Cough.',
      'HISTORY OF PRESENT ILLNESS:',
      'Three days of cough.',
      'PAST MEDICAL HISTORY: Asthma.',
      'REVIEW OF SYSTEMS: Negative.',
      'PHYSICAL EXAMINATION:',
      'Wheeze on the left.',
    ),
  },
  {
    type: 'consult-note',
    title: 'CONSULTATION',
    body: lines(
      'REASON FOR CONSULTATION: Atrial fibrillation.',
      'HISTORY OF PRESENT ILLNESS:',
      'Palpitations for a week.',
      'RECOMMENDATIONS:',
      'Start a beta blocker.',
    ),
  },
  {
    type: 'progress-note',
    title: 'PROGRESS NOTE',
    body: lines(
      'INTERVAL HISTORY: Slept well.',
      'SUBJECTIVE: No pain.',
      'OBJECTIVE: Afebrile.',
      'ASSESSMENT: Improving.',
      'PLAN: Continue.',
    ),
  },
  {
    type: 'office-note',
    title: 'OFFICE VISIT',
    body: lines(
      'REASON FOR VISIT: Follow-up.',
      'SUBJECTIVE: Well.',
      'OBJECTIVE: BP 120/80.',
      'PLAN: Return in 1 year.',
    ),
  },
  {
    type: 'operative-note',
    title: 'OPERATIVE REPORT',
    body: lines(
      'PREOPERATIVE DIAGNOSIS: Cholelithiasis.',
      'POSTOPERATIVE DIAGNOSIS: Same.',
      'PROCEDURE PERFORMED: Laparoscopic cholecystectomy.',
      'ANESTHESIA: General.',
      'ESTIMATED BLOOD LOSS: 20 mL.',
      'DESCRIPTION OF PROCEDURE:',
      'Four ports were placed.',
      'FINDINGS: Inflamed gallbladder.',
    ),
  },
  {
    type: 'radiology-report',
    title: 'RADIOLOGY REPORT',
    body: lines(
      'EXAM: XR chest, two views',
      'CLINICAL INDICATION: Cough.',
      'TECHNIQUE: Frontal and lateral views.',
      'COMPARISON: None.',
      'FINDINGS: Clear lungs.',
      'IMPRESSION: Normal chest.',
    ),
  },
  {
    type: 'pathology-report',
    title: 'SURGICAL PATHOLOGY REPORT',
    body: lines(
      'SPECIMEN: Gallbladder.',
      'GROSS DESCRIPTION:',
      'A 7 cm gallbladder.',
      'MICROSCOPIC DESCRIPTION:',
      'Chronic inflammation.',
      'FINAL DIAGNOSIS:',
      'Chronic cholecystitis.',
    ),
  },
  {
    type: 'laboratory-report',
    title: 'LABORATORY REPORT',
    body: lines(
      'Specimen Collected: 03/04/2024 08:15',
      'TEST        RESULT   FLAG   UNITS    REFERENCE RANGE',
      'Sodium      139             mmol/L   135-145',
      'Potassium   5.6      H      mmol/L   3.5-5.1',
    ),
  },
  {
    type: 'emergency-department-note',
    title: 'EMERGENCY DEPARTMENT NOTE',
    body: lines(
      'TRIAGE: ESI level 3.',
      'CHIEF COMPLAINT: Ankle injury.',
      'ED COURSE:',
      'X-ray negative; splinted.',
      'DISPOSITION: Home.',
    ),
  },
  {
    type: 'letter',
    title: 'REFERRAL LETTER',
    body: lines(
      'Dear Dr. Patel,',
      'Thank you for referring Mr. Quinn, whom I saw today.',
      '',
      'Sincerely,',
      'A. Chen, MD',
    ),
  },
  {
    type: 'consent-form',
    title: 'INFORMED CONSENT',
    body: lines(
      'I consent to a colonoscopy.',
      'RISKS: Bleeding, perforation.',
      'BENEFITS: Finding polyps.',
      'ALTERNATIVES: Stool testing.',
      'Signature of patient: ____________',
      'Witness: ____________',
    ),
  },
  {
    type: 'autopsy-report',
    title: 'AUTOPSY REPORT',
    body: lines(
      'EXTERNAL EXAMINATION:',
      'An adult man.',
      'INTERNAL EXAMINATION:',
      'Coronary arteries narrowed.',
      'CAUSE OF DEATH: Atherosclerotic heart disease.',
    ),
  },
];

describe('the header table', () => {
  it('names only known document types', () => {
    const keys = new Set(DEFAULT_DOCUMENT_TYPES.map((type) => type.key));
    for (const entry of SECTION_HEADER_TABLE) {
      for (const type of entry.supports)
        expect({ header: entry.header, type, known: keys.has(type) }).toMatchObject({ known: true });
    }
  });

  it('spells no two headers alike, nor one slip apart where a slip is tolerated (8+ letters)', () => {
    const spellings = SECTION_HEADER_TABLE.flatMap((entry) =>
      entry.kind === 'phrase'
        ? []
        : entry.variants.map((variant) => ({ entry, compact: compactHeader(variant) })),
    );
    for (const a of spellings) {
      for (const b of spellings) {
        if (a.entry === b.entry || a.entry.kind !== b.entry.kind) continue;
        const tolerant = Math.max(a.compact.length, b.compact.length) >= 8;
        const apart = editDistance(a.compact, b.compact) >= (tolerant ? 2 : 1);
        expect({ a: a.compact, b: b.compact, apart }).toEqual({ a: a.compact, b: b.compact, apart: true });
      }
    }
  });
});

describe('findSectionHeaders', () => {
  it.each(DOCUMENTS.map((document) => [document.type, document] as const))(
    'votes %s first, with and without its title',
    (type, document) => {
      expect(topType(lines(document.title, document.body))).toBe(type);
      expect(topType(document.body)).toBe(type);
    },
  );

  it('reports title, line, supports and strength', () => {
    const hits = findSectionHeaders(
      lines('Some Hospital', 'DISCHARGE SUMMARY', '', 'HOSPITAL COURSE:', 'Uneventful.'),
    );
    expect(hits).toEqual([
      { header: 'DISCHARGE SUMMARY', line: 2, kind: 'title', supports: ['discharge-summary'], strength: 3 },
      { header: 'HOSPITAL COURSE', line: 4, kind: 'section', supports: ['discharge-summary'], strength: 2 },
    ]);
    expect(HEADER_STRENGTH.title).toBeGreaterThan(HEADER_STRENGTH.distinctive);
    expect(HEADER_STRENGTH.distinctive).toBeGreaterThan(HEADER_STRENGTH.shared);
  });

  it('reads titles in capitals or title case, after a department name, and open-ended consent titles', () => {
    expect(headersIn('Discharge Summary')).toEqual(['DISCHARGE SUMMARY']);
    expect(headersIn('CARDIOLOGY CLINIC LETTER')).toEqual(['LETTER']);
    expect(headersIn('ADMISSION HISTORY AND PHYSICAL')).toEqual(['HISTORY AND PHYSICAL']);
    expect(headersIn('HISTORY & PHYSICAL')).toEqual(['HISTORY AND PHYSICAL']);
    expect(headersIn('CONSENT FOR UPPER ENDOSCOPY')).toEqual(['CONSENT FORM']);
    expect(headersIn('Consent to Treatment')).toEqual(['CONSENT FORM']);
    expect(headersIn('CONSENT OBTAINED')).toEqual([]);
    expect(headersIn('Progress Note:')).toEqual(['PROGRESS NOTE']);
    // One-word titles only in capitals: "Radiology" under a signature is a department, not a title.
    expect(headersIn('Radiology')).toEqual([]);
    expect(headersIn('RADIOLOGY')).toEqual(['RADIOLOGY REPORT']);
    // A title stands alone on its line.
    expect(headersIn('DISCHARGE SUMMARY: see attached')).toEqual([]);
  });

  it('reads headers after numbers and bullets, in title or sentence case, and without a colon', () => {
    expect(headersIn('2. PLAN:')).toEqual(['PLAN']);
    expect(headersIn('- Assessment: stable')).toEqual(['ASSESSMENT']);
    expect(headersIn('(3) FINDINGS')).toEqual(['FINDINGS']);
    expect(headersIn('Condition at Discharge: good')).toEqual(['CONDITION AT DISCHARGE']);
    expect(headersIn('Chief complaint: cough')).toEqual(['CHIEF COMPLAINT']);
    expect(headersIn('HOSPITAL COURSE')).toEqual(['HOSPITAL COURSE']);
    expect(headersIn('   HOSPITAL   COURSE :')).toEqual(['HOSPITAL COURSE']);
    expect(headersIn('H&P')).toEqual(['HISTORY AND PHYSICAL']);
  });

  it('tolerates one OCR slip in a long header', () => {
    expect(headersIn('HOSPITAL C0URSE:')).toEqual(['HOSPITAL COURSE']);
    expect(headersIn('IMPRESSlON:')).toEqual(['IMPRESSION']);
    expect(headersIn('lMPRESSION:')).toEqual(['IMPRESSION']);
    expect(headersIn('HOSPTAL COURSE:')).toEqual(['HOSPITAL COURSE']);
    expect(headersIn('PHYSICAL EXAMlNATION')).toEqual(['PHYSICAL EXAMINATION']);
    expect(headersIn('DISCHARGE MEDICATI0NS')).toEqual(['DISCHARGE MEDICATIONS']);
    expect(headersIn('HOSP ITAL COURSE:')).toEqual(['HOSPITAL COURSE']);
    expect(headersIn('Hospital Cuorse:')).toEqual([]); // two slips
  });

  it('does not guess at short headers or at a slip between two headers', () => {
    expect(headersIn('PLAM:')).toEqual([]);
    expect(headersIn('EXAN:')).toEqual([]);
    // One slip from both INTERNAL and EXTERNAL EXAMINATION.
    expect(headersIn('ENTERNAL EXAMINATION:')).toEqual([]);
  });

  it('does not fire on the same words in running prose', () => {
    const prose = lines(
      'The hospital course was uneventful and her discharge medications were reviewed.',
      'We discussed the risks, benefits and alternatives of the procedure.',
      'Sodium was within the reference range. The result was flagged by the lab.',
      'Findings were discussed with the family; the plan is to follow up.',
      'Plan to follow up in clinic.',
      'He was seen in triage and the impression was of a sprain.',
      'Thank goodness, my dear friend, he was discharged.',
      'After a discussion of risks and benefits, anticoagulation was started.',
    );
    expect(findSectionHeaders(prose)).toEqual([]);
  });

  it('finds UPPER-CASE HEADER: anywhere in a run-together paragraph', () => {
    const paragraph =
      'CHIEF COMPLAINT:, Chest pain.,HISTORY OF PRESENT ILLNESS:, The patient is a 56-year-old man.,' +
      'PHYSICAL EXAMINATION:, Normal. ASSESSMENT AND PLAN:, Admit.';
    const hits = findSectionHeaders(paragraph);
    expect(hits.map((hit) => [hit.header, hit.line])).toEqual([
      ['CHIEF COMPLAINT', 1],
      ['HISTORY OF PRESENT ILLNESS', 1],
      ['PHYSICAL EXAMINATION', 1],
      ['ASSESSMENT AND PLAN', 1],
    ]);
    // Content in capitals before the header is not part of it; a one-word tail does not stand alone.
    expect(headersIn('CHIEF COMPLAINT: CHEST PAIN HISTORY OF PRESENT ILLNESS: none')).toEqual([
      'CHIEF COMPLAINT',
      'HISTORY OF PRESENT ILLNESS',
    ]);
    expect(headersIn('Stable. DISCHARGE DISPOSITION: home')).toEqual(['DISCHARGE DISPOSITION']);
    expect(headersIn('Lungs: clear. Heart: regular.')).toEqual([]);
    // A capital word glued to lower case is no header's start; the tail after it still counts.
    expect(headersIn('painPLAN: rest')).toEqual([]);
    expect(headersIn('painXX HOSPITAL COURSE: fine')).toEqual(['HOSPITAL COURSE']);
  });

  it('reads a line of thousands of capitals and colons in linear time', () => {
    // Scanning back from each colon used to backtrack over the whole line: this took minutes.
    const line = `${'A'.repeat(20_000)}:${' B:'.repeat(2_000)} ${'HOSPITAL COURSE: x '.repeat(500)}`;
    expect(headersIn(line)).toEqual(['HOSPITAL COURSE']);
  });

  it('finds letter and consent wording as phrases', () => {
    const hits = findSectionHeaders(
      lines(
        'Dear Dr. Whitfield,',
        'Thank you for allowing me to participate in her care.',
        'Yours sincerely,',
        'I hereby consent to the operation. I understand the',
        'risks of bleeding.',
      ),
    );
    expect(hits.map((hit) => [hit.header, hit.kind, hit.line])).toEqual([
      ['DEAR', 'phrase', 1],
      ['THANK YOU FOR REFERRING', 'phrase', 2],
      ['SINCERELY', 'phrase', 3],
      ['I CONSENT', 'phrase', 4],
      ['I UNDERSTAND THE RISKS', 'phrase', 4],
    ]);
  });
});

describe('headerFeatures', () => {
  it('names each header found once, by kind', () => {
    const hits = findSectionHeaders(
      lines(
        'DISCHARGE SUMMARY',
        'HOSPITAL COURSE:',
        'x',
        'DISCHARGE SUMMARY',
        'Dear Dr. Smith,',
        'ASSESSMENT/PLAN:',
      ),
    );
    expect(headerFeatures(hits)).toEqual([
      'title:discharge-summary',
      'hdr:hospital-course',
      'phr:dear',
      'hdr:assessment-and-plan',
    ]);
    expect(headerFeatures([])).toEqual([]);
  });
});

describe('headerVotes', () => {
  it('sums the strengths of distinct headers per type, best first', () => {
    const text = lines(
      'DISCHARGE SUMMARY',
      'HOSPITAL COURSE:',
      'DISCHARGE SUMMARY',
      'HOSPITAL COURSE:',
      'HISTORY OF PRESENT ILLNESS:',
    );
    expect(headerVotes(findSectionHeaders(text))).toEqual([
      { type: 'discharge-summary', score: 5, headers: ['DISCHARGE SUMMARY', 'HOSPITAL COURSE'] },
      { type: 'history-and-physical', score: 1, headers: ['HISTORY OF PRESENT ILLNESS'] },
      { type: 'consult-note', score: 1, headers: ['HISTORY OF PRESENT ILLNESS'] },
      { type: 'emergency-department-note', score: 1, headers: ['HISTORY OF PRESENT ILLNESS'] },
    ]);
  });

  it('breaks ties toward the type a shared header is most typical of', () => {
    expect(topType(lines('CHIEF COMPLAINT: cough', 'REVIEW OF SYSTEMS: negative'))).toBe(
      'history-and-physical',
    );
    expect(topType(lines('SUBJECTIVE: well', 'OBJECTIVE: afebrile'))).toBe('progress-note');
  });

  it('is empty for a text without headers', () => {
    expect(headerVotes(findSectionHeaders('Just a line of text.'))).toEqual([]);
  });
});

describe('over the generated clinical documents', () => {
  const longNamed: SyntheticPatient = {
    ...syntheticPatients(1)[0]!,
    family: "O'Connor-Garcia",
    given: ['Margaret', 'Dorothy'],
  };
  const patients = [longNamed, ...syntheticPatients(8)];

  const expectations = [
    {
      make: dischargeSummary,
      type: 'discharge-summary',
      date: { date: VISIT.discharged, label: 'Discharge Date' },
      author: { name: 'R. Lindqvist', credentials: 'MD', label: 'Electronically signed by' },
    },
    {
      make: radiologyReport,
      type: 'radiology-report',
      date: { date: VISIT.imaged, label: 'Exam Date' },
      author: { name: 'S. Varma', credentials: 'MD', label: 'Signed by' },
    },
    {
      make: progressNote,
      type: 'progress-note',
      date: { date: VISIT.clinic, label: 'Date of Service' },
      author: { name: 'T. Brandt', credentials: 'NP', label: 'signature line' },
    },
    {
      make: clinicLetter,
      type: 'letter',
      date: { date: VISIT.clinic, label: 'Date' },
      author: { name: 'R. Lindqvist', credentials: 'MD', label: 'letter closing' },
    },
    // The consent form prints no date (its "Date:" is a blank to fill in) and no author.
    { make: consentForm, type: 'consent-form', date: null, author: null },
  ];

  it.each(expectations.map((expected) => [expected.make.name, expected] as const))(
    '%s: type voted first, date and author as printed',
    async (_name, expected) => {
      for (const patient of patients) {
        const document = expected.make(patient);
        const text = (await Promise.all(document.pages.map((page) => printedText(page)))).join('\n');
        expect(topType(text)).toBe(expected.type);
        const date = extractDocumentDate(text);
        expect(date === null ? null : { date: date.date, label: date.label }).toEqual(expected.date);
        expect(date?.date).not.toBe(patient.birthDate);
        const author = extractAuthor(text);
        expect(
          author === null
            ? null
            : { name: author.name, credentials: author.credentials, label: author.label },
        ).toEqual(expected.author);
      }
    },
  );
});

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(
        previous[j]! + 1,
        current[j - 1]! + 1,
        previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    }
    previous = current;
  }
  return previous[b.length]!;
}
