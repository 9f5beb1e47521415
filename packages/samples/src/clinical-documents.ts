import { formatUsDate, type PageSpec } from './page-pdf.ts';
import type { SyntheticPatient } from './patients.ts';

/**
 * Invented clinical documents for the sample batch. The wording is made up but follows the usual
 * section layout, so OCR, search and the review screen see realistic text. Each document carries a
 * few distinctive phrases that tests search for; each phrase appears on exactly one page.
 */
export interface ClinicalDocument {
  title: string;
  patient: SyntheticPatient;
  pages: PageSpec[];
  phrases: { phrase: string; pageIndex: number }[];
}

/** The visit these documents describe: a short admission in March 2024 and its follow-up. */
export const VISIT = {
  admitted: '2024-03-04',
  discharged: '2024-03-09',
  imaged: '2024-03-12',
  clinic: '2024-03-25',
} as const;

export function ageOn(birthDate: string, isoDate: string): number {
  const [by, bm, bd] = birthDate.split('-').map(Number) as [number, number, number];
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}

function narrative(patient: SyntheticPatient, onDate: string) {
  const female = patient.sex === 'female';
  return {
    name: `${patient.given[0] ?? ''} ${patient.family}`.trim(),
    title: `${female ? 'Ms.' : 'Mr.'} ${patient.family}`,
    age: ageOn(patient.birthDate, onDate),
    person: female ? 'woman' : 'man',
    he: female ? 'she' : 'he',
    He: female ? 'She' : 'He',
    his: female ? 'her' : 'his',
  };
}

function document(
  title: string,
  patient: SyntheticPatient,
  pageLines: string[][],
  phrases: ClinicalDocument['phrases'],
  headerStyle: PageSpec['headerStyle'] = 'full',
): ClinicalDocument {
  const pages = pageLines.map((lines, index) => ({
    title,
    patient,
    headerStyle,
    lines,
    footer: `Page ${index + 1} of ${pageLines.length}`,
  }));
  for (const { phrase, pageIndex } of phrases) {
    if (!pages[pageIndex]?.lines.some((line) => line.includes(phrase))) {
      throw new Error(`phrase "${phrase}" is not on page ${pageIndex + 1} of ${title}`);
    }
  }
  return { title, patient, pages, phrases };
}

