import { DEFAULT_DOCUMENT_TYPES } from '@chartroom/domain';
import { parseCsv } from '@chartroom/pipeline';
import { describe, expect, it } from 'vitest';
import { trainingCsv, trainingDocuments, type TrainingDocument } from './training-documents.ts';

/** "HEADER:" at the start of a line (or after a comma, in run-on transcriptions). */
const HEADER = /(?:^|\n|,)[ \t]*([A-Za-z][A-Za-z/&()' -]{0,40}?):/g;

function headers(text: string): Set<string> {
  return new Set([...text.matchAll(HEADER)].map((match) => (match[1] ?? '').trim().toUpperCase()));
}

function byType(docs: readonly TrainingDocument[]): Map<string, string[]> {
  const groups = new Map<string, string[]>();
  for (const doc of docs) groups.set(doc.docType, [...(groups.get(doc.docType) ?? []), doc.text]);
  return groups;
}

const KEYS = DEFAULT_DOCUMENT_TYPES.map((type) => type.key);
const docs = trainingDocuments({ perType: 60, seed: 1 });
const groups = byType(docs);
/** A bigger sample for the layout statistics, so they are not at the mercy of a few draws. */
const bigGroups = byType(trainingDocuments({ perType: 150, seed: 1 }));

describe('trainingDocuments', () => {
  it('gives perType documents of every default type, in type order', () => {
    expect([...groups.keys()]).toEqual(KEYS);
    for (const key of KEYS) expect(groups.get(key)).toHaveLength(60);
    expect(docs).toHaveLength(60 * KEYS.length);
  });

  it('is deterministic for a seed and different for another seed', () => {
    const again = trainingDocuments({ perType: 4, seed: 7 });
    expect(trainingDocuments({ perType: 4, seed: 7 })).toEqual(again);
    const other = trainingDocuments({ perType: 4, seed: 8 });
    expect(other).toHaveLength(again.length);
    expect(other.filter((doc, i) => doc.text === again[i]?.text)).toEqual([]);
  });

  it('gives the same texts for a subset of types or a smaller perType', () => {
    for (const key of KEYS) expect(bigGroups.get(key)?.slice(0, 60)).toEqual(groups.get(key));
    const some = trainingDocuments({ perType: 3, seed: 1, types: ['letter', 'radiology-report'] });
    expect(some.map((doc) => doc.docType)).toEqual([
      'letter',
      'letter',
      'letter',
      'radiology-report',
      'radiology-report',
      'radiology-report',
    ]);
    expect(some.slice(0, 3).map((doc) => doc.text)).toEqual(groups.get('letter')?.slice(0, 3));
    expect(some.slice(3).map((doc) => doc.text)).toEqual(groups.get('radiology-report')?.slice(0, 3));
  });

  it('never repeats a document', () => {
    expect(new Set(docs.map((doc) => doc.text)).size).toBe(docs.length);
  });

  it('leaves no template syntax or missing values in the text', () => {
    for (const doc of docs) {
      expect(doc.text).not.toMatch(/[{}]|undefined|NaN|\[object/);
      expect(doc.text.trim().length).toBeGreaterThan(150);
    }
  });

  it('varies the layout: no header is in every document of a type, and sectioned types share a usual one', () => {
    const sectioned = KEYS.filter(
      (key) => !['letter', 'consent-form', 'laboratory-report', 'other'].includes(key),
    );
    for (const key of KEYS) {
      const texts = bigGroups.get(key) ?? [];
      const counts = new Map<string, number>();
      for (const text of texts)
        for (const header of headers(text)) counts.set(header, (counts.get(header) ?? 0) + 1);
      const [top, count] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? ['', 0];
      const share = count / texts.length;
      expect(share, `${key}: "${top}"`).toBeLessThan(1);
      if (sectioned.includes(key)) expect(share, `${key}: "${top}"`).toBeGreaterThan(0.5);
    }
  });

  it('varies the opening line and the length of each type', () => {
    for (const key of KEYS) {
      const texts = groups.get(key) ?? [];
      const openings = new Set(texts.map((text) => text.split(/\n|,/)[0]?.trim()));
      expect(openings.size, key).toBeGreaterThanOrEqual(10);
      const lengths = texts.map((text) => text.length);
      expect(Math.max(...lengths) / Math.min(...lengths), key).toBeGreaterThan(1.8);
    }
  });

  it('writes each type with its usual sections in most documents', () => {
    const expected: Record<string, RegExp> = {
      'discharge-summary': /hospital course|course in hospital/i,
      'history-and-physical': /present illness|\bHPI\b/i,
      'consult-note': /consult|referr|request/i,
      'progress-note':
        /subjective|\bS:|interval|overnight|progress|rounds|post-?op|seen and examined|hospital day|\bHD\b|\bPOD\b/i,
      'office-note': /clinic|office|visit|follow[- ]up/i,
      'operative-note': /pre-?op(erative)? diagnos|pre-?procedure diagnos|indication/i,
      'radiology-report': /impression|conclusion|summary/i,
      'pathology-report': /gross|diagnosis/i,
      'laboratory-report': /\d-\d|<\d|ref|negative|susceptib/i,
      'emergency-department-note': /\bED\b|emergency|disposition|dispo/i,
      letter: /^(Dear|To Whom)/m,
      'consent-form': /consent|authoriz|refus/i,
      'autopsy-report': /cause of death|autopsy|postmortem/i,
      other:
        /fax|face sheet|registration|demographics|claim|authorization|precertification|administration record|\bMAR\b|flowsheet|record|questionnaire|survey|form|evaluation|examination|ECG|EKG|electrocardiogram|orders|prescription|\bRx\b|instructions|summary|education|proxy|directive|attorney|referral/i,
    };
    for (const key of KEYS) {
      const texts = groups.get(key) ?? [];
      const share = texts.filter((text) => expected[key]?.test(text)).length / texts.length;
      expect(share, key).toBeGreaterThan(0.9);
    }
  });

  it('prints dates, authors and, on some documents, the patient’s name, MRN and date of birth', () => {
    const share = (test: (text: string) => boolean) =>
      docs.filter((doc) => test(doc.text)).length / docs.length;
    expect(share((text) => /\b(MRN|MR#|Medical Record Number)\b/.test(text))).toBeGreaterThan(0.3);
    expect(share((text) => /\b(MRN|MR#|Medical Record Number)\b/.test(text))).toBeLessThan(0.95);
    expect(share((text) => /\b(DOB|Date of Birth)\b/i.test(text))).toBeGreaterThan(0.3);
    expect(
      share((text) =>
        /\d{1,2}\/\d{1,2}\/\d{4}|\d{4}-\d\d-\d\d|[A-Z][a-z]+ \d{1,2}, \d{4}|\d\d-([A-Z][a-z]{2}|\d\d)-\d{4}/.test(
          text,
        ),
      ),
    ).toBeGreaterThan(0.9);
    expect(share((text) => /\b(MD|DO|NP|PA-C|MBBS|RN)\b/.test(text))).toBeGreaterThan(0.8);
    expect(share((text) => /Dictated by|Electronically signed/i.test(text))).toBeGreaterThan(0.2);
  });

  it('refuses unknown types and bad counts', () => {
    expect(() => trainingDocuments({ types: ['not-a-type'] })).toThrow(/not-a-type/);
    expect(() => trainingDocuments({ perType: -1 })).toThrow(RangeError);
    expect(() => trainingDocuments({ perType: 1.5 })).toThrow(RangeError);
    expect(trainingDocuments({ perType: 0 })).toEqual([]);
  });
});

describe('trainingCsv', () => {
  it('round-trips through the RFC 4180 reader training uses, commas, quotes and line breaks included', () => {
    const tricky: TrainingDocument[] = [
      { text: 'plain', docType: 'other' },
      { text: 'IMPRESSION:, "no acute process", see note', docType: 'radiology-report' },
      { text: 'line one\nline two,\r\nline "three"', docType: 'letter' },
      { text: '', docType: 'other' },
    ];
    const sample = [...tricky, ...docs.filter((_doc, i) => i % 20 === 0)];
    const csv = trainingCsv(sample);
    expect(csv.startsWith('text,doc_type\r\n')).toBe(true);
    expect(csv).toContain('"IMPRESSION:, ""no acute process"", see note",radiology-report');
    expect(parseCsv(csv)).toEqual([['text', 'doc_type'], ...sample.map((doc) => [doc.text, doc.docType])]);
  });
});
