// Short labels for the review reason codes (the API's own sentence is shown on the item).
const LABELS: Record<string, string> = {
  'suspected-misfiled-page': 'Suspected misfiled page',
  'multiple-patients': 'Multiple patients',
  'identifier-conflict': 'Identifier conflict',
  'near-duplicate-patients': 'Near-duplicate patients',
  'mrn-not-found': 'MRN not found',
  'no-candidate': 'No candidate patient',
  'single-identifier': 'Single identifier',
  'no-identifiers': 'No identifiers',
  'low-ocr-confidence': 'Low OCR confidence',
  'poorly-read-page': 'Poorly read page',
  'page-unreadable': 'Page unreadable',
  'type-uncertain': 'Type uncertain',
};

export function reasonLabel(code: string): string {
  return LABELS[code] ?? code.replace(/-/g, ' ');
}

export const TYPE_UNCERTAIN = 'type-uncertain';
