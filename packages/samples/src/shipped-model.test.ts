import { DocumentTypes } from '@chartroom/domain';
import { classifyDocument, serialiseTextModel } from '@chartroom/pipeline';
import { describe, expect, it } from 'vitest';
import {
  clinicLetter,
  consentForm,
  dischargeSummary,
  progressNote,
  radiologyReport,
} from './clinical-documents.ts';
import { printedText } from './ocr-set.ts';
import { syntheticPatients } from './patients.ts';
import { shippedTrainingSet, trainShippedModel } from './shipped-model.ts';

describe('the shipped model', () => {
  const types = new DocumentTypes();
  const model = trainShippedModel(types);

  it('is trained the same everywhere: same training set, same bytes', () => {
    expect(shippedTrainingSet()).toEqual(shippedTrainingSet());
    expect(model.suggestedThreshold).toBe(0.98);
    expect(model.labels).toHaveLength(types.all.length);
    expect(serialiseTextModel(model)).toContain(model.version);
  });

  it('types the sample batch documents, which it never saw, surely and rightly', async () => {
    const makers = {
      'discharge-summary': dischargeSummary,
      'radiology-report': radiologyReport,
      'progress-note': progressNote,
      letter: clinicLetter,
      'consent-form': consentForm,
    };
    for (const patient of syntheticPatients(2, 7)) {
      for (const [expected, make] of Object.entries(makers)) {
        const document = make(patient);
        const text = (await Promise.all(document.pages.map((page) => printedText(page)))).join('\n');
        const decision = classifyDocument({ text, coverSheet: null }, { types, model, minConfidence: null });
        expect(decision, expected).toMatchObject({ docType: expected, outcome: 'decided' });
      }
    }
  });

  it('keeps only the types a hospital has', () => {
    const fewer = new DocumentTypes(types.all.filter((type) => type.key !== 'autopsy-report'));
    expect(trainShippedModel(fewer).labels).not.toContain('autopsy-report');
  });
});