export function dischargeSummary(patient: SyntheticPatient): ClinicalDocument {
  const p = narrative(patient, VISIT.admitted);
  return document(
    'DISCHARGE SUMMARY',
    patient,
    [
      [
        `Admission date: ${formatUsDate(VISIT.admitted)}      Discharge date: ${formatUsDate(VISIT.discharged)}`,
        'Attending physician: R. Lindqvist, MD      Service: Internal Medicine',
        '',
        'ADMISSION DIAGNOSIS:',
        'Chest pain, rule out acute coronary syndrome.',
        '',
        'DISCHARGE DIAGNOSES:',
        '1. Acute pericarditis, likely viral.',
        '2. Paroxysmal atrial fibrillation, new onset.',
        '3. Hypertension.',
        '',
        'HISTORY OF PRESENT ILLNESS:',
        `${p.title} is a ${p.age}-year-old ${p.person} who came to the emergency department with two days ` +
          `of sharp, pleuritic chest pain that eased when ${p.he} leaned forward. ${p.He} had an upper ` +
          `respiratory infection one week earlier. ${p.He} denied exertional chest pain, syncope and leg swelling.`,
        '',
        'PAST MEDICAL HISTORY:',
        'Hypertension. Hyperlipidemia. Osteoarthritis of both knees.',
        '',
        'ALLERGIES:',
        'Penicillin (rash).',
      ],
      [
        'HOSPITAL COURSE:',
        'On admission a pericardial friction rub was heard at the left lower sternal border. The ECG showed ' +
          'diffuse ST elevation with PR depression. Serial troponins were negative. Echocardiogram showed a ' +
          'small pericardial effusion without tamponade and normal left ventricular function, ejection ' +
          'fraction 60%.',
        '',
        `Colchicine 0.6 mg twice daily was started. On hospital day 2 ${p.he} had palpitations and telemetry ` +
          'showed atrial fibrillation with rapid ventricular response, rate 130 to 150. The rate was ' +
          'controlled with metoprolol. CHA2DS2-VASc score 2. After a discussion of risks and benefits, ' +
          'anticoagulation was started. Anti-inflammatory drugs other than colchicine were avoided because ' +
          `of the anticoagulation; ${p.his} pain was controlled with acetaminophen.`,
        '',
        `By discharge ${p.he} was in sinus rhythm, pain free, and walking the ward without symptoms.`,
        '',
        'CONDITION AT DISCHARGE:',
        'Stable. Discharged home with family.',
      ],
      [
        'DISCHARGE MEDICATIONS:',
        '1. Colchicine 0.6 mg by mouth twice daily for 3 months.',
        '2. Metoprolol succinate 50 mg by mouth daily.',
        '3. Warfarin 5 mg by mouth daily; dose adjusted by the anticoagulation clinic.',
        '4. Enoxaparin 80 mg under the skin every 12 hours until the INR is 2.0 or higher.',
        '5. Acetaminophen 650 mg by mouth every 6 hours as needed for pain.',
        '',
        'ASSESSMENT AND PLAN:',
        'Continue warfarin bridging with enoxaparin until the INR is therapeutic on two checks.',
        'Repeat echocardiogram in 4 weeks to confirm the effusion has resolved.',
        '',
        'FOLLOW-UP:',
        `Anticoagulation clinic on ${formatUsDate('2024-03-11')} for an INR check.`,
        `Cardiology clinic on ${formatUsDate(VISIT.clinic)}.`,
        'Return to the emergency department for worsening chest pain, shortness of breath or bleeding.',
        '',
        `Electronically signed: R. Lindqvist, MD   ${formatUsDate(VISIT.discharged)} 16:42`,
      ],
    ],
    [
      { phrase: 'pericardial friction rub', pageIndex: 1 },
      { phrase: 'warfarin bridging', pageIndex: 2 },
    ],
  );
}

export function radiologyReport(patient: SyntheticPatient): ClinicalDocument {
  const p = narrative(patient, VISIT.imaged);
  return document(
    'RADIOLOGY REPORT',
    patient,
    [
      [
        'EXAM: CT CHEST WITH CONTRAST',
        `Date of exam: ${formatUsDate(VISIT.imaged)}      Accession: CT-24-031207`,
        'Ordering provider: M. Adeyemi, MD',
        '',
        'CLINICAL INDICATION:',
        `${p.age}-year-old ${p.person} with a persistent cough for six weeks and a former smoker.`,
        '',
        'TECHNIQUE:',
        'Helical CT of the chest after 75 mL of intravenous contrast. Axial, coronal and sagittal ' +
          'reconstructions were reviewed.',
        '',
        'COMPARISON:',
        'Chest radiograph from 01/22/2024.',
        '',
        'FINDINGS:',
        'Lungs: An 8 mm ground-glass nodule in the right upper lobe (series 4, image 62).',
        'Mild centrilobular emphysema in both upper lobes. No consolidation.',
        'Pleura: No pleural effusion or pneumothorax.',
        'Mediastinum: No enlarged mediastinal or hilar lymph nodes. Heart size is normal.',
        'Upper abdomen: A small simple cyst in the left lobe of the liver.',
        'Bones: Degenerative changes of the thoracic spine. No suspicious bone lesion.',
      ],
      [
        'IMPRESSION:',
        '1. Solitary 8 mm subsolid nodule in the right upper lobe. Follow-up CT in 6 to 12 months is ' +
          'recommended to confirm persistence, per Fleischner Society guidelines.',
        '2. Mild centrilobular emphysema.',
        '3. No cause for the cough identified on CT.',
        '',
        'The findings were discussed with the ordering provider by telephone.',
        '',
        `Dictated by: S. Varma, MD   ${formatUsDate(VISIT.imaged)} 11:05`,
        `Signed by: S. Varma, MD   ${formatUsDate(VISIT.imaged)} 14:20`,
      ],
    ],
    [{ phrase: 'ground-glass nodule', pageIndex: 0 }],
  );
}

