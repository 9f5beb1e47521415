/**
 * Invented clinical scenarios shared by the history-based training documents (H&P, consult, progress,
 * office, discharge, emergency and letter), so that the same illness appears under every document
 * type and a classifier has to learn the document's shape rather than its disease. Templates use the
 * `fill` syntax from training-text.ts: `{a|b}` alternatives and patient variables such as {He}, {age}.
 */

export type Setting = 'inpatient' | 'outpatient' | 'ed';

export type ExamSystem =
  | 'general'
  | 'heent'
  | 'neck'
  | 'lungs'
  | 'heart'
  | 'abdomen'
  | 'ext'
  | 'skin'
  | 'neuro'
  | 'psych'
  | 'msk'
  | 'gu';

export interface ClinicalCase {
  specialty: string;
  /** The service that would be consulted or that runs the clinic. */
  service: readonly string[];
  settings: readonly Setting[];
  ages?: readonly [number, number];
  sex?: 'male' | 'female';
  /** Chief complaint phrases, lower case. */
  complaint: readonly string[];
  /** Relevant past history items. */
  pmh?: readonly string[];
  /** History of present illness sentences, in story order (a few are picked). */
  hpi: readonly string[];
  exam: Partial<Record<ExamSystem, readonly string[]>>;
  /** Results sentences (labs, imaging, ECG). */
  data: readonly string[];
  diagnoses: readonly string[];
  secondary?: readonly string[];
  plan: readonly string[];
  /** Hospital course sentences, past tense. */
  course?: readonly string[];
  edCourse?: readonly string[];
  /** What the patient reports at an outpatient follow-up visit. */
  followUp?: readonly string[];
}

