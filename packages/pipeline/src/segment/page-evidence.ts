import type { FoundIdentifier, InterpretedBarcode, PageText } from '@chartroom/domain';
import {
  extractIdentifiers,
  labelRegion,
  type IdentifierPatterns,
} from '../identify/extract-identifiers.stage.ts';

/** Everything read from one page that says which patient and which document it belongs to. */
export interface PageEvidence {
  pageId: string;
  /** null when the page's text could not be read. */
  text: PageText | null;
  barcodes: InterpretedBarcode[];
}

/** Identifiers from the page's barcodes (exact, confidence 100) and from its printed text and labels. */
export function identifiersOfPage(page: PageEvidence, patterns: IdentifierPatterns): FoundIdentifier[] {
  const fromBarcodes = page.barcodes.flatMap((barcode): FoundIdentifier[] => {
    if (barcode.meaning !== 'patient-label' && barcode.meaning !== 'cover-sheet') return [];
    const { mrn, name, birthDate } = barcode.identifiers;
    const source = 'barcode' as const;
    return [
      ...(mrn ? [{ kind: 'mrn' as const, value: mrn, source, pageId: page.pageId, confidence: 100 }] : []),
      ...(name ? [{ kind: 'name' as const, value: name, source, pageId: page.pageId, confidence: 100 }] : []),
      ...(birthDate
        ? [{ kind: 'birthDate' as const, value: birthDate, source, pageId: page.pageId, confidence: 100 }]
        : []),
    ];
  });
  const labels = page.barcodes.flatMap((barcode) =>
    (barcode.meaning === 'patient-label' || barcode.meaning === 'cover-sheet') && barcode.box
      ? [labelRegion(barcode.box)]
      : [],
  );
  const fromText = page.text ? extractIdentifiers(page.pageId, page.text, patterns, labels) : [];
  return [...fromBarcodes, ...fromText];
}

// A title is a short all-capitals line near the top: "DISCHARGE SUMMARY", "OPERATIVE REPORT".
const TITLE = /^[A-Z][A-Z &/-]{6,48}[A-Z]$/;
const NOT_TITLES = /\b(PATIENT|MRN|DOB|NAME|PAGE|CONFIDENTIAL|HOSPITAL)\b/;

/** The document title printed on the page, if one of its first lines is one. */
export function titleOfPage(text: PageText | null): string | null {
  if (!text) return null;
  const lines = text.text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.length > 0)
    .slice(0, 4);
  for (const line of lines) {
    if (line.includes(':')) continue;
    const core = line.replace(/^[^A-Za-z]+|[^A-Za-z]+$/g, '');
    if (TITLE.test(core) && core.split(/\s+/).length <= 6 && !NOT_TITLES.test(core)) return core;
  }
  return null;
}

/** True when two sets of clear identifiers cannot be the same patient. */
export function identifiersConflict(a: FoundIdentifier[], b: FoundIdentifier[]): boolean {
  const values = (items: FoundIdentifier[], kind: FoundIdentifier['kind']) =>
    new Set(items.filter((item) => item.kind === kind).map((item) => item.value));
  const differs = (kind: FoundIdentifier['kind']) => {
    const left = values(a, kind);
    const right = values(b, kind);
    return left.size > 0 && right.size > 0 && ![...left].some((value) => right.has(value));
  };
  if (differs('mrn')) return true;
  const mrnsAgree = values(a, 'mrn').size > 0 && !differs('mrn') && values(b, 'mrn').size > 0;
  return !mrnsAgree && (differs('name') || differs('birthDate'));
}
