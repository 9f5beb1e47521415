import { describe, expect, it } from 'vitest';
import { DEFAULT_DOCUMENT_TYPES, DocumentTypes } from './document-type.ts';

describe('DocumentTypes', () => {
  const types = new DocumentTypes();

  it('has the taxonomy clinicians and LOINC name, "other" included', () => {
    const byKey = Object.fromEntries(DEFAULT_DOCUMENT_TYPES.map((t) => [t.key, t.loinc]));
    expect(byKey).toMatchObject({
      'discharge-summary': '18842-5',
      'history-and-physical': '34117-2',
      'consult-note': '11488-4',
      'progress-note': '11506-3',
      'operative-note': '11504-8',
      'radiology-report': '18748-4',
      'pathology-report': '11526-1',
      'laboratory-report': '11502-2',
      'emergency-department-note': '34111-5',
      other: null,
    });
    expect(types.find('letter')?.display).toBe('Letter / correspondence');
    expect(types.find('consent-form')).toBeDefined();
  });

  it('finds a type by key, alias or LOINC code, ignoring case and separators', () => {
    expect(types.find('Discharge_Summary')?.key).toBe('discharge-summary');
    expect(types.find('emergency_room_report')?.key).toBe('emergency-department-note');
    expect(types.find('consult_history_physical')?.key).toBe('history-and-physical');
    expect(types.byLoincCode('18748-4')?.key).toBe('radiology-report');
    expect(types.find('recipe')).toBeUndefined();
    expect(() => types.get('recipe')).toThrow(/unknown document type "recipe"; known: discharge-summary/);
  });

  it('refuses a list without "other", or with one name meaning two types', () => {
    expect(() => new DocumentTypes([{ key: 'letter', loinc: null, display: 'Letter', aliases: [] }])).toThrow(
      /must include "other"/,
    );
    expect(
      () =>
        new DocumentTypes([
          { key: 'other', loinc: null, display: 'Other', aliases: ['misc'] },
          { key: 'letter', loinc: null, display: 'Letter', aliases: ['misc'] },
        ]),
    ).toThrow(/"misc" belongs to both other and letter/);
  });
});
