import { z } from 'zod';

/** Queues a worker process can serve; CHARTROOM_WORKER_ROLES picks among them. */
export const WORKER_ROLES = ['intake', 'ocr', 'segment', 'file', 'summarise'] as const;
export type WorkerRole = (typeof WORKER_ROLES)[number];

const csv = (value: string) =>
  value
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part.length > 0);

const booleanFlag = z
  .enum(['true', 'false', '1', '0'])
  .transform((value) => value === 'true' || value === '1');

const regexString = z.string().refine((pattern) => {
  try {
    new RegExp(pattern);
    return true;
  } catch {
    return false;
  }
}, 'a valid regular expression');

/**
 * Every environment variable Chartroom reads, in one place. README "Configuration" lists them.
 * Defaults suit the local services that `chartroom up` starts.
 */
export const configSchema = z.object({
  CHARTROOM_REDIS_URL: z.url().default('redis://127.0.0.1:6379'),
  CHARTROOM_QUEUE_PREFIX: z
    .string()
    .regex(/^[a-z0-9-]+$/, 'lower-case letters, digits and dashes')
    .default('chartroom'),

  CHARTROOM_S3_ENDPOINT: z.url().optional(),
  CHARTROOM_S3_REGION: z.string().min(1).default('us-east-1'),
  CHARTROOM_S3_ACCESS_KEY_ID: z.string().min(1).default('S3RVER'),
  CHARTROOM_S3_SECRET_ACCESS_KEY: z.string().min(1).default('S3RVER'),
  CHARTROOM_S3_BUCKET: z
    .string()
    .regex(/^[a-z0-9][a-z0-9.-]{2,62}$/, 'an S3 bucket name')
    .default('chartroom'),
  CHARTROOM_S3_FORCE_PATH_STYLE: booleanFlag.default(true),

  CHARTROOM_ES_URL: z.url().default('http://127.0.0.1:9200'),
  CHARTROOM_ES_INDEX_PREFIX: z
    .string()
    .regex(/^[a-z0-9][a-z0-9-]*$/, 'lower-case letters, digits and dashes')
    .default('chartroom'),

  CHARTROOM_API_HOST: z.string().default('127.0.0.1'),
  CHARTROOM_API_PORT: z.coerce.number().int().min(1).max(65535).default(8080),
  CHARTROOM_API_URL: z.url().default('http://127.0.0.1:8080'),

  CHARTROOM_WORKER_ROLES: z
    .string()
    .default('all')
    .transform((value, ctx): WorkerRole[] => {
      if (value.trim() === 'all') return [...WORKER_ROLES];
      const roles = csv(value);
      const unknown = roles.filter((role) => !(WORKER_ROLES as readonly string[]).includes(role));
      if (unknown.length > 0 || roles.length === 0) {
        ctx.addIssue({
          code: 'custom',
          message: `unknown role(s) ${unknown.join(', ') || '(none)'}; use "all" or some of ${WORKER_ROLES.join(', ')}`,
        });
        return z.NEVER;
      }
      return roles as WorkerRole[];
    }),
  /** Tesseract workers in the OCR pool; 0 means one per core. */
  CHARTROOM_OCR_WORKERS: z.coerce.number().int().min(0).max(64).default(0),
  CHARTROOM_OCR_LANGUAGES: z.string().default('eng').transform(csv),
  /** Page clean-up before OCR; each step can be switched off. */
  CHARTROOM_CLEAN_ORIENTATION: booleanFlag.default(true),
  CHARTROOM_CLEAN_DESKEW: booleanFlag.default(true),
  CHARTROOM_CLEAN_BLANK_PAGES: booleanFlag.default(true),
  /** The resolution pages are resampled to for OCR; 0 reads each page at its own resolution. */
  CHARTROOM_OCR_DPI: z.coerce.number().int().min(0).max(600).default(300),
  /** A page read with a lower mean OCR confidence sends its document to review, the page marked. */
  CHARTROOM_MIN_PAGE_CONFIDENCE: z.coerce.number().min(0).max(100).default(55),
  CHARTROOM_INBOX_POLL_MS: z.coerce.number().int().min(200).default(2000),
  /** Bearer token for POST /v1/inbox/events (S3 event notifications); unset disables the route. */
  CHARTROOM_INBOX_WEBHOOK_TOKEN: z.string().min(16, 'at least 16 characters').optional(),
  CHARTROOM_JOB_ATTEMPTS: z.coerce.number().int().min(1).max(20).default(4),

  CHARTROOM_RASTER_DPI: z.coerce.number().int().min(100).max(600).default(300),
  CHARTROOM_MAX_FILE_BYTES: z.coerce
    .number()
    .int()
    .positive()
    .default(512 * 1024 * 1024),
  CHARTROOM_MAX_PAGES_PER_FILE: z.coerce.number().int().positive().default(2000),
  /** Largest image accepted, in pixels, checked from the header before decoding. */
  CHARTROOM_MAX_IMAGE_PIXELS: z.coerce.number().int().positive().default(200_000_000),

  /** How an MRN looks when printed on a page (the first capture group is the MRN). */
  CHARTROOM_MRN_PATTERN: regexString.default('\\bMRN[\\s:;#.]*([0-9]{6,10})\\b'),
  CHARTROOM_FHIR_MRN_SYSTEM: z.string().min(1).default('urn:chartroom:mrn'),
  /** In HL7 v2 PID-3, the identifier type code (CX.5) of the MRN. */
  CHARTROOM_HL7_MRN_TYPE: z.string().min(1).default('MR'),
  /** In HL7 v2 PID-3, the assigning authority (CX.4) of the MRN, when several authorities issue MRs. */
  CHARTROOM_HL7_MRN_AUTHORITY: z.string().min(1).optional(),
  /** Identifiers read with a lower OCR confidence than this cannot decide a match. */
  CHARTROOM_MIN_OCR_CONFIDENCE: z.coerce.number().min(0).max(100).default(60),
  /** The least Fellegi–Sunter match weight (bits) that may file a document automatically. */
  CHARTROOM_MATCH_FILE_THRESHOLD: z.coerce.number().min(0).default(24),
  /** How many bits the best candidate must lead the runner-up by; closer goes to review. */
  CHARTROOM_MATCH_MARGIN: z.coerce.number().min(0).default(12),
  /** A 1D patient label's payload: the MRN alone. */
  CHARTROOM_BARCODE_MRN_PATTERN: regexString.default('^[0-9]{6,10}$'),
  /** The Code 39 text of a separator sheet (patch code T). */
  CHARTROOM_BARCODE_SEPARATOR_TEXT: z.string().min(1).default('PATCHT'),

  /** A JSON file replacing the built-in document types ([{ key, loinc, display, aliases }]). */
  CHARTROOM_DOCUMENT_TYPES_FILE: z.string().min(1).optional(),
  /** Calibrated confidence below which a document type goes to a clerk; unset: the model's own threshold. */
  CHARTROOM_CLASSIFY_MIN_CONFIDENCE: z.coerce.number().min(0).max(1).optional(),

  /** Who may sign in, with roles and password hashes; managed with `chartroom users`. Required by the API. */
  CHARTROOM_USERS_FILE: z.string().min(1).optional(),
  /** A signed-in session ends after this many idle minutes, and in any case after the maximum hours. */
  CHARTROOM_SESSION_IDLE_MINUTES: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 60)
    .default(30),
  CHARTROOM_SESSION_MAX_HOURS: z.coerce.number().int().min(1).max(72).default(12),
  /** Send the session cookie only over HTTPS (set true behind a TLS proxy). */
  CHARTROOM_COOKIE_SECURE: booleanFlag.default(false),
  /** How long a clerk's claim on a review item lasts without a renewal (the web page renews it each minute). */
  CHARTROOM_CLAIM_LEASE_SECONDS: z.coerce
    .number()
    .int()
    .min(30)
    .max(24 * 3600)
    .default(300),
  /** The built web application the API serves; default services/web/dist. */
  CHARTROOM_WEB_DIR: z.string().min(1).optional(),

  CHARTROOM_LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

export type Config = z.infer<typeof configSchema>;
