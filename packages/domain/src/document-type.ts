/**
 * The kinds of document a chart holds, keyed by LOINC document codes. Hospitals may replace this
 * list (CHARTROOM_DOCUMENT_TYPES_FILE); `key` is what the classifier predicts and what is stored.
 */
export interface DocumentType {
  /** Stable machine name, e.g. "discharge-summary". */
  key: string;
  /** LOINC document code; null for "other". */
  loinc: string | null;
  /** What clinicians call it. */
  display: string;
  /** Other labels that mean this type in training data (e.g. MTSamples' "discharge_summary"). */
  aliases: string[];
}

export const OTHER_DOCUMENT_TYPE = 'other';

export const DEFAULT_DOCUMENT_TYPES: readonly DocumentType[] = [
  {
    key: 'discharge-summary',
    loinc: '18842-5',
    display: 'Discharge summary',
    aliases: ['discharge_summary', 'discharge summary'],
  },
  {
    key: 'history-and-physical',
    loinc: '34117-2',
    display: 'History and physical',
    aliases: ['history_physical', 'h&p', 'consult_history_physical'],
  },
  {
    key: 'consult-note',
    loinc: '11488-4',
    display: 'Consultation note',
    aliases: ['consult', 'consultation'],
  },
  { key: 'progress-note', loinc: '11506-3', display: 'Progress note', aliases: ['progress_note'] },
  {
    key: 'office-note',
    loinc: '34108-1',
    display: 'Outpatient note',
    aliases: ['office_note', 'clinic note'],
  },
  {
    key: 'operative-note',
    loinc: '11504-8',
    display: 'Operative / procedure note',
    aliases: ['operative_report', 'procedure_note'],
  },
  {
    key: 'radiology-report',
    loinc: '18748-4',
    display: 'Radiology report',
    aliases: ['radiology_report', 'imaging report'],
  },
  {
    key: 'pathology-report',
    loinc: '11526-1',
    display: 'Pathology report',
    aliases: ['pathology_report', 'lab_pathology_report'],
  },
  { key: 'laboratory-report', loinc: '11502-2', display: 'Laboratory report', aliases: ['lab_report'] },
  {
    key: 'emergency-department-note',
    loinc: '34111-5',
    display: 'Emergency department note',
    aliases: ['emergency_room_report', 'er_report', 'ed_note'],
  },
  { key: 'letter', loinc: '51852-2', display: 'Letter / correspondence', aliases: ['correspondence'] },
  { key: 'consent-form', loinc: '59284-0', display: 'Consent form', aliases: ['consent'] },
  { key: 'autopsy-report', loinc: '18743-5', display: 'Autopsy report', aliases: ['autopsy_report'] },
  { key: OTHER_DOCUMENT_TYPE, loinc: null, display: 'Other document', aliases: ['ime_qme_report'] },
];

/** Looks types up by key, alias or LOINC code, case- and separator-insensitively. */
export class DocumentTypes {
  private readonly byName = new Map<string, DocumentType>();
  private readonly byLoinc = new Map<string, DocumentType>();

  constructor(readonly all: readonly DocumentType[] = DEFAULT_DOCUMENT_TYPES) {
    if (!all.some((type) => type.key === OTHER_DOCUMENT_TYPE)) {
      throw new Error(`the document types must include "${OTHER_DOCUMENT_TYPE}"`);
    }
    for (const type of all) {
      for (const name of [type.key, ...type.aliases]) {
        const normal = normaliseName(name);
        const taken = this.byName.get(normal);
        if (taken && taken.key !== type.key) {
          throw new Error(`document type name "${name}" belongs to both ${taken.key} and ${type.key}`);
        }
        this.byName.set(normal, type);
      }
      if (type.loinc) this.byLoinc.set(type.loinc, type);
    }
  }

  /** The type a label names (key or alias), or undefined. */
  find(name: string): DocumentType | undefined {
    return this.byName.get(normaliseName(name));
  }

  /** The type a label names; throws with the known keys when there is none. */
  get(name: string): DocumentType {
    const type = this.find(name);
    if (!type) {
      throw new Error(`unknown document type "${name}"; known: ${this.all.map((t) => t.key).join(', ')}`);
    }
    return type;
  }

  byLoincCode(loinc: string): DocumentType | undefined {
    return this.byLoinc.get(loinc);
  }
}

function normaliseName(name: string): string {
  return name
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, '-');
}
