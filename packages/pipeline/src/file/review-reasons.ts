import type { DocumentFiling, ReviewReason } from '@chartroom/domain';

/**
 * Why a filing waits for a clerk: the matcher's patient reasons first (patient safety), then an
 * uncertain document type, which alone never outranks a patient reason.
 */
export function reviewReasonsOf(filing: DocumentFiling): ReviewReason[] {
  const reasons = [...filing.decision.reasons];
  const classification = filing.classification;
  if (classification?.outcome === 'uncertain') {
    reasons.push({
      code: 'type-uncertain',
      message:
        `The document type is uncertain (best guess ${classification.docType}, confidence ` +
        `${classification.confidence.toFixed(2)} below ${classification.threshold.toFixed(2)}): confirm or change it.`,
    });
  }
  return reasons;
}
