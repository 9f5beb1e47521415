/**
 * Invented imaging studies, surgical pathology specimens and laboratory panels for the synthetic
 * radiology, pathology and laboratory reports. Templates use the `fill` syntax from training-text.ts.
 */

export interface ImagingPart {
  label: string;
  normal: readonly string[];
  /** [finding, impression] pairs. */
  abnormal?: readonly (readonly [string, string])[];
}

export interface ImagingStudy {
  exam: readonly string[];
  indications: readonly string[];
  technique: readonly string[];
  parts: readonly ImagingPart[];
  normalImpression: readonly string[];
  sex?: 'male' | 'female';
  ages?: readonly [number, number];
}

export const IMAGING: readonly ImagingStudy[] = [
  {
    exam: [
      'XR CHEST 2 VIEWS',
      'CHEST X-RAY, PA AND LATERAL',
      'RADIOGRAPH OF THE CHEST, 2 VIEWS',
      'CHEST, PORTABLE AP',
    ],
    indications: [
      'Cough and fever.',
      'Shortness of breath.',
      'Preoperative evaluation.',
      'Chest pain.',
      'Follow-up pneumonia.',
    ],
    technique: ['Frontal and lateral views of the chest.', 'Single portable AP view of the chest.'],
    parts: [
      {
        label: 'Lungs',
        normal: ['The lungs are clear.', 'No focal consolidation, effusion or pneumothorax.'],
        abnormal: [
          ['Airspace opacity in the {side} lower lobe.', '{Side} lower lobe pneumonia.'],
          [
            'Small bilateral pleural effusions with interstitial edema.',
            'Mild pulmonary edema with small effusions.',
          ],
          [
            'Hyperinflated lungs with flattened hemidiaphragms.',
            'Emphysematous changes without acute process.',
          ],
        ],
      },
      {
        label: 'Heart and mediastinum',
        normal: ['Cardiomediastinal silhouette is within normal limits.', 'Heart size is normal.'],
        abnormal: [['The heart is enlarged.', 'Cardiomegaly.']],
      },
      {
        label: 'Bones',
        normal: ['No acute osseous abnormality.', 'Degenerative changes of the thoracic spine.'],
      },
    ],
    normalImpression: [
      'No acute cardiopulmonary process.',
      'No acute cardiopulmonary abnormality.',
      'Normal chest.',
    ],
  },
  {
    exam: ['CT HEAD WITHOUT CONTRAST', 'CT BRAIN NONCONTRAST', 'NONCONTRAST CT OF THE HEAD'],
    indications: [
      'Fall on anticoagulation.',
      'Altered mental status.',
      'Headache.',
      'Stroke alert, {side} weakness.',
    ],
    technique: [
      'Axial images of the head were obtained without intravenous contrast. Coronal and sagittal reformats were reviewed.',
    ],
    parts: [
      {
        label: 'Brain',
        normal: [
          'No intracranial hemorrhage, mass effect or midline shift.',
          'Gray-white differentiation is preserved.',
        ],
        abnormal: [
          [
            'Hypodensity in the {otherside} frontal and parietal lobes with loss of gray-white differentiation.',
            'Evolving {otherside} MCA territory infarct.',
          ],
          ['Patchy periventricular white matter hypodensities.', 'Chronic small vessel ischemic changes.'],
          ['{6|9} mm {side} subdural hematoma without midline shift.', 'Acute {side} subdural hematoma.'],
        ],
      },
      {
        label: 'Ventricles',
        normal: ['The ventricles and sulci are normal for age.', 'Mild age-appropriate volume loss.'],
      },
      { label: 'Calvarium', normal: ['No fracture.', 'The calvarium is intact.'] },
      {
        label: 'Sinuses and mastoids',
        normal: ['Clear.', 'Minimal mucosal thickening in the maxillary sinuses.'],
      },
    ],
    normalImpression: ['No acute intracranial abnormality.', 'No acute intracranial process.'],
  },
  {
    exam: [
      'CT ABDOMEN AND PELVIS WITH CONTRAST',
      'CT ABD/PELVIS W IV CONTRAST',
      'CT OF THE ABDOMEN AND PELVIS WITH INTRAVENOUS CONTRAST',
    ],
    indications: [
      'Right lower quadrant pain.',
      'Abdominal pain and fever.',
      'Weight loss.',
      'Staging of colon cancer.',
    ],
    technique: [
      'Axial CT images of the abdomen and pelvis after {100|80} mL Omnipaque 350 IV. Oral contrast was {given|not given}.',
    ],
    parts: [
      { label: 'Lung bases', normal: ['Clear.'] },
      {
        label: 'Liver',
        normal: ['Normal size and attenuation without focal lesion.'],
        abnormal: [
          ['Diffusely low attenuation.', 'Hepatic steatosis.'],
          ['Several hypodense lesions up to {1.8|2.6} cm.', 'Hepatic lesions concerning for metastases.'],
        ],
      },
      {
        label: 'Gallbladder and bile ducts',
        normal: ['Unremarkable. No biliary dilation.'],
        abnormal: [['Cholelithiasis without wall thickening.', 'Cholelithiasis.']],
      },
      {
        label: 'Pancreas',
        normal: ['Normal.'],
        abnormal: [['Peripancreatic fat stranding and edema.', 'Acute interstitial pancreatitis.']],
      },
      { label: 'Spleen', normal: ['Normal in size.'] },
      { label: 'Adrenals', normal: ['Normal.'] },
      {
        label: 'Kidneys',
        normal: ['Enhance symmetrically without hydronephrosis or stones.'],
        abnormal: [
          [
            '{Side} hydroureteronephrosis to a {5|7} mm distal ureteral stone.',
            'Obstructing {side} ureteral calculus.',
          ],
        ],
      },
      {
        label: 'Bowel',
        normal: ['No bowel obstruction or wall thickening. The appendix is normal.'],
        abnormal: [
          [
            'The appendix is dilated to {11|14} mm with periappendiceal stranding.',
            'Acute appendicitis without abscess.',
          ],
          ['Sigmoid diverticula with adjacent fat stranding.', 'Acute uncomplicated sigmoid diverticulitis.'],
          [
            'Dilated small bowel loops with a transition point in the mid abdomen.',
            'Small bowel obstruction.',
          ],
        ],
      },
      { label: 'Pelvis', normal: ['The bladder is unremarkable. No free fluid.'] },
      { label: 'Lymph nodes', normal: ['No lymphadenopathy.'] },
      { label: 'Bones', normal: ['Degenerative changes of the lumbar spine. No suspicious lesion.'] },
    ],
    normalImpression: [
      'No acute abdominal or pelvic process.',
      'No acute findings in the abdomen or pelvis.',
    ],
  },
  {
    exam: [
      'CT ANGIOGRAPHY CHEST (PE PROTOCOL)',
      'CTA CHEST FOR PULMONARY EMBOLISM',
      'CT PULMONARY ANGIOGRAM',
    ],
    indications: ['Shortness of breath and tachycardia.', 'Pleuritic chest pain, elevated D-dimer.'],
    technique: [
      'CT angiography of the chest during the pulmonary arterial phase after {70|80} mL IV contrast.',
    ],
    parts: [
      {
        label: 'Pulmonary arteries',
        normal: ['No filling defect in the pulmonary arteries to the subsegmental level.'],
        abnormal: [
          [
            'Filling defects in the {side} lower lobe segmental arteries.',
            'Acute {side} lower lobe pulmonary emboli.',
          ],
          [
            'Saddle embolus with RV to LV ratio of 1.3.',
            'Saddle pulmonary embolism with right heart strain.',
          ],
        ],
      },
      {
        label: 'Lungs',
        normal: ['No consolidation.'],
        abnormal: [
          [
            '{5|8} mm solid nodule in the {side} upper lobe.',
            'Indeterminate pulmonary nodule; follow-up per Fleischner guidelines.',
          ],
        ],
      },
      { label: 'Pleura', normal: ['No effusion.'] },
      { label: 'Heart', normal: ['Normal size. No pericardial effusion.'] },
    ],
    normalImpression: ['No pulmonary embolism.', 'Negative for pulmonary embolism. No acute process.'],
  },
  {
    exam: ['MRI BRAIN WITH AND WITHOUT CONTRAST', 'MR BRAIN W/WO', 'MRI OF THE BRAIN WITHOUT CONTRAST'],
    indications: ['Headaches.', 'New seizure.', 'Stroke follow-up.', 'Dizziness.'],
    technique: [
      'Multiplanar multisequence MRI of the brain {before and after 7 mL gadobutrol|without contrast}, including diffusion-weighted imaging.',
    ],
    parts: [
      {
        label: 'Parenchyma',
        normal: ['No restricted diffusion, mass or abnormal enhancement.'],
        abnormal: [
          [
            'Restricted diffusion in the {otherside} insular cortex and frontal operculum.',
            'Acute {otherside} MCA territory infarct.',
          ],
          [
            'Scattered T2/FLAIR hyperintensities in the periventricular white matter.',
            'Mild chronic microvascular ischemic change.',
          ],
        ],
      },
      { label: 'Ventricles', normal: ['Normal size and configuration.'] },
      { label: 'Extra-axial spaces', normal: ['No extra-axial collection.'] },
      { label: 'Vascular flow voids', normal: ['Preserved.'] },
    ],
    normalImpression: ['Normal MRI of the brain.', 'No acute intracranial abnormality.'],
  },
  {
    exam: ['MRI LUMBAR SPINE WITHOUT CONTRAST', 'MR L-SPINE W/O', 'MRI OF THE LUMBAR SPINE'],
    indications: ['Low back pain with {side} leg radiculopathy.', 'Back pain, failed conservative therapy.'],
    technique: ['Sagittal and axial T1 and T2 weighted images of the lumbar spine.'],
    parts: [
      { label: 'Alignment', normal: ['Normal lumbar lordosis.', 'Grade 1 anterolisthesis of L4 on L5.'] },
      { label: 'Conus', normal: ['Terminates normally at L1.'] },
      { label: 'L3-L4', normal: ['Mild disc bulge without stenosis.'] },
      {
        label: 'L4-L5',
        normal: ['Mild facet arthropathy, no stenosis.'],
        abnormal: [
          [
            '{Side} paracentral disc extrusion compressing the traversing {side} L5 nerve root.',
            '{Side} L4-L5 disc extrusion with L5 nerve root compression.',
          ],
          [
            'Disc bulge and facet hypertrophy causing moderate central canal stenosis.',
            'Moderate L4-L5 spinal stenosis.',
          ],
        ],
      },
      {
        label: 'L5-S1',
        normal: ['Disc desiccation without herniation.'],
        abnormal: [
          ['Broad-based protrusion with {side} foraminal narrowing.', 'L5-S1 {side} foraminal stenosis.'],
        ],
      },
    ],
    normalImpression: ['Mild degenerative changes without stenosis or nerve root compression.'],
  },
  {
    exam: ['MRI {SIDE} KNEE WITHOUT CONTRAST', 'MR KNEE W/O CONTRAST'],
    indications: ['Knee pain and locking after a twisting injury.', 'Medial knee pain.'],
    technique: ['Multiplanar proton density and T2 fat-saturated images of the knee.'],
    parts: [
      {
        label: 'Menisci',
        normal: ['Intact.'],
        abnormal: [
          [
            'Oblique tear of the posterior horn of the medial meniscus extending to the inferior articular surface.',
            'Tear of the posterior horn of the medial meniscus.',
          ],
        ],
      },
      {
        label: 'Ligaments',
        normal: ['The cruciate and collateral ligaments are intact.'],
        abnormal: [['Discontinuity of the anterior cruciate ligament fibers.', 'Complete ACL tear.']],
      },
      { label: 'Cartilage', normal: ['Mild medial compartment chondral thinning.'] },
      { label: 'Joint fluid', normal: ['Small joint effusion.', 'No effusion.'] },
    ],
    normalImpression: ['No internal derangement.'],
  },
  {
    exam: [
      'US ABDOMEN RIGHT UPPER QUADRANT',
      'ULTRASOUND, RIGHT UPPER QUADRANT',
      'LIMITED ABDOMINAL ULTRASOUND',
    ],
    indications: ['Right upper quadrant pain.', 'Elevated liver enzymes.'],
    technique: ['Grayscale and color Doppler sonography of the right upper quadrant.'],
    parts: [
      {
        label: 'Liver',
        normal: ['Normal echotexture, measuring {14.2|15.8} cm.'],
        abnormal: [['Increased echogenicity.', 'Hepatic steatosis.']],
      },
      {
        label: 'Gallbladder',
        normal: ['No stones or wall thickening. Negative sonographic Murphy sign.'],
        abnormal: [
          [
            'Multiple shadowing stones, wall thickened to {5|6} mm, pericholecystic fluid, positive sonographic Murphy sign.',
            'Findings consistent with acute calculous cholecystitis.',
          ],
          ['Mobile shadowing stones without wall thickening.', 'Cholelithiasis without cholecystitis.'],
        ],
      },
      { label: 'Common bile duct', normal: ['{3|4|5} mm, normal.'] },
      { label: 'Pancreas', normal: ['Visualized portions unremarkable.', 'Obscured by bowel gas.'] },
      { label: 'Right kidney', normal: ['No hydronephrosis.'] },
    ],
    normalImpression: ['Normal right upper quadrant ultrasound.'],
  },
  {
    exam: [
      'US PELVIS TRANSABDOMINAL AND TRANSVAGINAL',
      'PELVIC ULTRASOUND',
      'OB ULTRASOUND, FIRST TRIMESTER',
    ],
    sex: 'female',
    ages: [16, 60],
    indications: ['Heavy menstrual bleeding.', 'Pelvic pain.', 'Vaginal bleeding in early pregnancy.'],
    technique: ['Transabdominal and transvaginal images of the pelvis.'],
    parts: [
      {
        label: 'Uterus',
        normal: ['Anteverted, {7.8 x 4.1 x 4.6|8.2 x 4.5 x 5.0} cm.'],
        abnormal: [
          [
            'Enlarged with multiple fibroids, the largest {4.1|5.3} cm intramural in the fundus.',
            'Fibroid uterus.',
          ],
          [
            'Single intrauterine gestational sac with a yolk sac and embryo; crown-rump length consistent with {7|8} weeks; cardiac activity {142|156} bpm.',
            'Single live intrauterine pregnancy.',
          ],
        ],
      },
      { label: 'Endometrium', normal: ['{6|8} mm, homogeneous.'] },
      {
        label: 'Right ovary',
        normal: ['Normal with follicles.'],
        abnormal: [['{3.2|4.0} cm simple cyst.', 'Simple right ovarian cyst, likely physiologic.']],
      },
      { label: 'Left ovary', normal: ['Normal.'] },
      { label: 'Free fluid', normal: ['Trace, physiologic.', 'None.'] },
    ],
    normalImpression: ['Normal pelvic ultrasound.'],
  },
  {
    exam: ['VENOUS DUPLEX {RIGHT|LEFT|BILATERAL} LOWER EXTREMITY', 'LOWER EXTREMITY VENOUS DOPPLER'],
    indications: ['Leg swelling and pain.', 'Rule out DVT.'],
    technique: [
      'Grayscale compression and color and spectral Doppler of the deep veins from the common femoral to the calf veins.',
    ],
    parts: [
      {
        label: 'Deep veins',
        normal: ['Fully compressible with normal phasic flow and augmentation.'],
        abnormal: [
          [
            'Noncompressible, expanded {popliteal|femoral} vein with echogenic thrombus and no flow.',
            'Acute deep vein thrombosis of the {side} {popliteal|femoral} vein.',
          ],
        ],
      },
      { label: 'Superficial veins', normal: ['The great saphenous vein is patent.'] },
    ],
    normalImpression: ['No deep vein thrombosis.'],
  },
  {
    exam: [
      'SCREENING MAMMOGRAM BILATERAL WITH TOMOSYNTHESIS',
      'DIGITAL SCREENING MAMMOGRAPHY',
      'DIAGNOSTIC MAMMOGRAM {SIDE}',
    ],
    sex: 'female',
    ages: [38, 85],
    indications: ['Annual screening.', 'Palpable lump in the {side} breast.'],
    technique: ['Standard CC and MLO views with tomosynthesis. Computer-aided detection was used.'],
    parts: [
      {
        label: 'Breast composition',
        normal: [
          'Scattered areas of fibroglandular density.',
          'Heterogeneously dense, which may obscure small masses.',
        ],
      },
      {
        label: 'Findings',
        normal: ['No suspicious mass, calcifications or architectural distortion.'],
        abnormal: [
          [
            'Irregular spiculated mass in the {side} upper outer quadrant measuring {1.2|1.6} cm.',
            'Suspicious {side} breast mass. BI-RADS 4C: ultrasound-guided biopsy recommended.',
          ],
          [
            'Group of fine pleomorphic calcifications in the {side} breast.',
            'Suspicious calcifications. BI-RADS 4B.',
          ],
        ],
      },
    ],
    normalImpression: ['Negative. BI-RADS 1. Routine screening in one year.', 'Benign. BI-RADS 2.'],
  },
  {
    exam: [
      'XR {SIDE} ANKLE 3 VIEWS',
      'XR {SIDE} WRIST 3 VIEWS',
      'XR PELVIS AND {SIDE} HIP',
      'XR {SIDE} KNEE STANDING',
    ],
    indications: ['Fall.', 'Pain after injury.', 'Chronic pain.'],
    technique: ['Three views.', 'AP and lateral views.'],
    parts: [
      {
        label: 'Bones',
        normal: ['No acute fracture or dislocation.'],
        abnormal: [
          [
            'Nondisplaced transverse fracture of the distal fibula at the level of the joint.',
            'Nondisplaced distal fibular fracture.',
          ],
          ['Displaced subcapital femoral neck fracture.', 'Displaced femoral neck fracture.'],
          ['Dorsally angulated fracture of the distal radius.', 'Distal radius fracture.'],
        ],
      },
      {
        label: 'Joints',
        normal: ['Joint spaces preserved.'],
        abnormal: [
          ['Severe medial compartment joint space narrowing with osteophytes.', 'Severe osteoarthritis.'],
        ],
      },
      { label: 'Soft tissues', normal: ['Soft tissue swelling.', 'Unremarkable.'] },
    ],
    normalImpression: ['No acute fracture.', 'No acute osseous abnormality.'],
  },
  {
    exam: ['NM MYOCARDIAL PERFUSION SPECT, REGADENOSON', 'NUCLEAR STRESS TEST', 'WHOLE BODY BONE SCAN'],
    indications: ['Chest pain.', 'Preoperative cardiac risk assessment.', 'Prostate cancer staging.'],
    technique: [
      'Rest and stress SPECT images after technetium-99m sestamibi; pharmacologic stress with regadenoson.',
      'Whole body images 3 hours after {22|25} mCi technetium-99m MDP.',
    ],
    parts: [
      {
        label: 'Perfusion',
        normal: ['Normal perfusion at rest and stress.'],
        abnormal: [
          [
            'Moderate reversible defect in the anterior wall and apex.',
            'Moderate ischemia in the LAD territory.',
          ],
        ],
      },
      { label: 'Gated images', normal: ['Normal wall motion; ejection fraction {58|62|66}%.'] },
    ],
    normalImpression: [
      'Normal myocardial perfusion study without ischemia or infarction.',
      'No scintigraphic evidence of osseous metastatic disease.',
    ],
  },
  {
    exam: ['DXA BONE DENSITOMETRY', 'BONE DENSITY SCAN'],
    ages: [50, 90],
    indications: ['Osteoporosis screening.', 'Long-term steroid use.'],
    technique: ['Dual-energy x-ray absorptiometry of the lumbar spine and both hips.'],
    parts: [
      { label: 'Lumbar spine L1-L4', normal: ['T-score {-0.8|-1.4|-2.7}.'] },
      { label: 'Total hip', normal: ['T-score {-1.1|-1.8|-2.6}.'] },
      { label: 'Femoral neck', normal: ['T-score {-1.6|-2.2|-2.9}.'] },
    ],
    normalImpression: [
      'Osteopenia. FRAX 10-year major osteoporotic fracture risk {12|18}%.',
      'Osteoporosis by WHO criteria.',
    ],
  },
  {
    exam: ['US RENAL', 'RENAL ULTRASOUND COMPLETE', 'US KIDNEYS AND BLADDER'],
    indications: ['Acute kidney injury.', 'Hematuria.', 'Recurrent urinary tract infections.'],
    technique: ['Grayscale and color Doppler images of both kidneys and the bladder.'],
    parts: [
      {
        label: 'Right kidney',
        normal: ['{10.8|11.4} cm, normal echogenicity, no hydronephrosis or stones.'],
        abnormal: [['Moderate hydronephrosis.', 'Moderate right hydronephrosis.']],
      },
      {
        label: 'Left kidney',
        normal: ['{10.6|11.2} cm, no hydronephrosis.'],
        abnormal: [['{1.2|2.1} cm simple cortical cyst.', 'Simple left renal cyst.']],
      },
      { label: 'Bladder', normal: ['Normal; post-void residual {20|40} mL.'] },
    ],
    normalImpression: ['Normal renal ultrasound.'],
  },
  {
    exam: ['FLUOROSCOPIC MODIFIED BARIUM SWALLOW', 'ESOPHAGRAM', 'UPPER GI SERIES'],
    indications: ['Dysphagia.', 'Cough with meals after stroke.'],
    technique: [
      'Fluoroscopic evaluation with thin liquid, nectar-thick liquid, puree and solid barium in the lateral and frontal projections. Fluoroscopy time {1.2|2.4} minutes.',
    ],
    parts: [
      { label: 'Oral phase', normal: ['Adequate bolus control.'] },
      {
        label: 'Pharyngeal phase',
        normal: ['Timely swallow initiation without penetration or aspiration.'],
        abnormal: [
          [
            'Silent aspiration of thin liquids; no aspiration with nectar-thick liquids.',
            'Aspiration of thin liquids; recommend nectar-thick liquids.',
          ],
        ],
      },
      {
        label: 'Esophagus',
        normal: ['Normal primary peristalsis.'],
        abnormal: [
          [
            'Smooth narrowing at the gastroesophageal junction with a small hiatal hernia.',
            'Small hiatal hernia with a distal ring.',
          ],
        ],
      },
    ],
    normalImpression: ['Normal swallow study.'],
  },
];

