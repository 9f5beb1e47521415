import { pino, type DestinationStream, type Logger, type LoggerOptions } from 'pino';

/**
 * Field names that may carry patient data. Chartroom's own code logs references
 * (`document/<id>`), never these; redaction is the safety net for anything that slips through,
 * e.g. an error object carrying a parsed record.
 */
export const PATIENT_DATA_FIELDS = [
  'mrn',
  'patientMrn',
  'name',
  'family',
  'given',
  'birthDate',
  'dob',
  'address',
  'city',
  'postalCode',
  'phone',
  'text',
  'ocrText',
  'words',
  'identifiers',
  'candidates',
  'patient',
  'patients',
  'highlight',
  'query',
] as const;

/** Redact these fields at the top level and up to three levels deep. */
export function redactionPaths(fields: readonly string[] = PATIENT_DATA_FIELDS): string[] {
  return fields.flatMap((field) => [field, `*.${field}`, `*.*.${field}`, `*.*.*.${field}`]);
}

export const REDACTED = '[redacted]';

export function createLogger(
  options: { name: string; level?: LoggerOptions['level'] },
  destination?: DestinationStream,
): Logger {
  // No pino `name`: that key is redacted (it can be a patient's); `service` says who logs.
  const loggerOptions: LoggerOptions = {
    level: options.level ?? 'info',
    redact: { paths: redactionPaths(), censor: REDACTED },
    // Error messages can quote input; keep type and stack, which are code locations.
    serializers: { err: pino.stdSerializers.err },
    base: { service: options.name },
    timestamp: pino.stdTimeFunctions.isoTime,
  };
  const logger = destination ? pino(loggerOptions, destination) : pino(loggerOptions);
  return logger;
}

/** Routes Node's process warnings (e.g. deprecations) into the JSON log instead of plain stderr. */
export function logProcessWarnings(logger: Logger): void {
  process.removeAllListeners('warning');
  process.on('warning', (warning) =>
    logger.warn({ warning: warning.name }, warning.message.split('\n')[0] ?? ''),
  );
}

export type { Logger };