export const CASES: readonly ClinicalCase[] = [
  {
    specialty: 'cardiology',
    service: ['Cardiology', 'Cardiovascular Medicine'],
    settings: ['inpatient', 'ed'],
    ages: [42, 92],
    complaint: ['chest pain', 'chest pressure', 'substernal chest discomfort'],
    pmh: ['hypertension', 'hyperlipidemia', 'type 2 diabetes mellitus', 'tobacco use'],
    hpi: [
      'The {pain|discomfort} began {suddenly|gradually} {while {shoveling snow|climbing stairs|carrying groceries}|early this morning at rest|after dinner} and was described as {pressure|tightness|a heavy weight} in the center of the chest{ radiating to the left arm| radiating to the jaw|}.',
      '{It|The pain} lasted {about 20 minutes|more than an hour|several hours} and was associated with {diaphoresis and nausea|shortness of breath|lightheadedness}.',
      '{He} took {an aspirin at home|nitroglycerin from a relative with partial relief|nothing before calling 911}.',
      '{He} {reports|describes} {two weeks of|several days of} exertional chest tightness that resolved with rest.',
      '{He} denies {syncope|palpitations}, {orthopnea|leg swelling} and {recent illness|fevers}.',
    ],
    exam: {
      heart: [
        'Regular rate and rhythm. Normal S1 and S2. No murmurs, rubs or gallops.',
        'Regular rhythm; soft S4; no murmur.',
      ],
      general: ['Diaphoretic and anxious but alert.', 'Uncomfortable-appearing, in mild distress.'],
    },
    data: [
      'Initial troponin {0.08|0.21|0.64} ng/mL, rising to {1.2|2.8|4.5} ng/mL on repeat.',
      'ECG showed {ST depression in leads V4 through V6|T-wave inversions in the lateral leads|no acute ST elevation}.',
      'Chest x-ray showed no acute cardiopulmonary process.',
      'LDL {142|118|165} mg/dL, hemoglobin A1c {6.1|7.4|8.2}%.',
    ],
    diagnoses: [
      'Non-ST-elevation myocardial infarction',
      'Acute coronary syndrome',
      'NSTEMI',
      'Unstable angina',
    ],
    secondary: ['Hypertension', 'Hyperlipidemia', 'Tobacco use disorder'],
    plan: [
      'Aspirin 81 mg daily and high-intensity statin.',
      'Heparin infusion per ACS protocol.',
      'Cardiac catheterization {tomorrow morning|today|once renal function is confirmed}.',
      'Beta-blocker as blood pressure and heart rate allow.',
      'Trend troponins and repeat ECG in the morning.',
      'Smoking cessation counseling provided.',
    ],
    course: [
      '{He} was started on aspirin, a heparin infusion and atorvastatin 80 mg.',
      'Cardiac catheterization on hospital day {2|3} showed {a 90% stenosis of the proximal LAD|severe disease of the right coronary artery|a culprit lesion in the left circumflex}, which was treated with a drug-eluting stent.',
      'Echocardiogram showed an ejection fraction of {45|50|55} percent {with mild anterior hypokinesis|without regional wall motion abnormality}.',
      '{He} remained chest pain free after the intervention and was referred to cardiac rehabilitation.',
    ],
    edCourse: [
      'Aspirin 324 mg was given {on arrival|by EMS}.',
      'Sublingual nitroglycerin x{2|3} improved the pain.',
      'Heparin bolus and infusion were started after the troponin returned elevated.',
      'Cardiology was consulted and will take the patient to the catheterization laboratory.',
    ],
    followUp: [
      '{He} is seen {two weeks|one month|six weeks} after stent placement and has had no further chest pain.',
      '{He} has been attending cardiac rehabilitation {three times a week|regularly} and walks {20|30} minutes a day.',
      '{He} reports {mild bruising|no bleeding} on dual antiplatelet therapy.',
    ],
  },
  {
    specialty: 'cardiology',
    service: ['Cardiology', 'Heart Failure'],
    settings: ['inpatient', 'ed', 'outpatient'],
    ages: [50, 95],
    complaint: [
      'shortness of breath',
      'leg swelling',
      'dyspnea on exertion',
      'weight gain and shortness of breath',
    ],
    pmh: [
      'heart failure with reduced ejection fraction',
      'coronary artery disease',
      'chronic kidney disease stage 3',
      'atrial fibrillation',
    ],
    hpi: [
      '{He} reports {a week|ten days|several days} of progressive dyspnea on exertion, now short of breath after {walking across the room|one flight of stairs|dressing}.',
      '{He} sleeps on {two|three|four} pillows and has woken up gasping for air {twice|several times} this week.',
      'Weight is up {6|8|11} pounds from {his} dry weight, with increasing swelling of both legs.',
      '{He} admits to {eating out more over the holidays|running out of furosemide five days ago|not weighing {himself} daily}.',
      '{He} denies chest pain or fever.',
    ],
    exam: {
      neck: ['Jugular venous distension to {8|10|12} cm.', 'JVP elevated to the angle of the jaw.'],
      lungs: [
        'Bibasilar crackles {one third|halfway} up.',
        'Crackles at both bases; decreased breath sounds at the right base.',
      ],
      heart: [
        'Irregularly irregular; S3 present.',
        'Regular; S3 gallop; soft holosystolic murmur at the apex.',
      ],
      ext: ['{2+|3+} pitting edema to the {knees|mid-shins} bilaterally.'],
    },
    data: [
      'BNP {1240|2100|890} pg/mL.',
      'Creatinine {1.6|1.9|2.2} mg/dL, baseline {1.3|1.5}.',
      'Chest x-ray with cardiomegaly, vascular congestion and small bilateral pleural effusions.',
      'Echocardiogram: ejection fraction {25|30|35}%, global hypokinesis, moderate mitral regurgitation.',
    ],
    diagnoses: [
      'Acute on chronic systolic congestive heart failure',
      'Acute decompensated heart failure',
      'Chronic heart failure with reduced ejection fraction, NYHA class {II|III}',
    ],
    secondary: ['Chronic kidney disease stage 3', 'Atrial fibrillation', 'Coronary artery disease'],
    plan: [
      'IV furosemide {40|80} mg twice daily; goal net negative 1 to 2 liters per day.',
      'Strict intake and output, daily weights, 2 g sodium diet, fluid restriction 1.5 L.',
      'Continue carvedilol; hold lisinopril while creatinine is rising.',
      'Monitor potassium and magnesium daily and replete as needed.',
      'Heart failure education and follow-up in heart failure clinic within 7 days of discharge.',
    ],
    course: [
      '{He} was diuresed with intravenous furosemide with net negative {6|7.5|9} liters over the admission.',
      'Creatinine peaked at {2.1|2.4} and returned toward baseline with diuresis.',
      'Dyspnea resolved and {he} was walking the hallway on room air by hospital day {3|4|5}.',
      '{He} was transitioned to oral torsemide {20|40} mg daily, and sacubitril-valsartan was started before discharge.',
    ],
    edCourse: [
      'Placed on BiPAP briefly for work of breathing, then weaned to 3 L nasal cannula.',
      'Given furosemide 80 mg IV with {1.2|1.5} L urine output in the department.',
      'Hospitalist contacted for admission to telemetry.',
    ],
    followUp: [
      'Weight today is {2|3} pounds below {his} discharge weight and {he} weighs {himself} each morning.',
      '{He} can now walk {a block|two blocks} before stopping and sleeps on one pillow.',
      'No orthopnea or paroxysmal nocturnal dyspnea since discharge.',
    ],
  },
  {
    specialty: 'cardiology',
    service: ['Cardiology', 'Electrophysiology'],
    settings: ['inpatient', 'ed', 'outpatient'],
    ages: [45, 92],
    complaint: ['palpitations', 'racing heart', 'irregular heartbeat', 'atrial fibrillation'],
    pmh: ['hypertension', 'obstructive sleep apnea', 'hypothyroidism'],
    hpi: [
      '{He} noticed {a racing, irregular heartbeat|fluttering in the chest|a pounding heartbeat} {this morning|yesterday evening|two days ago} that has not let up.',
      'Associated with {fatigue|mild shortness of breath|lightheadedness on standing}, without syncope.',
      '{He} {drank more alcohol than usual at a wedding|has been sleeping poorly|recently stopped using {his} CPAP machine}.',
      'No prior episodes that {he} is aware of.',
    ],
    exam: {
      heart: [
        'Irregularly irregular, rate {110|125|140}s. No murmur.',
        'Tachycardic and irregularly irregular.',
      ],
    },
    data: [
      'ECG shows atrial fibrillation with rapid ventricular response at {128|136|152} beats per minute, no acute ST changes.',
      'TSH {0.9|2.4|1.8}. Troponin negative x2.',
      'Echocardiogram: normal ejection fraction, moderately dilated left atrium.',
      'CHA2DS2-VASc score {2|3|4}.',
    ],
    diagnoses: [
      'Atrial fibrillation with rapid ventricular response',
      'New-onset atrial fibrillation',
      'Paroxysmal atrial fibrillation',
    ],
    secondary: ['Hypertension', 'Obstructive sleep apnea'],
    plan: [
      'Rate control with metoprolol, titrating to heart rate under 110 at rest.',
      'Start apixaban 5 mg twice daily after discussion of bleeding risk.',
      'Consider cardioversion if symptoms persist despite rate control.',
      'Resume CPAP nightly and limit alcohol.',
      '{Holter|Event} monitor after discharge to measure burden.',
    ],
    course: [
      '{He} was rate controlled with intravenous diltiazem and then oral metoprolol.',
      '{He} converted spontaneously to sinus rhythm on hospital day {2|3}.',
      'Anticoagulation with apixaban was started given a CHA2DS2-VASc score of {2|3}.',
    ],
    edCourse: [
      'Diltiazem 15 mg IV given with rate improving to the {90s|100s}.',
      'Started on a diltiazem drip.',
      'Discussed with cardiology, who recommended admission for rate control.',
    ],
    followUp: [
      '{He} has had {no|two brief} episodes of palpitations since the last visit.',
      '{He} is tolerating apixaban without bleeding.',
      'The event monitor showed an atrial fibrillation burden of {4|11|less than 1} percent.',
    ],
  },
  {
    specialty: 'internal medicine',
    service: ['Internal Medicine', 'Primary Care', 'Family Medicine'],
    settings: ['outpatient'],
    ages: [35, 88],
    complaint: [
      'follow-up of hypertension',
      'blood pressure check',
      'medication refill',
      'routine follow-up',
    ],
    pmh: ['hypertension', 'hyperlipidemia', 'obesity', 'prediabetes'],
    hpi: [
      '{He} returns for follow-up of hypertension.',
      'Home blood pressure readings have averaged {140s/90s|130s/80s|150s/90s}.',
      '{He} is taking {lisinopril|amlodipine|losartan} as prescribed {and denies side effects|but notes some ankle swelling|and occasionally forgets the evening dose}.',
      '{He} {has been walking 30 minutes most days|has not been exercising|joined a gym} and is trying to reduce salt.',
      'No headaches, chest pain, or vision changes.',
    ],
    exam: {
      heart: ['Regular rate and rhythm, no murmur.'],
      ext: ['No edema.', 'Trace ankle edema bilaterally.'],
    },
    data: [
      'Basic metabolic panel from last month: creatinine {0.9|1.1}, potassium {4.2|4.6}.',
      'Lipid panel: total cholesterol {212|186|240}, LDL {131|104|158}, HDL {42|51|38}.',
      'Hemoglobin A1c {5.9|6.2|5.7}%.',
    ],
    diagnoses: ['Essential hypertension', 'Hypertension, {well controlled|not at goal}', 'Hyperlipidemia'],
    secondary: ['Obesity', 'Prediabetes'],
    plan: [
      '{Increase lisinopril to 20 mg daily|Add hydrochlorothiazide 12.5 mg daily|Continue current regimen}.',
      'Continue home blood pressure log and bring it to the next visit.',
      'Low-sodium diet and regular exercise discussed.',
      'Repeat basic metabolic panel in {2|4} weeks.',
      'Return to clinic in {3|6} months.',
    ],
    followUp: [
      'Blood pressure log reviewed; most readings are {at|above} goal.',
      '{He} has lost {4|7|10} pounds since the last visit.',
    ],
  },
  {
    specialty: 'pulmonology',
    service: ['Pulmonology', 'Pulmonary and Critical Care', 'Infectious Disease'],
    settings: ['inpatient', 'ed'],
    ages: [20, 95],
    complaint: ['cough and fever', 'shortness of breath', 'productive cough', 'fever and chills'],
    pmh: ['COPD', 'type 2 diabetes mellitus', 'hypertension'],
    hpi: [
      '{He} reports {three|four|five} days of cough productive of {yellow|green|rust-colored} sputum with fevers to {101|102.5|103} F.',
      'Over the last day {he} has become short of breath {with minimal exertion|at rest} and has had {pleuritic right-sided chest pain|chills and night sweats|poor oral intake}.',
      '{He} {was treated with a course of azithromycin by {his} primary care physician without improvement|has not seen anyone for this|had a sick contact at home}.',
      'No recent hospitalization or travel.',
    ],
    exam: {
      lungs: [
        'Crackles and bronchial breath sounds at the {side} base.',
        'Decreased breath sounds and dullness to percussion at the {side} base; egophony present.',
      ],
      general: ['Ill-appearing, febrile, speaking in short sentences.', 'Tired-appearing but nontoxic.'],
    },
    data: [
      'White blood cell count {14.2|17.8|19.6} with left shift.',
      'Chest x-ray: {right lower lobe|left lower lobe|right middle lobe} consolidation.',
      'Lactate {1.4|2.6|3.1}. Procalcitonin {0.9|2.3}.',
      'Blood cultures {pending|no growth to date}; sputum culture {pending|growing Streptococcus pneumoniae}.',
    ],
    diagnoses: [
      'Community-acquired pneumonia',
      '{Side} lower lobe pneumonia',
      'Sepsis secondary to pneumonia',
    ],
    secondary: ['COPD', 'Type 2 diabetes mellitus', 'Acute hypoxic respiratory failure'],
    plan: [
      'Ceftriaxone 1 g IV daily and azithromycin 500 mg daily.',
      'Supplemental oxygen to keep saturation above 90%.',
      'Follow blood and sputum cultures; urine legionella and pneumococcal antigens.',
      'Incentive spirometry, early mobilization.',
      'Repeat chest x-ray in 6 to 8 weeks to document resolution.',
    ],
    course: [
      '{He} was treated with ceftriaxone and azithromycin and defervesced within {48|72} hours.',
      'Oxygen was weaned to room air by hospital day {3|4}.',
      'Blood cultures remained negative; sputum grew {pan-sensitive Streptococcus pneumoniae|normal flora}.',
      '{He} was switched to oral {cefpodoxime|amoxicillin-clavulanate} to complete a {5|7}-day course.',
    ],
    edCourse: [
      'Two sets of blood cultures drawn, then ceftriaxone and azithromycin given.',
      '30 mL/kg crystalloid bolus given for hypotension with improvement in blood pressure.',
      'Placed on {2|4} L nasal cannula with saturation improving to {93|95}%.',
    ],
  },
  {
    specialty: 'pulmonology',
    service: ['Pulmonology', 'Pulmonary Medicine'],
    settings: ['inpatient', 'ed', 'outpatient'],
    ages: [50, 90],
    complaint: ['worsening shortness of breath', 'COPD exacerbation', 'wheezing'],
    pmh: ['COPD on {2|3} L home oxygen', 'COPD', 'tobacco use, {40|55|60} pack-years', 'hypertension'],
    hpi: [
      '{He} has had {increased sputum production|a change in sputum color to green|worsening wheeze} for {three days|a week}.',
      '{He} has been using {his} albuterol inhaler {every two hours|many times a day} without relief.',
      '{He} {continues to smoke half a pack a day|quit smoking two years ago}.',
      '{He} had {two|three} exacerbations last year, one requiring intubation.',
    ],
    exam: {
      lungs: [
        'Diffuse expiratory wheezes with prolonged expiratory phase; poor air movement.',
        'Scattered rhonchi and wheezes; using accessory muscles.',
      ],
      general: ['Tachypneic, speaking in {three-|four-}word sentences.'],
    },
    data: [
      'ABG: pH {7.31|7.34}, pCO2 {58|62}, pO2 {61|66} on {2|4} L.',
      'Chest x-ray: hyperinflation without focal consolidation.',
      'Spirometry last year: FEV1 {38|44|52}% predicted, FEV1/FVC {0.48|0.55}.',
    ],
    diagnoses: [
      'Acute exacerbation of COPD',
      'COPD with acute exacerbation',
      'Chronic obstructive pulmonary disease, GOLD stage {3|4}',
    ],
    secondary: ['Acute on chronic hypercapnic respiratory failure', 'Tobacco use disorder'],
    plan: [
      'Scheduled ipratropium-albuterol nebulizers every 4 hours.',
      'Prednisone 40 mg daily for 5 days.',
      '{Doxycycline|Azithromycin} for increased sputum purulence.',
      'Titrate oxygen to saturation 88 to 92%.',
      'Smoking cessation counseling; nicotine patch offered.',
      'Pulmonary rehabilitation referral.',
    ],
    course: [
      '{He} required BiPAP overnight on admission and was then weaned to {his} home oxygen.',
      'Treated with steroids, scheduled nebulizers and {doxycycline|azithromycin}.',
      'By discharge {he} was back to {his} baseline exertional tolerance.',
    ],
    edCourse: [
      'Given three back-to-back DuoNebs, methylprednisolone 125 mg IV and magnesium 2 g IV.',
      'Started on BiPAP for hypercapnia.',
    ],
    followUp: [
      '{He} finished the prednisone taper and {his} breathing is back to baseline.',
      '{He} is using tiotropium daily and albuterol {once or twice a day|rarely}.',
    ],
  },
  {
    specialty: 'pulmonology',
    service: ['Pulmonology', 'Hematology'],
    settings: ['inpatient', 'ed'],
    ages: [25, 85],
    complaint: ['sudden shortness of breath', 'pleuritic chest pain', 'shortness of breath and leg pain'],
    pmh: [
      'recent knee surgery',
      'oral contraceptive use',
      'breast cancer on chemotherapy',
      'prior deep vein thrombosis',
    ],
    hpi: [
      '{He} developed {sudden|abrupt} shortness of breath {this morning|while getting out of bed|at work} with sharp {side}-sided chest pain worse with deep breaths.',
      '{He} noted {calf swelling|pain in the {side} calf} for {several days|about a week} beforehand.',
      'Recent {long car trip|flight from overseas|immobility after surgery}.',
      'No hemoptysis.',
    ],
    exam: {
      lungs: ['Clear to auscultation bilaterally.'],
      heart: ['Tachycardic, regular. No murmur.'],
      ext: ['{Side} calf swollen and tender compared with the other side.', 'No calf asymmetry.'],
    },
    data: [
      'CT pulmonary angiogram: {bilateral segmental|saddle|right lower lobe subsegmental} pulmonary emboli{ with RV strain|}.',
      'Troponin {negative|mildly elevated at 0.05}. BNP {normal|elevated}.',
      'Lower extremity duplex: occlusive thrombus in the {side} popliteal vein.',
    ],
    diagnoses: ['Acute pulmonary embolism', 'Bilateral pulmonary emboli', 'Submassive pulmonary embolism'],
    secondary: ['Deep vein thrombosis'],
    plan: [
      'Heparin infusion, transition to apixaban.',
      'Echocardiogram to assess right ventricular function.',
      'Anticoagulation for at least 3 months; consider hypercoagulable workup as outpatient.',
      'Ambulate as tolerated.',
    ],
    course: [
      '{He} was anticoagulated with a heparin infusion and transitioned to apixaban on hospital day {2|3}.',
      'Echocardiogram showed {normal|mildly reduced} right ventricular function.',
      'Oxygen requirement resolved and {he} ambulated without desaturation.',
    ],
    edCourse: [
      'Heparin bolus given after CTA confirmed pulmonary embolism.',
      'PERC and Wells criteria reviewed; D-dimer elevated.',
    ],
  },
  {
    specialty: 'pulmonology',
    service: ['Pulmonology', 'Allergy and Immunology', 'Pediatrics'],
    settings: ['outpatient', 'ed'],
    ages: [6, 60],
    complaint: ['asthma follow-up', 'wheezing', 'cough at night', 'asthma'],
    pmh: ['asthma', 'allergic rhinitis', 'eczema'],
    hpi: [
      '{He} has asthma since childhood and has needed {his} albuterol {four to five times a week|daily|every night} over the last {month|two months}.',
      'Symptoms are worse with {exercise|cold air|cats|pollen season}.',
      '{He} wakes at night coughing {twice a week|most nights}.',
      '{He} {ran out of {his} controller inhaler|uses {his} controller inhaler only when symptomatic|has been taking the fluticasone inhaler as prescribed}.',
    ],
    exam: {
      lungs: ['Scattered end-expiratory wheezes.', 'Clear to auscultation; no wheezes today.'],
      heent: ['Pale, boggy nasal turbinates.'],
    },
    data: [
      'Peak flow {310|360|420} L/min, {70|78|85}% of personal best.',
      'Spirometry: FEV1 {72|81}% predicted with {14|18}% improvement after bronchodilator.',
    ],
    diagnoses: [
      'Moderate persistent asthma',
      'Asthma, not well controlled',
      'Mild intermittent asthma',
      'Acute asthma exacerbation',
    ],
    secondary: ['Allergic rhinitis'],
    plan: [
      'Start {budesonide-formoterol|fluticasone-salmeterol} twice daily.',
      'Albuterol as needed; asthma action plan reviewed and given in writing.',
      'Inhaler technique reviewed with spacer.',
      'Influenza vaccine {today|this fall}.',
      'Follow up in {4|6|8} weeks.',
    ],
    edCourse: [
      'Albuterol and ipratropium nebulizers x3 and oral dexamethasone given with resolution of wheeze.',
    ],
    followUp: [
      'Since starting the controller {he} uses albuterol {once a week|rarely} and sleeps through the night.',
    ],
  },
  {
    specialty: 'gastroenterology',
    service: ['Gastroenterology', 'GI'],
    settings: ['inpatient', 'ed'],
    ages: [35, 92],
    complaint: ['black stools', 'vomiting blood', 'melena', 'coffee-ground emesis'],
    pmh: [
      'osteoarthritis on daily ibuprofen',
      'alcohol use disorder',
      'atrial fibrillation on warfarin',
      'peptic ulcer disease',
    ],
    hpi: [
      '{He} reports {two|three} days of black, tarry stools and {one episode of coffee-ground emesis|lightheadedness on standing|increasing fatigue}.',
      '{He} takes {ibuprofen 800 mg three times daily for knee pain|naproxen most days|aspirin and clopidogrel}.',
      '{He} {drinks about a six-pack of beer daily|drinks socially|does not drink alcohol}.',
      'Near-syncope this morning prompted the visit.',
    ],
    exam: {
      general: ['Pale, tired-appearing.'],
      abdomen: ['Soft, mild epigastric tenderness, no guarding. Bowel sounds active.'],
      gu: ['Rectal exam: black, tarry, guaiac-positive stool.'],
    },
    data: [
      'Hemoglobin {6.8|7.4|8.1} g/dL, down from {12.9|13.5} a year ago. BUN {48|62}, creatinine {1.0|1.2}.',
      'INR {1.1|2.9}. Platelets {212|156}.',
    ],
    diagnoses: [
      'Upper gastrointestinal bleed',
      'Acute blood loss anemia',
      'Bleeding duodenal ulcer',
      'Melena',
    ],
    secondary: ['NSAID use', 'Acute blood loss anemia'],
    plan: [
      'Two large-bore IVs, type and cross {2|4} units.',
      'Transfuse for hemoglobin under 7.',
      'Pantoprazole 80 mg IV bolus then 40 mg IV twice daily.',
      'NPO for EGD {this afternoon|in the morning}.',
      'Stop NSAIDs; test for Helicobacter pylori.',
    ],
    course: [
      '{He} received {two|three} units of packed red blood cells.',
      'EGD on hospital day {1|2} showed a {clean-based|visible-vessel} {duodenal|gastric} ulcer{ treated with clips and epinephrine|}.',
      'Biopsies were positive for Helicobacter pylori and triple therapy was started.',
      'Hemoglobin remained stable at {8.4|9.0} for 48 hours and {his} diet was advanced.',
    ],
    edCourse: ['Pantoprazole 80 mg IV given; two units PRBC ordered.', 'GI paged for urgent endoscopy.'],
  },
  {
    specialty: 'gastroenterology',
    service: ['Gastroenterology', 'General Surgery'],
    settings: ['inpatient', 'ed'],
    ages: [25, 85],
    complaint: ['abdominal pain', 'epigastric pain radiating to the back', 'nausea and vomiting'],
    pmh: ['gallstones', 'alcohol use', 'hypertriglyceridemia'],
    hpi: [
      '{He} developed severe epigastric pain {after a large fatty meal|after a night of heavy drinking|overnight} that radiates {straight through to the back|to the back}.',
      'Associated with {persistent|repeated} nausea and vomiting; unable to keep liquids down.',
      'Pain is {8|9|10} out of 10 and {better leaning forward|constant}.',
    ],
    exam: {
      abdomen: [
        'Epigastric tenderness with voluntary guarding; hypoactive bowel sounds.',
        'Distended, diffusely tender, worst in the epigastrium.',
      ],
    },
    data: [
      'Lipase {1450|2980|860} U/L.',
      'Triglycerides {210|1800}. AST {88|246}, ALT {102|310}, total bilirubin {1.4|2.2}.',
      'CT abdomen: edematous pancreas with peripancreatic fat stranding, no necrosis.',
      'Right upper quadrant ultrasound: {cholelithiasis without ductal dilation|no gallstones}.',
    ],
    diagnoses: ['Acute pancreatitis', 'Acute gallstone pancreatitis', 'Alcohol-induced acute pancreatitis'],
    plan: [
      'Aggressive IV fluids with lactated Ringer’s.',
      'Pain control with IV hydromorphone as needed.',
      'Advance diet as tolerated once pain improves.',
      'Surgery consulted for cholecystectomy this admission.',
      'Alcohol cessation counseling.',
    ],
    course: [
      '{He} was resuscitated with lactated Ringer’s and kept NPO for {24|48} hours.',
      'Pain improved and diet was advanced to low fat on hospital day {3|4}.',
      'Laparoscopic cholecystectomy was performed on hospital day {4|5} without complication.',
    ],
    edCourse: [
      'IV fluids, ondansetron and morphine given.',
      'Lipase returned markedly elevated; admitted to medicine.',
    ],
  },
  {
    specialty: 'gastroenterology',
    service: ['Gastroenterology'],
    settings: ['outpatient'],
    ages: [25, 85],
    complaint: [
      'heartburn',
      'reflux',
      'difficulty swallowing',
      'abdominal pain and bloating',
      'change in bowel habits',
    ],
    pmh: ['GERD', 'irritable bowel syndrome', 'obesity'],
    hpi: [
      '{He} is referred for {longstanding heartburn|intermittent dysphagia to solids|chronic diarrhea|rectal bleeding with bowel movements}.',
      'Symptoms occur {most nights|after meals|two to three times a week} despite {omeprazole 20 mg daily|over-the-counter antacids}.',
      '{He} {denies|reports} weight loss{ of about 10 pounds|}.',
      'No family history of colon cancer. Last colonoscopy {never|10 years ago}.',
    ],
    exam: {
      abdomen: [
        'Soft, nontender, nondistended. No hepatosplenomegaly.',
        'Mild epigastric tenderness without rebound.',
      ],
    },
    data: [
      'CBC and comprehensive metabolic panel normal.',
      'Celiac serologies negative.',
      'Stool calprotectin {42|310}.',
    ],
    diagnoses: [
      'Gastroesophageal reflux disease',
      'Dysphagia',
      'Irritable bowel syndrome with diarrhea',
      'Hematochezia',
    ],
    plan: [
      'Upper endoscopy with biopsies.',
      'Colonoscopy {for screening|to evaluate bleeding}.',
      'Increase omeprazole to 40 mg twice daily before meals.',
      'Elevate head of bed, avoid late meals.',
      'Return after procedures to review results.',
    ],
    followUp: [
      'Heartburn is {much better|partly better} on twice-daily PPI.',
      'Biopsies from the EGD were reviewed with {him}.',
    ],
  },
  {
    specialty: 'general surgery',
    service: ['General Surgery', 'Surgery'],
    settings: ['inpatient', 'ed'],
    ages: [8, 70],
    complaint: ['right lower quadrant abdominal pain', 'abdominal pain', 'abdominal pain and fever'],
    hpi: [
      'Pain started {around the umbilicus|in the periumbilical region} {yesterday|last evening|about 18 hours ago} and migrated to the right lower quadrant.',
      'Associated with anorexia, nausea and {one episode of vomiting|low-grade fever}.',
      'Pain is worse with {walking|coughing|the car ride over bumps}.',
      'No diarrhea or urinary symptoms.',
    ],
    exam: {
      abdomen: [
        'Tender at McBurney’s point with voluntary guarding; positive Rovsing sign.',
        'Right lower quadrant tenderness with rebound; no palpable mass.',
      ],
    },
    data: [
      'WBC {13.4|15.9|17.2} with {82|88}% neutrophils.',
      'CT abdomen and pelvis: dilated appendix measuring {11|13} mm with periappendiceal stranding; no abscess.',
      'Urinalysis negative.',
    ],
    diagnoses: ['Acute appendicitis', 'Acute uncomplicated appendicitis', 'Perforated appendicitis'],
    plan: [
      'NPO, IV fluids.',
      'IV piperacillin-tazobactam.',
      'Laparoscopic appendectomy {tonight|this evening|as soon as the operating room is available}.',
      'Risks, benefits and alternatives discussed and consent obtained.',
    ],
    course: [
      '{He} underwent uncomplicated laparoscopic appendectomy on the day of admission.',
      'Diet was advanced on postoperative day {1|2} and pain was controlled with oral medication.',
      'Pathology confirmed acute appendicitis.',
    ],
    edCourse: [
      'Morphine and ondansetron given. CT ordered.',
      'Surgery consulted once CT confirmed appendicitis.',
    ],
  },
  {
    specialty: 'general surgery',
    service: ['General Surgery', 'Surgery'],
    settings: ['inpatient', 'ed', 'outpatient'],
    ages: [25, 85],
    complaint: ['right upper quadrant pain', 'pain after eating', 'abdominal pain'],
    pmh: ['obesity', 'gallstones', 'type 2 diabetes mellitus'],
    hpi: [
      '{He} reports {recurrent|several} episodes of right upper quadrant pain after fatty meals over the past {two|six} months.',
      'The current episode began {last night|eight hours ago} and has not resolved, with {fever|nausea and vomiting}.',
      'Pain radiates to the right shoulder blade.',
    ],
    exam: {
      abdomen: [
        'Right upper quadrant tenderness with a positive Murphy sign.',
        'Tender in the right upper quadrant, no peritoneal signs.',
      ],
    },
    data: [
      'WBC {12.1|14.8}. Total bilirubin {0.8|1.1}, alkaline phosphatase {98|140}.',
      'Ultrasound: gallbladder wall thickening, pericholecystic fluid and a {1.8|2.2} cm stone impacted in the neck; common bile duct {4|5} mm.',
    ],
    diagnoses: ['Acute calculous cholecystitis', 'Symptomatic cholelithiasis', 'Biliary colic'],
    plan: [
      'IV antibiotics.',
      'Laparoscopic cholecystectomy {tomorrow|on this admission|electively}.',
      'Low-fat diet in the meantime.',
    ],
    course: [
      'Laparoscopic cholecystectomy was performed on hospital day {1|2}.',
      'Postoperative course was unremarkable; tolerated a regular diet.',
    ],
    edCourse: ['Ultrasound obtained and surgery consulted.'],
    followUp: ['Incisions are healing well and pain has resolved since the cholecystectomy.'],
  },
  {
    specialty: 'general surgery',
    service: ['General Surgery'],
    settings: ['inpatient', 'ed'],
    ages: [40, 90],
    complaint: ['abdominal distension', 'vomiting and abdominal pain', 'no bowel movement for three days'],
    pmh: ['prior appendectomy', 'prior hysterectomy', 'prior small bowel resection'],
    hpi: [
      '{He} has had crampy abdominal pain and distension for {two|three} days, with bilious vomiting since last night.',
      'Last bowel movement was {three|four} days ago and {he} has not passed gas since yesterday.',
      '{He} has a history of {open abdominal surgery|multiple abdominal operations}.',
    ],
    exam: {
      abdomen: ['Distended and tympanitic, diffusely tender, no peritoneal signs. Well-healed midline scar.'],
    },
    data: [
      'CT: dilated small bowel loops with a transition point in the {right lower quadrant|mid abdomen}; no free air.',
      'Lactate {1.1|1.8}.',
    ],
    diagnoses: [
      'Small bowel obstruction',
      'Adhesive small bowel obstruction',
      'Partial small bowel obstruction',
    ],
    plan: [
      'Nasogastric tube to low intermittent suction.',
      'NPO, IV fluids, serial abdominal exams.',
      'Small bowel follow-through with oral contrast.',
      'Operative exploration if no improvement in 48 to 72 hours.',
    ],
    course: [
      'Managed nonoperatively with bowel rest and nasogastric decompression.',
      'Contrast reached the colon on the small bowel follow-through and the obstruction resolved.',
      'Diet was advanced and {he} had a bowel movement on hospital day {3|4}.',
    ],
    edCourse: ['Nasogastric tube placed with {800|1200} mL bilious output.'],
  },
  {
    specialty: 'general surgery',
    service: ['General Surgery'],
    settings: ['outpatient'],
    ages: [25, 85],
    complaint: ['groin bulge', 'inguinal hernia', 'lump in the groin', 'umbilical hernia'],
    hpi: [
      '{He} noticed a bulge in the {side} groin {several months|about a year} ago that gets larger with {lifting|standing} and goes away when lying down.',
      'It is {mildly uncomfortable at the end of the day|not painful} and has never been stuck out.',
      '{He} works as a {warehouse worker|carpenter|teacher|nurse}.',
    ],
    exam: {
      abdomen: [
        'Reducible {side} inguinal hernia, nontender.',
        'Small reducible umbilical hernia with a 1.5 cm fascial defect.',
      ],
    },
    data: [],
    diagnoses: ['{Side} inguinal hernia, reducible', 'Umbilical hernia'],
    plan: [
      'Elective {laparoscopic|open} hernia repair with mesh.',
      'Risks including recurrence, chronic pain, infection and bleeding discussed.',
      'Avoid heavy lifting until surgery.',
    ],
    followUp: ['Seen two weeks after hernia repair; incision healing, no recurrence.'],
  },
  {
    specialty: 'orthopedics',
    service: ['Orthopedic Surgery', 'Orthopedics'],
    settings: ['inpatient', 'ed'],
    ages: [65, 98],
    complaint: ['fall with hip pain', '{side} hip pain after a fall', 'unable to bear weight'],
    pmh: ['osteoporosis', 'dementia', 'hypertension', 'atrial fibrillation'],
    hpi: [
      '{He} {tripped over a rug|slipped in the bathroom|fell getting out of bed} at {home|{his} assisted living facility} and landed on {his} {side} side.',
      '{He} was unable to get up and {was found by a family member|pressed {his} medical alert button}.',
      'No head strike or loss of consciousness.',
      '{He} walks with a {cane|walker} at baseline.',
    ],
    exam: {
      msk: [
        '{Side} leg shortened and externally rotated; pain with any range of motion of the hip.',
        'Tenderness over the {side} greater trochanter; distal pulses intact.',
      ],
    },
    data: [
      'Pelvis and hip x-rays: displaced {femoral neck|intertrochanteric} fracture of the {side} hip.',
      'Hemoglobin {11.2|12.4}. INR {1.0|1.2}.',
    ],
    diagnoses: [
      '{Side} displaced femoral neck fracture',
      '{Side} intertrochanteric hip fracture',
      'Closed hip fracture after mechanical fall',
    ],
    secondary: ['Osteoporosis', 'Fall at home'],
    plan: [
      'Operative fixation {tomorrow|within 24 hours}.',
      'NPO after midnight; hold anticoagulation.',
      'Pain control with fascia iliaca block.',
      'DVT prophylaxis after surgery.',
      'Physical therapy and osteoporosis workup.',
    ],
    course: [
      '{He} underwent {hemiarthroplasty|intramedullary nailing} of the {side} hip on hospital day {1|2}.',
      'Postoperatively {he} had {mild delirium that resolved|an uneventful course}.',
      'Physical therapy worked with {him} daily and {he} was discharged to a skilled nursing facility for rehabilitation.',
    ],
    edCourse: [
      'X-rays confirmed a hip fracture; orthopedics consulted.',
      'Fascia iliaca block performed in the department.',
    ],
  },
  {
    specialty: 'orthopedics',
    service: ['Orthopedics', 'Sports Medicine'],
    settings: ['outpatient'],
    ages: [45, 88],
    complaint: ['knee pain', '{side} knee pain', 'bilateral knee pain'],
    pmh: ['osteoarthritis', 'obesity', 'hypertension'],
    hpi: [
      '{He} has had {side} knee pain for {two|five|several} years, gradually worsening.',
      'Pain is worse {with stairs|after walking more than a block|getting up from a chair} and {he} has morning stiffness for about 20 minutes.',
      '{He} has tried {acetaminophen|ibuprofen|physical therapy}{ and a steroid injection that helped for three months|}.',
      'No locking or giving way.',
    ],
    exam: {
      msk: [
        '{Side} knee: small effusion, medial joint line tenderness, crepitus, range of motion 5 to 110 degrees. Ligaments stable.',
      ],
    },
    data: ['Standing knee x-rays: severe medial compartment joint space narrowing with osteophytes.'],
    diagnoses: ['Primary osteoarthritis of the {side} knee', 'Degenerative joint disease, {side} knee'],
    plan: [
      'Corticosteroid injection performed today after consent.',
      'Home exercise program for quadriceps strengthening.',
      'Weight loss discussed.',
      'Discussed total knee arthroplasty when symptoms warrant.',
    ],
    followUp: [
      'The injection gave about {two|three} months of relief.',
      '{He} is now {six weeks|three months} out from total knee replacement, walking without a cane.',
    ],
  },
  {
    specialty: 'orthopedics',
    service: ['Orthopedics', 'Sports Medicine'],
    settings: ['ed', 'outpatient'],
    ages: [12, 65],
    complaint: ['ankle injury', '{side} ankle pain', 'wrist pain after a fall'],
    hpi: [
      '{He} {rolled {his} {side} ankle playing basketball|fell on an outstretched hand while skating|twisted {his} ankle stepping off a curb} {this afternoon|yesterday}.',
      '{He} {was able|was unable} to bear weight immediately afterward.',
      'Swelling developed over the next hour. No numbness.',
    ],
    exam: {
      msk: [
        'Swelling and ecchymosis over the lateral malleolus; tender over the ATFL, not over the posterior malleolus.',
        'Tender over the anatomic snuffbox and distal radius; neurovascularly intact.',
      ],
    },
    data: ['X-rays: {no fracture|nondisplaced distal fibula fracture|nondisplaced distal radius fracture}.'],
    diagnoses: [
      '{Side} ankle sprain',
      'Nondisplaced fracture of the distal fibula',
      'Distal radius fracture',
    ],
    plan: [
      'Splint, ice, elevation.',
      'Crutches, weight bearing as tolerated.',
      'Ibuprofen as needed for pain.',
      'Orthopedic follow-up in one week.',
    ],
    edCourse: ['Ibuprofen given. X-rays obtained.', 'Placed in a posterior splint.'],
    followUp: ['Swelling has improved and {he} is walking in the boot without crutches.'],
  },
  {
    specialty: 'orthopedics',
    service: ['Spine Surgery', 'Orthopedics', 'Physical Medicine and Rehabilitation', 'Neurosurgery'],
    settings: ['outpatient', 'ed'],
    ages: [25, 80],
    complaint: ['low back pain', 'back pain radiating down the leg', 'sciatica'],
    pmh: ['lumbar degenerative disc disease', 'prior back strain'],
    hpi: [
      '{He} has had low back pain for {three weeks|two months|six months} after {lifting a heavy box|gardening|no clear injury}.',
      'Pain radiates down the {side} buttock to the {lateral calf|top of the foot|heel} with {numbness|tingling}.',
      'Worse with sitting and bending. No bowel or bladder changes, no saddle numbness.',
      '{He} has been off work since the injury.',
    ],
    exam: {
      msk: [
        'Paraspinal tenderness; straight leg raise positive on the {side} at 40 degrees.',
        'Limited lumbar flexion due to pain.',
      ],
      neuro: [
        'Strength 5/5 except {4|4+}/5 {side} extensor hallucis longus. Diminished sensation over the dorsum of the foot. Reflexes symmetric.',
      ],
    },
    data: ['MRI lumbar spine: {L4-L5|L5-S1} disc protrusion contacting the traversing {L5|S1} nerve root.'],
    diagnoses: [
      'Lumbar radiculopathy',
      'Lumbar disc herniation at {L4-L5|L5-S1}',
      'Acute low back pain with sciatica',
    ],
    plan: [
      'Physical therapy twice weekly.',
      'Short course of oral prednisone or NSAIDs.',
      'Epidural steroid injection if not improving.',
      'Return precautions for bowel or bladder symptoms.',
      'Work restrictions: no lifting over 20 pounds.',
    ],
    edCourse: [
      'Ketorolac and diazepam given with improvement.',
      'No red flag features; discharged with primary care follow-up.',
    ],
    followUp: ['Leg pain is {50|70} percent better after the epidural injection.'],
  },
  {
    specialty: 'neurology',
    service: ['Neurology', 'Stroke Neurology'],
    settings: ['inpatient', 'ed'],
    ages: [50, 95],
    complaint: ['weakness', 'slurred speech', 'facial droop', 'stroke alert'],
    pmh: ['hypertension', 'atrial fibrillation', 'type 2 diabetes mellitus', 'prior TIA'],
    hpi: [
      '{He} was last known well at {07:30|21:00|14:15} when {his} {wife|daughter|husband} noticed {slurred speech|a {side} facial droop|that {he} could not lift {his} {side} arm}.',
      'EMS brought {him} in as a stroke alert.',
      '{He} {is not on anticoagulation|stopped {his} apixaban a month ago}.',
    ],
    exam: {
      neuro: [
        '{Side} facial droop, {side} arm drift, dysarthria. NIH Stroke Scale {6|9|12}.',
        'Expressive aphasia with {side} hemiparesis, arm worse than leg.',
      ],
    },
    data: [
      'CT head without contrast: no hemorrhage. CTA: occlusion of the {otherside} M2 branch.',
      'MRI brain: acute infarct in the {otherside} MCA territory.',
      'Glucose {128|154}. LDL {132|98}.',
    ],
    diagnoses: [
      'Acute ischemic stroke, {otherside} MCA territory',
      'Acute cerebral infarction',
      'Cardioembolic stroke',
    ],
    secondary: ['Atrial fibrillation', 'Hypertension', 'Dysphagia'],
    plan: [
      'Permissive hypertension for 24 hours.',
      'Neuro checks every hour.',
      'Swallow screen before oral intake.',
      'Aspirin and atorvastatin; anticoagulation timing per stroke team.',
      'PT, OT and speech therapy evaluations.',
    ],
    course: [
      '{He} received {IV tenecteplase|IV alteplase} within the treatment window{ and underwent mechanical thrombectomy|}.',
      'Deficits improved to an NIH Stroke Scale of {2|3} by discharge.',
      'Apixaban was started on day {4|7} after a repeat head CT showed no hemorrhagic conversion.',
      '{He} was discharged to acute inpatient rehabilitation.',
    ],
    edCourse: [
      'Stroke alert activated; CT and CTA completed within 25 minutes of arrival.',
      'Thrombolytic given after discussion with the family.',
    ],
  },
  {
    specialty: 'neurology',
    service: ['Neurology'],
    settings: ['ed', 'inpatient', 'outpatient'],
    ages: [4, 80],
    complaint: ['seizure', 'witnessed seizure', 'convulsion'],
    pmh: ['epilepsy', 'prior head injury', 'alcohol use'],
    hpi: [
      '{He} had a witnessed generalized tonic-clonic seizure lasting about {two|three|four} minutes {at home|at work|in a store}.',
      'Followed by {20|30} minutes of confusion. {He} bit {his} tongue{ and was incontinent of urine|}.',
      '{He} {has epilepsy and missed {his} levetiracetam doses this week|has never had a seizure before|has been sleep deprived}.',
    ],
    exam: {
      neuro: [
        'Drowsy but oriented; no focal deficits.',
        'Alert and oriented x3, cranial nerves intact, strength full, gait normal.',
      ],
      heent: ['Laceration on the lateral tongue.'],
    },
    data: [
      'Glucose, sodium and calcium normal.',
      'CT head: no acute intracranial abnormality.',
      'EEG: {normal|left temporal sharp waves}.',
      'Levetiracetam level undetectable.',
    ],
    diagnoses: [
      'Generalized tonic-clonic seizure',
      'Breakthrough seizure due to missed doses',
      'First unprovoked seizure',
      'Epilepsy',
    ],
    plan: [
      'Resume levetiracetam {500|750} mg twice daily.',
      'Outpatient EEG and MRI brain.',
      'No driving until seizure free per state law.',
      'Seizure precautions reviewed.',
    ],
    course: ['No further seizures on telemetry EEG monitoring.'],
    edCourse: [
      'Lorazepam 2 mg IV given for a second brief seizure in the department.',
      'Levetiracetam load given.',
    ],
    followUp: ['No seizures since the last visit; taking levetiracetam without side effects.'],
  },
  {
    specialty: 'neurology',
    service: ['Neurology', 'Headache Clinic'],
    settings: ['outpatient', 'ed'],
    ages: [14, 65],
    complaint: ['headaches', 'migraine', 'worst headache', 'recurrent headaches'],
    pmh: ['migraine', 'anxiety'],
    hpi: [
      '{He} has had {throbbing|pounding} {left|right|bifrontal}-sided headaches {since {his} teens|for several years} that are now {more frequent|happening four times a month|nearly daily}.',
      'Headaches are associated with {nausea|light and sound sensitivity|a visual aura of zigzag lines} and last {4 to 12 hours|most of the day}.',
      '{He} uses {ibuprofen|sumatriptan|over-the-counter combination analgesics} {three|four|five} days a week.',
      'No fever, neck stiffness, or focal weakness.',
    ],
    exam: { neuro: ['Nonfocal neurological examination. Fundi normal.'] },
    data: ['MRI brain: normal.'],
    diagnoses: [
      'Migraine without aura',
      'Migraine with aura',
      'Chronic migraine',
      'Medication overuse headache',
    ],
    plan: [
      'Start {topiramate 25 mg nightly, titrating|propranolol 40 mg daily|amitriptyline 10 mg at night} for prevention.',
      'Sumatriptan 50 mg at onset, no more than two days a week.',
      'Headache diary.',
      'Sleep hygiene and regular meals.',
    ],
    edCourse: ['Metoclopramide, diphenhydramine and IV fluids given with relief.'],
    followUp: ['Headache days have decreased from {12|15} to {4|6} per month on the preventive.'],
  },
  {
    specialty: 'urology',
    service: ['Urology'],
    settings: ['ed', 'inpatient', 'outpatient'],
    ages: [20, 80],
    complaint: ['flank pain', '{side} flank pain', 'kidney stone', 'blood in the urine'],
    pmh: ['nephrolithiasis', 'gout'],
    hpi: [
      'Sudden onset of severe, colicky {side} flank pain radiating to the groin {this morning|overnight}.',
      'Associated with nausea, vomiting and {gross hematuria|dysuria}.',
      '{He} {had a kidney stone five years ago|has never had a stone}.',
      'No fevers.',
    ],
    exam: {
      abdomen: ['Soft, nontender. {Side} costovertebral angle tenderness.'],
      general: ['Writhing on the stretcher, unable to get comfortable.'],
    },
    data: [
      'CT abdomen and pelvis without contrast: {4|6|8} mm obstructing stone at the {side} ureterovesical junction with mild hydronephrosis.',
      'Urinalysis: {large|moderate} blood, no nitrites, {0-5|5-10} WBC.',
      'Creatinine {1.0|1.4}.',
    ],
    diagnoses: ['{Side} ureteral calculus', 'Renal colic', 'Obstructing ureteral stone with hydronephrosis'],
    plan: [
      'Tamsulosin 0.4 mg daily for expulsive therapy.',
      'Strain urine.',
      'Ketorolac and oxycodone as needed.',
      'Ureteroscopy if the stone does not pass in 4 weeks.',
      'Increase fluid intake to 2.5 liters a day.',
    ],
    course: [
      'Pain controlled; the stone passed on hospital day {1|2}.',
      'Underwent cystoscopy and {side} ureteral stent placement.',
    ],
    edCourse: [
      'Ketorolac 15 mg IV and ondansetron with good relief.',
      'Urology consulted given the size of the stone.',
    ],
    followUp: ['{He} passed the stone at home and it was sent for analysis.'],
  },
  {
    specialty: 'urology',
    service: ['Urology'],
    settings: ['outpatient'],
    sex: 'male',
    ages: [50, 90],
    complaint: ['urinary frequency', 'weak urinary stream', 'getting up at night to urinate', 'elevated PSA'],
    pmh: ['benign prostatic hyperplasia', 'hypertension'],
    hpi: [
      '{He} reports a {weak stream|slow stream and hesitancy}, with nocturia {three|four} times a night.',
      'Symptoms have been gradually worsening over {a year|several years}.',
      'International Prostate Symptom Score today {14|19|22}.',
      'PSA {3.2|5.8|7.1} ng/mL, up from {2.1|3.9} last year.',
    ],
    exam: {
      gu: [
        'Prostate {moderately|mildly} enlarged, smooth, nontender, no nodules.',
        'Prostate approximately {40|50} g with a firm nodule at the {side} base.',
      ],
    },
    data: ['Post-void residual {60|120|180} mL by bladder scan.', 'Urinalysis negative.'],
    diagnoses: ['Benign prostatic hyperplasia with lower urinary tract symptoms', 'Elevated PSA', 'Nocturia'],
    plan: [
      'Start tamsulosin 0.4 mg nightly.',
      'Add finasteride if not improving.',
      'MRI prostate and discuss biopsy.',
      'Limit fluids in the evening.',
      'Recheck PSA in 3 months.',
    ],
    followUp: ['Nocturia down to once a night on tamsulosin; mild dizziness on standing.'],
  },
  {
    specialty: 'infectious disease',
    service: ['Infectious Disease', 'Internal Medicine', 'Urology'],
    settings: ['inpatient', 'ed'],
    ages: [18, 95],
    complaint: ['fever and flank pain', 'painful urination and fever', 'confusion and fever'],
    pmh: ['recurrent urinary tract infections', 'type 2 diabetes mellitus', 'dementia'],
    hpi: [
      '{He} reports {two|three} days of dysuria and frequency followed by fever to {102|103} F, chills and {side} flank pain.',
      '{His} family noted {new confusion|decreased oral intake|that {he} was sleeping more than usual}.',
      '{He} was treated for a urinary tract infection {last month|three months ago}.',
    ],
    exam: {
      abdomen: ['{Side} costovertebral angle tenderness; suprapubic tenderness.'],
      general: ['Febrile, flushed, mildly confused.'],
    },
    data: [
      'Urinalysis: positive nitrites, large leukocyte esterase, {50+|too numerous to count} WBC.',
      'WBC {16.1|18.4}, lactate {2.4|1.7}.',
      'Urine culture: Escherichia coli {pending sensitivities|resistant to ciprofloxacin}.',
    ],
    diagnoses: [
      'Acute pyelonephritis',
      'Sepsis due to urinary tract infection',
      'Complicated urinary tract infection',
    ],
    plan: [
      'Ceftriaxone 1 g IV daily pending culture.',
      'IV fluids.',
      'Renal ultrasound to exclude obstruction.',
      'Narrow antibiotics once sensitivities return; total 7 to 14 days.',
    ],
    course: [
      'Fever curve improved within 48 hours on ceftriaxone.',
      'Urine culture grew Escherichia coli sensitive to {cefpodoxime|trimethoprim-sulfamethoxazole}, and {he} was switched to oral therapy.',
      'Mental status returned to baseline.',
    ],
    edCourse: ['Blood and urine cultures sent; ceftriaxone and 2 liters of fluid given.'],
  },
  {
    specialty: 'obstetrics',
    service: ['Obstetrics', 'Maternal-Fetal Medicine', 'OB/GYN'],
    settings: ['inpatient', 'ed', 'outpatient'],
    sex: 'female',
    ages: [18, 42],
    complaint: [
      'elevated blood pressure in pregnancy',
      'headache and swelling in pregnancy',
      'contractions',
      'decreased fetal movement',
    ],
    pmh: ['G{2|3}P{1|2}', 'gestational diabetes', 'chronic hypertension'],
    hpi: [
      '{He} is a G{2|3}P{1|2} at {34|36|37} weeks {2|4|5} days by {first-trimester ultrasound|last menstrual period}.',
      'Blood pressure at {his} prenatal visit was {152/98|160/104|148/96}, with a {new|persistent} headache and swelling of the hands and face.',
      'Denies visual changes, right upper quadrant pain, vaginal bleeding or leakage of fluid. Fetal movement is {normal|decreased}.',
      'Prenatal course {uncomplicated until now|notable for gestational diabetes controlled with diet}.',
    ],
    exam: {
      abdomen: ['Gravid, fundal height consistent with dates, nontender.'],
      gu: ['Cervix {1|2}/{50|70}/-2, vertex presentation.'],
      ext: ['2+ edema bilaterally; reflexes 3+ without clonus.'],
    },
    data: [
      'Protein to creatinine ratio {0.42|0.8|1.2}.',
      'Platelets {168|142}, AST {28|46}, ALT {22|51}.',
      'Nonstress test reactive. Fetal heart rate baseline {130|140}s with moderate variability.',
    ],
    diagnoses: [
      'Preeclampsia without severe features',
      'Preeclampsia with severe features',
      'Gestational hypertension',
      'Intrauterine pregnancy at {34|36|37} weeks',
    ],
    plan: [
      'Admit to labor and delivery.',
      'Magnesium sulfate for seizure prophylaxis.',
      'Labetalol for blood pressure over 160/110.',
      'Induction of labor {at 37 weeks|now}.',
      'Continuous fetal monitoring.',
    ],
    course: [
      'Labor was induced with misoprostol and oxytocin.',
      'Delivered a viable {male|female} infant by {spontaneous vaginal delivery|cesarean section for arrest of dilation}, Apgars {8|9} and 9.',
      'Blood pressures were controlled on oral labetalol postpartum.',
    ],
    edCourse: ['OB called to evaluate in triage.'],
    followUp: [
      'Postpartum visit at {six|two} weeks; blood pressure {124/78|132/84} off medication.',
      'Prenatal visit at {24|28|32} weeks; fetal movement active, no contractions.',
    ],
  },
  {
    specialty: 'gynecology',
    service: ['Gynecology', 'OB/GYN', "Women's Health"],
    settings: ['outpatient'],
    sex: 'female',
    ages: [30, 58],
    complaint: ['heavy periods', 'pelvic pain', 'abnormal uterine bleeding', 'irregular bleeding'],
    pmh: ['uterine fibroids', 'iron deficiency anemia', 'endometriosis'],
    hpi: [
      '{He} reports {heavy menses lasting 8 to 10 days|bleeding between periods|periods every two weeks} for the past {six months|year}.',
      '{He} changes a pad {every hour|every two hours} on the heaviest days and passes clots.',
      'Associated with {fatigue|pelvic pressure|cramping pain}.',
      'Last Pap smear {two years ago, normal|three years ago}.',
    ],
    exam: {
      gu: [
        'Uterus enlarged to {12|14}-week size, irregular contour, mobile.',
        'Normal external genitalia; cervix without lesions; uterus normal size.',
      ],
    },
    data: [
      'Hemoglobin {9.4|10.2} with low ferritin.',
      'Pelvic ultrasound: multiple fibroids, largest {4.2|5.6} cm intramural.',
      'Urine pregnancy test negative.',
    ],
    diagnoses: [
      'Menorrhagia',
      'Symptomatic uterine fibroids',
      'Abnormal uterine bleeding',
      'Iron deficiency anemia',
    ],
    plan: [
      'Endometrial biopsy performed today.',
      'Start oral iron.',
      'Options discussed including levonorgestrel IUD, tranexamic acid, and hysterectomy.',
      'Return in {4|6} weeks to review the biopsy.',
    ],
    followUp: [
      'Bleeding is lighter with tranexamic acid.',
      'Endometrial biopsy showed benign proliferative endometrium.',
    ],
  },
  {
    specialty: 'pediatrics',
    service: ['Pediatrics', 'Pediatric Medicine'],
    settings: ['outpatient', 'ed'],
    ages: [1, 12],
    complaint: ['ear pain', 'fever', 'ear pulling and fever', 'sore throat'],
    hpi: [
      '{He} has had {two|three} days of {nasal congestion and cough|sore throat} followed by {ear pain|fever to 102.4} since last night.',
      '{His} {mother|father} reports {he} has been {fussy|pulling at {his} {side} ear|not eating well} but is drinking fluids.',
      'Immunizations are up to date. No sick contacts {except a sibling with a cold|at daycare}.',
    ],
    exam: {
      heent: [
        '{Side} tympanic membrane erythematous and bulging with loss of landmarks.',
        'Tonsils enlarged with exudate; tender anterior cervical nodes.',
      ],
      general: ['Well-appearing, playful, well hydrated.'],
    },
    data: ['Rapid strep {positive|negative}.'],
    diagnoses: [
      'Acute otitis media, {side} ear',
      'Streptococcal pharyngitis',
      'Viral upper respiratory infection',
    ],
    plan: [
      'Amoxicillin {80|90} mg/kg/day divided twice daily for 10 days.',
      'Acetaminophen or ibuprofen for fever and pain by weight.',
      'Return if not improving in 48 to 72 hours.',
    ],
    edCourse: ['Ibuprofen given for fever; tolerated oral fluids.'],
    followUp: ['Ear recheck: effusion resolving.'],
  },
  {
    specialty: 'pediatrics',
    service: ['Pediatrics'],
    settings: ['outpatient'],
    ages: [2, 16],
    complaint: ['well-child visit', 'annual physical', 'school physical', 'sports physical'],
    hpi: [
      '{He} is here for a {routine well-child check|school physical|sports preparticipation exam} with {his} {mother|father|grandmother}.',
      'Eating a varied diet; {drinks milk daily|picky eater per parent}. Sleeps {9|10} hours a night.',
      '{He} is in {first|third|sixth|eighth} grade and doing {well|okay} in school.',
      'Development appropriate for age. No concerns today.',
    ],
    exam: {
      general: ['Well-appearing, interactive, growth tracking along the {50th|75th|25th} percentile.'],
    },
    data: ['Hearing and vision screening passed.'],
    diagnoses: ['Well child examination', 'Routine child health examination'],
    plan: [
      'Vaccines per schedule given today.',
      'Anticipatory guidance: car seat or seat belt, screen time, helmet use.',
      'Return in one year.',
    ],
  },
  {
    specialty: 'pediatrics',
    service: ['Pediatrics', 'Pediatric Hospital Medicine'],
    settings: ['inpatient', 'ed'],
    ages: [1, 10],
    complaint: ['breathing fast', 'cough and wheezing', 'trouble breathing'],
    pmh: ['reactive airway disease', 'born at term, no NICU stay'],
    hpi: [
      '{He} has had {three|four} days of cough and runny nose with increasing work of breathing today.',
      '{His} {mother|father} noticed {him} {breathing fast|sucking in between the ribs} and {drinking less|having fewer wet diapers}.',
      'Sick contacts at daycare.',
    ],
    exam: {
      lungs: ['Subcostal retractions, diffuse wheezes and crackles, respiratory rate {48|56}.'],
      general: ['Tired but consolable.'],
    },
    data: [
      'Respiratory viral panel positive for {RSV|rhinovirus|influenza A}.',
      'Oxygen saturation {88|90}% on room air.',
    ],
    diagnoses: ['Bronchiolitis', 'Acute asthma exacerbation', 'Viral pneumonia'],
    plan: [
      'Supplemental oxygen by nasal cannula to keep saturation above 90%.',
      'Nasal suctioning as needed.',
      'Maintenance IV fluids if not drinking.',
      'Albuterol trial.',
    ],
    course: [
      'Oxygen was weaned off by hospital day {2|3} and oral intake improved.',
      '{He} was discharged home with {his} parents.',
    ],
    edCourse: ['Nasal suctioning and a trial of albuterol with little change.'],
  },
  {
    specialty: 'endocrinology',
    service: ['Endocrinology', 'Internal Medicine'],
    settings: ['outpatient'],
    ages: [25, 85],
    complaint: ['diabetes follow-up', 'high blood sugars', 'thyroid nodule', 'fatigue and weight gain'],
    pmh: ['type 2 diabetes mellitus', 'hypertension', 'hyperlipidemia', 'hypothyroidism'],
    hpi: [
      '{He} returns for follow-up of type 2 diabetes diagnosed {five|ten|fifteen} years ago.',
      'Home glucose readings are {150s to 200s fasting|mostly in the 120s|up to 300 after meals}.',
      '{He} takes metformin {1000 mg twice daily|500 mg twice daily}{ and insulin glargine 24 units nightly|}.',
      '{He} reports {tingling in both feet|no hypoglycemia|polyuria and polydipsia}.',
    ],
    exam: {
      ext: ['Monofilament sensation {intact|diminished} bilaterally; no foot ulcers; pedal pulses 2+.'],
      neck: ['Thyroid normal size, no nodules.', 'Palpable {1.5|2} cm nodule in the right thyroid lobe.'],
    },
    data: [
      'Hemoglobin A1c {7.2|8.4|9.6}% (previous {7.8|8.9}%).',
      'Urine microalbumin {normal|elevated at 62 mg/g}.',
      'TSH {2.3|6.8}.',
    ],
    diagnoses: [
      'Type 2 diabetes mellitus {with hyperglycemia|without complications|with peripheral neuropathy}',
      'Hypothyroidism',
      'Thyroid nodule',
    ],
    plan: [
      'Add {empagliflozin 10 mg daily|semaglutide weekly|sitagliptin 100 mg daily}.',
      'Diabetic eye exam referral.',
      'Continue statin and ACE inhibitor.',
      'Repeat A1c in 3 months.',
    ],
    followUp: ['A1c improved to {6.9|7.3}% since starting the new medication.'],
  },
  {
    specialty: 'endocrinology',
    service: ['Endocrinology', 'Internal Medicine', 'Critical Care'],
    settings: ['inpatient', 'ed'],
    ages: [12, 60],
    complaint: [
      'vomiting and high blood sugar',
      'abdominal pain and vomiting',
      'confusion and high blood sugar',
    ],
    pmh: ['type 1 diabetes mellitus'],
    hpi: [
      '{He} has type 1 diabetes on an insulin pump and developed nausea, vomiting and abdominal pain {yesterday|overnight}.',
      '{His} meter read "HIGH" at home. {He} {had a pump site failure|ran out of insulin|has had a viral illness this week}.',
      'Polyuria and polydipsia for two days.',
    ],
    exam: { general: ['Ill-appearing, dry mucous membranes, Kussmaul respirations, fruity breath.'] },
    data: [
      'Glucose {486|612|540}, bicarbonate {8|11}, anion gap {24|28}, beta-hydroxybutyrate {6.2|7.8}.',
      'Venous pH {7.08|7.15}. Potassium {5.4|4.9}.',
    ],
    diagnoses: ['Diabetic ketoacidosis', 'Type 1 diabetes mellitus with ketoacidosis'],
    plan: [
      'Insulin infusion per DKA protocol.',
      'IV fluids with dextrose once glucose is under 250.',
      'Potassium replacement; BMP every 2 hours.',
      'Transition to subcutaneous insulin once the gap closes.',
      'Diabetes education.',
    ],
    course: [
      'Treated in the ICU with an insulin infusion; anion gap closed within {14|18} hours.',
      'Transitioned to basal-bolus insulin and then back to the pump before discharge.',
    ],
    edCourse: ['Insulin infusion started; 2 liters normal saline given.'],
  },
  {
    specialty: 'infectious disease',
    service: ['Infectious Disease', 'Internal Medicine', 'Wound Care'],
    settings: ['inpatient', 'ed', 'outpatient'],
    ages: [20, 90],
    complaint: ['leg redness and swelling', 'red painful leg', 'skin infection'],
    pmh: ['type 2 diabetes mellitus', 'venous insufficiency', 'obesity'],
    hpi: [
      '{He} noticed redness of the {side} lower leg {three|four} days ago that has spread despite {oral cephalexin|warm compresses}.',
      'The leg is painful, warm and swollen; fever to {100.9|101.8} F last night.',
      '{He} {scraped {his} shin on a step|has a fissure between the toes|does not recall an injury}.',
    ],
    exam: {
      skin: [
        'Erythema, warmth and tenderness of the {side} lower leg from the ankle to the mid-shin; margins marked with a pen. No fluctuance.',
      ],
    },
    data: ['WBC {11.8|13.2}. Blood cultures no growth.', 'Venous duplex negative for DVT.'],
    diagnoses: ['Cellulitis of the {side} lower extremity', 'Nonpurulent cellulitis'],
    plan: [
      'Cefazolin 2 g IV every 8 hours.',
      'Elevate the leg.',
      'Transition to oral cephalexin when improving.',
      'Treat tinea pedis.',
    ],
    course: [
      'Erythema receded from the marked margins within {48|72} hours of IV cefazolin.',
      'Discharged on oral cephalexin to complete 7 days.',
    ],
    edCourse: ['First dose of cefazolin given; margins marked.'],
    followUp: ['Redness has resolved; completed antibiotics.'],
  },
  {
    specialty: 'oncology',
    service: ['Hematology/Oncology', 'Oncology', 'Medical Oncology'],
    settings: ['outpatient', 'inpatient'],
    ages: [35, 88],
    complaint: ['follow-up on chemotherapy', 'fever during chemotherapy', 'new cancer diagnosis'],
    pmh: [
      'stage III colon adenocarcinoma',
      'breast cancer',
      'non-small cell lung cancer',
      'diffuse large B-cell lymphoma',
    ],
    hpi: [
      '{He} has {stage III colon adenocarcinoma|hormone receptor-positive breast cancer|diffuse large B-cell lymphoma} and is {on cycle {3|4|6} of adjuvant chemotherapy|two weeks after the last cycle}.',
      '{He} reports {fatigue and mild nausea|tingling in the fingertips|mouth sores} after the last infusion.',
      '{He} developed fever to {101.2|102} F at home {this morning|last night}.',
      'Weight stable. Appetite {fair|good}.',
    ],
    exam: { general: ['Thin, alert, no distress.'], skin: ['Port site clean without erythema.'] },
    data: [
      'Absolute neutrophil count {0.3|0.8|2.4}. Hemoglobin {9.8|10.6}. Platelets {98|156}.',
      'CEA {2.1|4.8}.',
      'Restaging CT shows no evidence of disease.',
    ],
    diagnoses: [
      'Neutropenic fever',
      'Colon adenocarcinoma, stage III, on adjuvant chemotherapy',
      'Chemotherapy-induced peripheral neuropathy',
      'Breast cancer',
    ],
    plan: [
      'Cefepime 2 g IV every 8 hours.',
      'Proceed with cycle {4|5} as scheduled; dose-reduce oxaliplatin for neuropathy.',
      'Growth factor support.',
      'Return in 2 weeks with labs.',
    ],
    course: ['Started on cefepime; cultures remained negative and counts recovered by day {3|4}.'],
    followUp: ['Tolerated the last cycle with grade 1 nausea only.'],
  },
  {
    specialty: 'psychiatry',
    service: ['Psychiatry', 'Behavioral Health', 'Consultation-Liaison Psychiatry'],
    settings: ['outpatient', 'inpatient', 'ed'],
    ages: [16, 80],
    complaint: ['depression', 'low mood', 'anxiety', 'medication management'],
    pmh: ['major depressive disorder', 'generalized anxiety disorder', 'insomnia'],
    hpi: [
      '{He} reports {several months|six weeks} of low mood, poor sleep, low energy and loss of interest in {hobbies|work|friends}.',
      '{He} {denies suicidal ideation, intent or plan|reports passive thoughts of death without plan or intent}.',
      'Stressors include {a recent divorce|loss of a job|caring for a sick parent|chronic pain}.',
      'Depression screening score today {14|19|22}.',
    ],
    exam: {
      psych: [
        'Mood "down"; affect constricted; thought process linear; no psychosis; insight and judgment fair.',
        'Anxious affect, good eye contact, speech normal rate.',
      ],
    },
    data: ['TSH normal.'],
    diagnoses: [
      'Major depressive disorder, {single|recurrent} episode, {moderate|severe}',
      'Generalized anxiety disorder',
      'Adjustment disorder with depressed mood',
    ],
    plan: [
      'Start sertraline 50 mg daily.',
      'Referral for cognitive behavioral therapy.',
      'Safety plan reviewed; crisis line number given.',
      'Follow up in 4 weeks.',
    ],
    course: ['Started on sertraline and participated in group therapy; mood improved.'],
    edCourse: ['Psychiatry evaluated; the patient was medically cleared.'],
    followUp: ['Mood is {somewhat|much} better on sertraline; sleeping {six|seven} hours.'],
  },
  {
    specialty: 'nephrology',
    service: ['Nephrology'],
    settings: ['inpatient', 'outpatient'],
    ages: [40, 92],
    complaint: ['abnormal kidney function', 'decreased urine output', 'elevated creatinine'],
    pmh: ['chronic kidney disease stage 3', 'type 2 diabetes mellitus', 'hypertension'],
    hpi: [
      'Creatinine rose from {1.2|1.5} to {2.8|3.4} mg/dL over {two|three} days in the setting of {vomiting and diarrhea|recent IV contrast|starting ibuprofen for back pain}.',
      'Urine output has been {low|about 400 mL a day}.',
      '{He} takes {lisinopril and hydrochlorothiazide|losartan and furosemide}.',
    ],
    exam: { general: ['Dry mucous membranes.'], ext: ['No edema.'] },
    data: [
      'Fractional excretion of sodium {0.6|2.4}%.',
      'Renal ultrasound: normal-sized kidneys without hydronephrosis.',
      'Potassium {5.6|5.1}, bicarbonate {18|20}.',
    ],
    diagnoses: [
      'Acute kidney injury',
      'Prerenal acute kidney injury',
      'Acute kidney injury on chronic kidney disease stage 3',
    ],
    plan: [
      'Hold ACE inhibitor, diuretic and NSAIDs.',
      'IV fluids and recheck BMP in the morning.',
      'Renally dose medications.',
      'Avoid further contrast.',
    ],
    course: ['Creatinine improved to {1.4|1.6} with fluids and holding nephrotoxins.'],
    followUp: ['Creatinine back to baseline at {1.3|1.4}.'],
  },
  {
    specialty: 'dermatology',
    service: ['Dermatology'],
    settings: ['outpatient'],
    ages: [18, 90],
    complaint: ['changing mole', 'skin lesion', 'rash', 'itchy rash'],
    pmh: ['actinic keratoses', 'basal cell carcinoma', 'psoriasis'],
    hpi: [
      '{He} noticed {a mole on the back that has grown|a scaly spot on the nose that bleeds|an itchy rash on the elbows and knees} over the past {few months|year}.',
      '{He} has a history of {significant sun exposure as a lifeguard|blistering sunburns as a child|eczema}.',
    ],
    exam: {
      skin: [
        '{6|8} mm irregularly pigmented macule with asymmetric borders on the {upper back|left shoulder}.',
        'Pearly papule with telangiectasia on the {nasal ala|left cheek}.',
        'Well-demarcated erythematous plaques with silvery scale on the extensor elbows and knees.',
      ],
    },
    data: [],
    diagnoses: [
      'Atypical nevus, rule out melanoma',
      'Basal cell carcinoma, suspected',
      'Plaque psoriasis',
      'Seborrheic keratosis',
    ],
    plan: [
      'Shave biopsy performed after informed consent.',
      'Triamcinolone 0.1% ointment twice daily.',
      'Sun protection counseling.',
      'Full skin exam yearly.',
    ],
    followUp: ['Biopsy results reviewed.'],
  },
  {
    specialty: 'cardiology',
    service: ['Cardiology', 'Internal Medicine'],
    settings: ['inpatient', 'ed'],
    ages: [55, 95],
    complaint: ['passing out', 'syncope', 'fainting spell', 'near-fainting'],
    pmh: ['hypertension', 'aortic stenosis', 'benign prostatic hyperplasia'],
    hpi: [
      '{He} {stood up from the dinner table|got up at night to urinate|was walking in the parking lot} and {felt lightheaded and|without warning} lost consciousness for {a few seconds|about a minute}.',
      'No tongue biting, incontinence or post-event confusion.',
      '{He} recently started {tamsulosin|a new blood pressure medication}.',
      '{He} struck {his} {forehead|shoulder} on the floor.',
    ],
    exam: {
      heart: [
        'Harsh crescendo-decrescendo systolic murmur at the right upper sternal border.',
        'Regular rate and rhythm, no murmur.',
      ],
      general: ['Orthostatic: blood pressure drops from {138/76|142/80} lying to {104/62|110/66} standing.'],
    },
    data: [
      'ECG: sinus rhythm with first-degree AV block.',
      'Troponin negative. Hemoglobin normal.',
      'Telemetry without arrhythmia.',
    ],
    diagnoses: ['Syncope, likely orthostatic', 'Vasovagal syncope', 'Syncope and collapse'],
    plan: [
      'Telemetry monitoring overnight.',
      'Orthostatic vital signs.',
      'Echocardiogram.',
      'Stop tamsulosin.',
      'Fall precautions.',
    ],
    course: [
      'Telemetry showed no arrhythmia and echocardiogram showed {mild|moderate} aortic stenosis.',
      'Orthostatic hypotension improved after stopping the new medication.',
    ],
    edCourse: ['Orthostatics positive; 1 liter of saline given.'],
  },
  {
    specialty: 'otolaryngology',
    service: ['Otolaryngology', 'ENT'],
    settings: ['outpatient'],
    ages: [4, 75],
    complaint: ['recurrent sore throats', 'chronic nasal congestion', 'snoring', 'hearing loss'],
    pmh: ['allergic rhinitis', 'recurrent tonsillitis'],
    hpi: [
      '{He} has had {seven|eight} episodes of tonsillitis in the past year, {three|four} confirmed as strep.',
      '{He} {snores loudly with pauses in breathing|has had nasal obstruction for years|misses school with each episode}.',
      '{He} has tried {nasal steroid sprays|saline rinses} without much relief.',
    ],
    exam: {
      heent: [
        'Tonsils 3+, cryptic. Septum deviated to the {side}; turbinates hypertrophied.',
        'Tympanic membranes intact, mobile.',
      ],
    },
    data: ['Audiogram: {normal hearing|mild high-frequency sensorineural loss}.'],
    diagnoses: [
      'Recurrent acute tonsillitis',
      'Chronic rhinosinusitis',
      'Deviated nasal septum',
      'Obstructive sleep-disordered breathing',
    ],
    plan: [
      'Tonsillectomy{ with adenoidectomy|}; risks including bleeding discussed.',
      'Continue nasal steroid spray.',
      'CT sinuses if not improving.',
    ],
    followUp: ['Two weeks after tonsillectomy; eating well, no bleeding.'],
  },
];