// ---------------------------------------------------------------------------------------------
// Surgical pathology

export interface Specimen {
  labels: readonly string[];
  clinical: readonly string[];
  gross: readonly string[];
  micro: readonly string[];
  diagnoses: readonly string[];
  sex?: 'male' | 'female';
  ages?: readonly [number, number];
  /** Synoptic lines for a cancer diagnosis (when one of the diagnoses is malignant). */
  synoptic?: readonly string[];
}

export const SPECIMENS: readonly Specimen[] = [
  {
    labels: ['Gallbladder, cholecystectomy', 'GALLBLADDER'],
    clinical: ['Symptomatic cholelithiasis.', 'Acute cholecystitis.'],
    gross: [
      'Received in formalin labeled with the patient’s name and "gallbladder" is an intact gallbladder measuring {7.5 x 3.0 x 2.1|8.8 x 3.4 x 2.6} cm.',
      'The serosa is {tan-pink and smooth|dull with fibrous adhesions}. The wall measures up to {0.3|0.6} cm in thickness.',
      'The lumen contains {bile and multiple yellow-green faceted stones up to 1.4 cm|a single 2.2 cm stone}.',
      'Representative sections are submitted in cassette {A1|1A}.',
    ],
    micro: [
      'Sections show gallbladder wall with Rokitansky-Aschoff sinuses, chronic inflammation and muscular hypertrophy.',
      'There is mucosal ulceration with transmural neutrophilic inflammation and edema.',
    ],
    diagnoses: [
      'Chronic cholecystitis and cholelithiasis.',
      'Acute and chronic cholecystitis with cholelithiasis.',
      'Chronic cholecystitis; negative for dysplasia and malignancy.',
    ],
  },
  {
    labels: ['Appendix, appendectomy', 'APPENDIX'],
    clinical: ['Acute appendicitis.', 'Right lower quadrant pain.'],
    gross: [
      'Received in formalin is a vermiform appendix measuring {6.2|7.5} cm in length and up to {1.1|1.4} cm in diameter.',
      'The serosa is {dusky and covered with fibrinopurulent exudate|congested}. {A perforation is not identified|A 0.3 cm perforation is identified near the tip}.',
      'The tip is amputated and bisected; the remainder is serially sectioned. Entirely submitted in cassettes A1-A{2|3}.',
    ],
    micro: ['Transmural neutrophilic infiltrate with mucosal ulceration and serositis.'],
    diagnoses: [
      'Acute suppurative appendicitis with periappendicitis.',
      'Acute gangrenous appendicitis with perforation.',
      'Acute appendicitis; no neoplasm identified.',
    ],
  },
  {
    labels: ['Colon, {ascending|transverse|sigmoid}, polypectomy', 'COLON POLYP, COLD SNARE'],
    ages: [40, 90],
    clinical: ['Screening colonoscopy.', 'Colon polyp.'],
    gross: [
      'Received in formalin are {two|three} tan-pink polypoid fragments of soft tissue measuring {0.3|0.5} to {0.6|0.8} cm. Entirely submitted in one cassette.',
    ],
    micro: [
      'Sections show colonic mucosa with crowded, elongated, hyperchromatic nuclei in tubular glands, involving the surface epithelium.',
      'Serrated crypts with basal dilation are present.',
    ],
    diagnoses: [
      'Tubular adenoma; negative for high-grade dysplasia.',
      'Sessile serrated lesion without dysplasia.',
      'Hyperplastic polyp.',
      'Tubulovillous adenoma with focal high-grade dysplasia.',
    ],
  },
  {
    labels: [
      'Skin, {upper back|left shoulder|right forearm|nasal ala}, shave biopsy',
      'SKIN, PUNCH BIOPSY',
      'Skin, excision with 12 o’clock suture',
    ],
    clinical: ['Changing pigmented lesion.', 'Rule out basal cell carcinoma.', 'Rash.'],
    gross: [
      'Received in formalin is a tan-brown shave of skin measuring {0.6 x 0.5 x 0.1|0.8 x 0.7 x 0.2} cm with a {variegated brown macule|pearly papule} on the surface. The margins are inked and the specimen is trisected and entirely submitted.',
    ],
    micro: [
      'Nests of basaloid cells with peripheral palisading and retraction artifact extend into the dermis.',
      'A compound melanocytic proliferation with architectural disorder and mild cytologic atypia.',
      'Psoriasiform epidermal hyperplasia with confluent parakeratosis.',
    ],
    diagnoses: [
      'Basal cell carcinoma, nodular type; the peripheral margin is involved.',
      'Dysplastic compound nevus with mild atypia; margins free.',
      'Seborrheic keratosis.',
      'Melanoma in situ, margins clear by {2|3} mm.',
      'Psoriasiform dermatitis consistent with psoriasis.',
    ],
  },
  {
    labels: [
      'Breast, {side}, ultrasound-guided core biopsy',
      'BREAST, {SIDE}, LUMPECTOMY',
      'Breast, needle core biopsy, 10 o’clock',
    ],
    sex: 'female',
    ages: [30, 90],
    clinical: ['Breast mass, BI-RADS 4C.', 'Invasive ductal carcinoma on core biopsy.'],
    gross: [
      '{Received in formalin are {four|five} cores of white-tan tissue, each 1.2 to 1.8 cm long; time in formalin {8|10} hours. Entirely submitted.|Received fresh and placed in formalin is an oriented lumpectomy specimen measuring {6.0 x 4.5 x 3.2|7.2 x 5.0 x 3.8} cm. Margins are inked per protocol. A firm stellate mass measuring {1.5|1.9} cm lies {0.4|0.8} cm from the closest margin.}',
    ],
    micro: [
      'Infiltrating nests and cords of tumor cells with moderate nuclear pleomorphism and occasional mitoses in a desmoplastic stroma.',
    ],
    diagnoses: [
      'Invasive ductal carcinoma, Nottingham grade {2|3}.',
      'Fibroadenoma.',
      'Ductal carcinoma in situ, intermediate nuclear grade.',
    ],
    synoptic: [
      'Histologic type: Invasive carcinoma of no special type (ductal)',
      'Tumor size: {1.5|1.9} cm',
      'Nottingham grade: {2|3} (tubules 3, nuclei 2, mitoses {1|2})',
      'Margins: negative; closest margin {4|8} mm ({anterior|superior})',
      'Lymphovascular invasion: {not identified|present}',
      'Regional lymph nodes: 0/{2|3} sentinel nodes involved',
      'ER: positive (95%), PR: positive ({60|80}%), HER2: negative (1+)',
      'Pathologic stage: pT1c pN0',
    ],
  },
  {
    labels: ['Prostate, needle biopsies, 12 cores', 'PROSTATE, {SIDE} BASE, NEEDLE BIOPSY'],
    sex: 'male',
    ages: [50, 85],
    clinical: ['Elevated PSA.', 'PSA {5.8|7.1}, abnormal MRI.'],
    gross: [
      'Received in formalin in twelve labeled containers are tan cores of tissue ranging from 0.8 to 1.6 cm. Each is entirely submitted.',
    ],
    micro: [
      'Small crowded glands with prominent nucleoli infiltrating between benign glands, lacking basal cells.',
    ],
    diagnoses: [
      'Prostatic adenocarcinoma, Gleason score 3+4=7 (Grade Group 2), involving {3|4} of 12 cores.',
      'Benign prostatic tissue; negative for carcinoma.',
      'High-grade prostatic intraepithelial neoplasia.',
    ],
  },
  {
    labels: [
      'Endometrium, biopsy',
      'ENDOMETRIAL CURETTINGS',
      'Uterus, cervix and bilateral fallopian tubes, hysterectomy',
    ],
    sex: 'female',
    ages: [30, 85],
    clinical: ['Abnormal uterine bleeding.', 'Postmenopausal bleeding.', 'Symptomatic fibroids.'],
    gross: [
      '{Received in formalin is {1.2|2.0} cc of red-tan mucoid tissue fragments, entirely submitted.|Received in formalin is a {220|340} g uterus with attached cervix and tubes. Serial sectioning reveals {three|four} well-circumscribed white whorled intramural nodules up to {4.5|5.8} cm.}',
    ],
    micro: [
      'Proliferative endometrial glands in cellular stroma without atypia.',
      'Leiomyomata composed of bland spindle cells without necrosis or increased mitoses.',
    ],
    diagnoses: [
      'Proliferative endometrium; negative for hyperplasia and malignancy.',
      'Leiomyomata uteri; proliferative endometrium; unremarkable cervix and fallopian tubes.',
      'Endometrial polyp.',
      'Atypical endometrial hyperplasia.',
    ],
  },
  {
    labels: ['Stomach, antrum, biopsy', 'GASTRIC BIOPSIES', 'Duodenum, biopsy'],
    clinical: ['Epigastric pain.', 'Melena, duodenal ulcer.', 'Rule out celiac disease.'],
    gross: [
      'Received in formalin are {three|four} tan-white fragments of soft tissue measuring 0.2 to 0.4 cm in aggregate. Entirely submitted.',
    ],
    micro: [
      'Chronic active gastritis with curved rod-shaped organisms on the surface epithelium, confirmed by immunostain.',
      'Villous blunting with increased intraepithelial lymphocytes.',
    ],
    diagnoses: [
      'Chronic active gastritis with Helicobacter pylori organisms.',
      'Reactive gastropathy; negative for Helicobacter pylori.',
      'Duodenal mucosa with villous blunting and intraepithelial lymphocytosis, consistent with celiac disease in the right clinical setting.',
    ],
  },
  {
    labels: ['Thyroid, {side} lobectomy', 'THYROID, TOTAL THYROIDECTOMY'],
    clinical: ['Thyroid nodule, Bethesda IV.', 'Multinodular goiter.'],
    gross: [
      'Received in formalin is a {24|38} g thyroid lobe measuring {5.0 x 2.8 x 2.0|6.1 x 3.2 x 2.4} cm. Sectioning reveals a {2.1|2.8} cm well-circumscribed tan nodule with a thin capsule.',
    ],
    micro: [
      'Papillae lined by cells with overlapping, clear nuclei, nuclear grooves and pseudoinclusions.',
      'Follicular nodule with an intact capsule and no capsular or vascular invasion.',
    ],
    diagnoses: [
      'Papillary thyroid carcinoma, classic type, {1.1|2.1} cm; margins negative.',
      'Follicular adenoma.',
      'Multinodular hyperplasia.',
    ],
  },
  {
    labels: [
      'Lymph node, {side} cervical, excisional biopsy',
      'LYMPH NODE, AXILLARY, SENTINEL #1',
      'Mediastinal lymph node, station 7, EBUS-FNA',
    ],
    clinical: ['Lymphadenopathy.', 'Breast cancer staging.', 'Lung mass.'],
    gross: [
      '{Received in formalin is a tan lymph node measuring {1.5|2.3} cm, serially sectioned and entirely submitted.|Received in CytoLyt are fragments of tissue and a cell block is prepared.}',
    ],
    micro: [
      'Effaced architecture by sheets of large atypical lymphoid cells positive for CD20 and BCL6.',
      'Reactive follicular hyperplasia with preserved architecture.',
      'Clusters of malignant epithelial cells positive for TTF-1.',
    ],
    diagnoses: [
      'Diffuse large B-cell lymphoma.',
      'Reactive follicular hyperplasia; no evidence of malignancy.',
      'Metastatic adenocarcinoma, consistent with lung primary.',
      'One lymph node, negative for metastatic carcinoma (0/1).',
    ],
  },
  {
    labels: ['Tonsils, bilateral, tonsillectomy', 'TONSILS AND ADENOIDS'],
    ages: [2, 40],
    clinical: ['Recurrent tonsillitis.', 'Adenotonsillar hypertrophy.'],
    gross: [
      'Received in formalin are two tonsils measuring {2.5|3.1} and {2.4|2.9} cm, and fragments of adenoid tissue. Representative sections submitted.',
    ],
    micro: ['Lymphoid hyperplasia with reactive germinal centers and crypts containing keratin debris.'],
    diagnoses: [
      'Tonsils with lymphoid hyperplasia; no significant pathologic abnormality.',
      'Reactive lymphoid hyperplasia, tonsils and adenoids.',
    ],
  },
  {
    labels: ['Placenta', 'PLACENTA, SINGLETON'],
    sex: 'female',
    ages: [18, 44],
    clinical: ['Preeclampsia.', 'Cesarean delivery at {37|39} weeks.'],
    gross: [
      'Received fresh is a {480|560} g singleton placenta with a {3-vessel|three-vessel} cord inserted eccentrically. Membranes are translucent. The maternal surface is intact.',
    ],
    micro: [
      'Villi are mature for gestational age; focal increased syncytial knots and decidual vasculopathy.',
    ],
    diagnoses: [
      'Third-trimester placenta with features of maternal vascular malperfusion.',
      'Mature placenta without significant abnormality.',
    ],
  },
  {
    labels: ['Bladder tumor, transurethral resection', 'BLADDER, TURBT'],
    ages: [40, 92],
    clinical: ['Bladder mass, gross hematuria.'],
    gross: [
      'Received in formalin are multiple tan-pink chips of tissue measuring {2.5|4.0} cc in aggregate, entirely submitted in {four|six} cassettes.',
    ],
    micro: [
      'Papillary fronds lined by urothelium with loss of polarity and nuclear pleomorphism; muscularis propria is present and uninvolved.',
    ],
    diagnoses: [
      'Papillary urothelial carcinoma, high grade, noninvasive; muscularis propria present and negative.',
      'Low-grade papillary urothelial carcinoma.',
    ],
  },
  {
    labels: ['Cervix, Pap smear, liquid-based', 'CERVICAL CYTOLOGY'],
    sex: 'female',
    ages: [21, 65],
    clinical: ['Routine screening.', 'History of ASCUS.'],
    gross: ['Liquid-based preparation, one slide.'],
    micro: ['Specimen adequacy: satisfactory for evaluation; transformation zone component present.'],
    diagnoses: [
      'Negative for intraepithelial lesion or malignancy.',
      'Atypical squamous cells of undetermined significance (ASC-US); HPV testing to follow.',
      'Low-grade squamous intraepithelial lesion (LSIL).',
    ],
  },
];