export function progressNote(patient: SyntheticPatient): ClinicalDocument {
  const p = narrative(patient, VISIT.clinic);
  return document(
    'PROGRESS NOTE',
    patient,
    [
      [
        `Date of service: ${formatUsDate(VISIT.clinic)}      Clinic: Wound Care`,
        '',
        'SUBJECTIVE:',
        `${p.age}-year-old ${p.person} with type 2 diabetes seen for follow-up of a right foot wound. ` +
          `${p.He} reports less drainage and no fever. ${p.He} has worn the offloading boot most days.`,
        '',
        'OBJECTIVE:',
        'BP 138/82, HR 76, T 36.8 C. Glucose today 164 mg/dL. HbA1c 8.1% last month.',
        'Right foot: a 1.5 x 1.2 cm plantar ulcer under the first metatarsal head, clean granulating base, ' +
          'no probe to bone, no surrounding cellulitis. Reduced monofilament sensation.',
        '',
        'ASSESSMENT AND PLAN:',
        '1. Diabetic foot ulcer, improving. Sharp debridement done today; continue offloading.',
        '2. Type 2 diabetes, not at goal. Increase metformin; diabetes education referral.',
        '3. Peripheral neuropathy. Daily foot checks reviewed with the patient.',
        'Return to clinic in 2 weeks.',
        '',
        'T. Brandt, NP',
      ],
    ],
    [{ phrase: 'plantar ulcer', pageIndex: 0 }],
    // A departmental form that prints only the MRN: the pipeline must route it to a person to check.
    'mrn-only',
  );
}

export function clinicLetter(patient: SyntheticPatient): ClinicalDocument {
  const p = narrative(patient, VISIT.clinic);
  return document(
    'CARDIOLOGY CLINIC LETTER',
    patient,
    [
      [
        `Date: ${formatUsDate(VISIT.clinic)}`,
        'To: Dr. E. Whitfield, Family Medicine',
        '',
        'Dear Dr. Whitfield,',
        '',
        `I saw ${p.name} in the cardiology clinic today after ${p.his} recent admission with acute ` +
          `pericarditis and new atrial fibrillation. ${p.He} has had no chest pain for two weeks and reports ` +
          'occasional palpitations in the evening. The repeat echocardiogram shows that the effusion has ' +
          'resolved. INR values have been between 2.1 and 2.8.',
        '',
        'I have arranged a 48-hour Holter monitor to measure the burden of atrial fibrillation. Please ' +
          'continue warfarin for at least three months; we will review the need for long-term ' +
          'anticoagulation at the next visit. Colchicine can stop at the end of May.',
        '',
        'Yours sincerely,',
        '',
        'R. Lindqvist, MD',
        'Cardiology',
      ],
    ],
    [{ phrase: 'Holter monitor', pageIndex: 0 }],
  );
}

/** A page for the file that arrives damaged; its text never reaches the record. */
export function consentForm(patient: SyntheticPatient): ClinicalDocument {
  return document(
    'CONSENT FOR PROCEDURE',
    patient,
    [
      [
        'Procedure: Transthoracic echocardiogram with contrast',
        '',
        'I understand the purpose, benefits and risks of this procedure as explained to me. I have had the ' +
          'opportunity to ask questions and my questions were answered.',
        '',
        'Patient signature: ______________________      Date: ____________',
        'Witness: ______________________',
      ],
    ],
    [],
  );
}
