import { DocumentTypes } from '@chartroom/domain';
import { describe, expect, it } from 'vitest';
import { classifyDocument } from './classify-document.stage.ts';
import { trainDocumentClassifier } from './train-classifier.ts';

const types = new DocumentTypes();

// A small model over three types, trained in the test: the stage's rules are what is tested here.
const examples = [0, 1, 2, 3, 4, 5].flatMap((i) => [
  {
    label: 'discharge-summary',
    text: `DISCHARGE SUMMARY\nHOSPITAL COURSE: admitted with pneumonia day ${i}, treated with antibiotics.\nDISCHARGE MEDICATIONS: amoxicillin.\nCONDITION AT DISCHARGE: stable.`,
  },
  {
    label: 'radiology-report',
    text: `RADIOLOGY REPORT\nEXAM: chest x-ray two views ${i}.\nFINDINGS: the lungs are clear, no effusion.\nIMPRESSION: no acute cardiopulmonary process.`,
  },
  {
    label: 'progress_note', // an alias, as MTSamples spells it
    text: `PROGRESS NOTE\nSUBJECTIVE: feels better today ${i}.\nOBJECTIVE: afebrile, vitals stable.\nASSESSMENT: improving cellulitis.\nPLAN: continue cephalexin.`,
  },
]);
const model = trainDocumentClassifier(examples, types, { folds: 0, uncalibratedThreshold: 0.6 });

const dischargeText = [
  'DISCHARGE SUMMARY',
  'Date of Service: 03/14/2026',
  'DOB: 01/02/1950',
  'HOSPITAL COURSE: admitted with pneumonia and treated with antibiotics.',
  'DISCHARGE MEDICATIONS: amoxicillin.',
  'Dictated by: Jane Q. Smith, MD',
].join('\n');

describe('classifyDocument', () => {
  it('lets a cover sheet decide outright, whatever the text says', () => {
    const decision = classifyDocument(
      { text: dischargeText, coverSheet: { loinc: '18748-4', pageId: 'p1' } },
      { types, model, minConfidence: null },
    );
    expect(decision).toMatchObject({
      docType: 'radiology-report',
      loinc: '18748-4',
      confidence: 1,
      outcome: 'decided',
      decidedBy: 'cover-sheet',
      modelVersion: null,
      evidence: [{ kind: 'cover-sheet', loinc: '18748-4', pageId: 'p1' }],
    });
  });

  it('keeps a cover sheet code the hospital list does not name, as "other"', () => {
    const decision = classifyDocument(
      { text: '', coverSheet: { loinc: '99999-9', pageId: 'p1' } },
      { types, model, minConfidence: null },
    );
    expect(decision).toMatchObject({ docType: 'other', loinc: '99999-9', outcome: 'decided' });
  });

  it('decides from the text with the model, recording headers, model version and words', () => {
    const decision = classifyDocument(
      { text: dischargeText, coverSheet: null },
      { types, model, minConfidence: null },
    );
    expect(decision).toMatchObject({
      docType: 'discharge-summary',
      loinc: '18842-5',
      outcome: 'decided',
      decidedBy: 'text',
      modelVersion: model.version,
      threshold: 0.6,
      documentDate: '2026-03-14',
      author: 'Jane Q. Smith, MD',
    });
    expect(decision.confidence).toBeGreaterThanOrEqual(0.6);
    const headers = decision.evidence.find((e) => e.kind === 'section-headers');
    expect(headers?.kind === 'section-headers' && headers.votes[0]?.type).toBe('discharge-summary');
    const byModel = decision.evidence.find((e) => e.kind === 'model');
    expect(byModel?.kind === 'model' && byModel.modelVersion).toBe(model.version);
    expect(byModel?.kind === 'model' && byModel.terms.length).toBeGreaterThan(0);
  });

  it('maps a label trained under an alias to the type key', () => {
    const decision = classifyDocument(
      {
        text: 'SUBJECTIVE: feels better.\nOBJECTIVE: vitals stable.\nASSESSMENT: improving.\nPLAN: continue.',
        coverSheet: null,
      },
      { types, model, minConfidence: null },
    );
    expect(decision.docType).toBe('progress-note');
    expect(decision.loinc).toBe('11506-3');
  });

  it('calls the type uncertain below the threshold: a result for a clerk, not an error', () => {
    const decision = classifyDocument(
      { text: 'Fax cover sheet. Pages to follow: 3. Call us with questions.', coverSheet: null },
      { types, model, minConfidence: 0.99 },
    );
    expect(decision.outcome).toBe('uncertain');
    expect(decision.threshold).toBe(0.99);
    expect(decision.confidence).toBeLessThan(0.99);
  });

  it('without a model, decides only on clear header evidence', () => {
    const clear = classifyDocument(
      { text: dischargeText, coverSheet: null },
      { types, model: null, minConfidence: null },
    );
    expect(clear).toMatchObject({ docType: 'discharge-summary', outcome: 'decided', modelVersion: null });
    const vague = classifyDocument(
      { text: 'Thank you. The patient was seen today.', coverSheet: null },
      { types, model: null, minConfidence: null },
    );
    expect(vague.outcome).toBe('uncertain');
  });
});