// ---------------------------------------------------------------------------------------------
// Laboratory panels

export interface Analyte {
  name: string;
  unit: string;
  low: number;
  high: number;
  decimals: number;
}

export interface QualitativeTest {
  name: string;
  normal: string;
  abnormal: readonly string[];
}

export interface Panel {
  names: readonly string[];
  specimen: string;
  analytes: readonly (Analyte | QualitativeTest)[];
}

const a = (name: string, unit: string, low: number, high: number, decimals = 0): Analyte => ({
  name,
  unit,
  low,
  high,
  decimals,
});
const q = (name: string, normal: string, ...abnormal: string[]): QualitativeTest => ({
  name,
  normal,
  abnormal,
});

export const PANELS: readonly Panel[] = [
  {
    names: ['COMPLETE BLOOD COUNT WITH DIFFERENTIAL', 'CBC W/ AUTO DIFF', 'CBC'],
    specimen: 'Whole blood (EDTA)',
    analytes: [
      a('WBC', 'x10^3/uL', 4.0, 11.0, 1),
      a('RBC', 'x10^6/uL', 4.2, 5.9, 2),
      a('Hemoglobin', 'g/dL', 12.0, 17.5, 1),
      a('Hematocrit', '%', 36, 52, 1),
      a('MCV', 'fL', 80, 100, 1),
      a('MCH', 'pg', 27, 33, 1),
      a('RDW', '%', 11.5, 14.5, 1),
      a('Platelets', 'x10^3/uL', 150, 400),
      a('Neutrophils', '%', 40, 75, 1),
      a('Lymphocytes', '%', 20, 45, 1),
      a('Monocytes', '%', 2, 10, 1),
      a('Eosinophils', '%', 0, 6, 1),
    ],
  },
  {
    names: ['COMPREHENSIVE METABOLIC PANEL', 'CMP', 'CHEMISTRY PANEL'],
    specimen: 'Serum',
    analytes: [
      a('Sodium', 'mmol/L', 135, 145),
      a('Potassium', 'mmol/L', 3.5, 5.1, 1),
      a('Chloride', 'mmol/L', 98, 107),
      a('CO2', 'mmol/L', 22, 29),
      a('BUN', 'mg/dL', 7, 20),
      a('Creatinine', 'mg/dL', 0.6, 1.3, 2),
      a('Glucose', 'mg/dL', 70, 99),
      a('Calcium', 'mg/dL', 8.6, 10.3, 1),
      a('Total Protein', 'g/dL', 6.0, 8.3, 1),
      a('Albumin', 'g/dL', 3.5, 5.0, 1),
      a('Total Bilirubin', 'mg/dL', 0.1, 1.2, 1),
      a('Alkaline Phosphatase', 'U/L', 40, 129),
      a('AST', 'U/L', 10, 40),
      a('ALT', 'U/L', 7, 56),
      a('eGFR', 'mL/min/1.73m2', 60, 120),
    ],
  },
  {
    names: ['BASIC METABOLIC PANEL', 'BMP', 'ELECTROLYTES AND RENAL FUNCTION'],
    specimen: 'Plasma',
    analytes: [
      a('Sodium', 'mmol/L', 135, 145),
      a('Potassium', 'mmol/L', 3.5, 5.1, 1),
      a('Chloride', 'mmol/L', 98, 107),
      a('Bicarbonate', 'mmol/L', 22, 29),
      a('Anion Gap', 'mmol/L', 7, 16),
      a('BUN', 'mg/dL', 7, 20),
      a('Creatinine', 'mg/dL', 0.6, 1.3, 2),
      a('Glucose', 'mg/dL', 70, 99),
      a('Magnesium', 'mg/dL', 1.7, 2.4, 1),
      a('Phosphorus', 'mg/dL', 2.5, 4.5, 1),
    ],
  },
  {
    names: ['LIPID PANEL', 'LIPID PROFILE, FASTING'],
    specimen: 'Serum, fasting',
    analytes: [
      a('Total Cholesterol', 'mg/dL', 100, 199),
      a('Triglycerides', 'mg/dL', 0, 149),
      a('HDL Cholesterol', 'mg/dL', 40, 90),
      a('LDL Cholesterol (calc)', 'mg/dL', 0, 99),
      a('Non-HDL Cholesterol', 'mg/dL', 0, 129),
    ],
  },
  {
    names: ['COAGULATION PANEL', 'PT/INR AND PTT', 'COAGULATION STUDIES'],
    specimen: 'Citrated plasma',
    analytes: [
      a('Prothrombin Time', 'sec', 11.0, 13.5, 1),
      a('INR', '', 0.9, 1.1, 2),
      a('PTT', 'sec', 25, 35, 1),
      a('Fibrinogen', 'mg/dL', 200, 400),
    ],
  },
  {
    names: ['URINALYSIS WITH MICROSCOPIC', 'URINALYSIS, COMPLETE', 'UA W/ REFLEX MICRO'],
    specimen: 'Urine, clean catch',
    analytes: [
      q('Color', 'Yellow', 'Amber', 'Red'),
      q('Appearance', 'Clear', 'Cloudy', 'Turbid'),
      a('Specific Gravity', '', 1.005, 1.03, 3),
      a('pH', '', 5.0, 8.0, 1),
      q('Protein', 'Negative', 'Trace', '1+', '2+'),
      q('Glucose', 'Negative', '1+', '3+'),
      q('Ketones', 'Negative', 'Trace', '2+'),
      q('Blood', 'Negative', 'Small', 'Moderate', 'Large'),
      q('Nitrite', 'Negative', 'Positive'),
      q('Leukocyte Esterase', 'Negative', 'Small', 'Large'),
      q('WBC', '0-5 /HPF', '10-20 /HPF', '>50 /HPF'),
      q('RBC', '0-2 /HPF', '5-10 /HPF', '>50 /HPF'),
      q('Bacteria', 'None seen', 'Few', 'Many'),
    ],
  },
  {
    names: ['THYROID FUNCTION', 'TSH WITH REFLEX FREE T4', 'THYROID PANEL'],
    specimen: 'Serum',
    analytes: [a('TSH', 'mIU/L', 0.4, 4.5, 2), a('Free T4', 'ng/dL', 0.8, 1.8, 2)],
  },
  {
    names: ['HEMOGLOBIN A1C', 'GLYCATED HEMOGLOBIN (HBA1C)', 'DIABETES MONITORING'],
    specimen: 'Whole blood',
    analytes: [
      a('Hemoglobin A1c', '%', 4.0, 5.6, 1),
      a('Estimated Average Glucose', 'mg/dL', 68, 114),
      a('Microalbumin/Creatinine Ratio', 'mg/g', 0, 29),
    ],
  },
  {
    names: ['CARDIAC MARKERS', 'TROPONIN I, HIGH SENSITIVITY', 'CARDIAC PANEL'],
    specimen: 'Plasma',
    analytes: [
      a('Troponin I (hs)', 'ng/L', 0, 34),
      a('CK', 'U/L', 30, 200),
      a('CK-MB', 'ng/mL', 0, 5, 1),
      a('BNP', 'pg/mL', 0, 100),
    ],
  },
  {
    names: ['ARTERIAL BLOOD GAS', 'ABG', 'BLOOD GAS, ARTERIAL'],
    specimen: 'Arterial blood',
    analytes: [
      a('pH', '', 7.35, 7.45, 2),
      a('pCO2', 'mmHg', 35, 45),
      a('pO2', 'mmHg', 80, 100),
      a('HCO3', 'mmol/L', 22, 26),
      a('Base Excess', 'mmol/L', -2, 2),
      a('O2 Saturation', '%', 95, 100),
      a('Lactate', 'mmol/L', 0.5, 2.0, 1),
    ],
  },
  {
    names: ['IRON STUDIES', 'ANEMIA PANEL'],
    specimen: 'Serum',
    analytes: [
      a('Iron', 'ug/dL', 60, 170),
      a('TIBC', 'ug/dL', 250, 450),
      a('Transferrin Saturation', '%', 20, 50),
      a('Ferritin', 'ng/mL', 20, 300),
      a('Vitamin B12', 'pg/mL', 200, 900),
      a('Folate', 'ng/mL', 3.0, 20.0, 1),
    ],
  },
  {
    names: ['HEPATIC FUNCTION PANEL', 'LIVER PANEL'],
    specimen: 'Serum',
    analytes: [
      a('Total Bilirubin', 'mg/dL', 0.1, 1.2, 1),
      a('Direct Bilirubin', 'mg/dL', 0.0, 0.3, 1),
      a('Alkaline Phosphatase', 'U/L', 40, 129),
      a('AST', 'U/L', 10, 40),
      a('ALT', 'U/L', 7, 56),
      a('GGT', 'U/L', 8, 61),
      a('Albumin', 'g/dL', 3.5, 5.0, 1),
      a('Lipase', 'U/L', 13, 60),
    ],
  },
];

export const ORGANISMS = [
  'Escherichia coli',
  'Klebsiella pneumoniae',
  'Staphylococcus aureus',
  'Enterococcus faecalis',
  'Proteus mirabilis',
  'Pseudomonas aeruginosa',
  'Streptococcus agalactiae (Group B)',
] as const;

export const ANTIBIOTICS = [
  'Ampicillin',
  'Amoxicillin/Clavulanate',
  'Cefazolin',
  'Ceftriaxone',
  'Cefepime',
  'Ciprofloxacin',
  'Levofloxacin',
  'Gentamicin',
  'Nitrofurantoin',
  'Trimethoprim/Sulfamethoxazole',
  'Piperacillin/Tazobactam',
  'Meropenem',
  'Vancomycin',
  'Oxacillin',
] as const;
