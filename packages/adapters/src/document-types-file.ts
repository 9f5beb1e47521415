import { readFileSync } from 'node:fs';
import type { Config } from '@chartroom/config';
import { DEFAULT_DOCUMENT_TYPES, DocumentTypes } from '@chartroom/domain';
import { z } from 'zod';

const typesFileSchema = z
  .array(
    z.object({
      key: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'lower-case letters, digits and dashes'),
      loinc: z
        .string()
        .regex(/^\d{1,7}-\d$/, 'a LOINC code such as 18842-5')
        .nullable(),
      display: z.string().min(1),
      aliases: z.array(z.string().min(1)).default([]),
    }),
  )
  .min(1);

/** The hospital's document types (CHARTROOM_DOCUMENT_TYPES_FILE), or the built-in list. */
export function documentTypesFromConfig(config: Config): DocumentTypes {
  const file = config.CHARTROOM_DOCUMENT_TYPES_FILE;
  if (!file) return new DocumentTypes(DEFAULT_DOCUMENT_TYPES);
  const parsed = typesFileSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.success) {
    throw new Error(`CHARTROOM_DOCUMENT_TYPES_FILE ${file}: ${z.prettifyError(parsed.error)}`);
  }
  return new DocumentTypes(parsed.data);
}
