import { readFile } from 'node:fs/promises';
import { Client } from '@elastic/elasticsearch';

/** The repo's index templates, one JSON file each under infra/elasticsearch/. */
const TEMPLATE_DIR = new URL('../../../infra/elasticsearch/', import.meta.url);

export type IndexKind = 'documents' | 'patients' | 'audit';
export const INDEX_KINDS: IndexKind[] = ['documents', 'patients', 'audit'];

export function createElasticClient(url: string): Client {
  return new Client({ node: url, requestTimeout: 30_000, maxRetries: 3 });
}

export function indexName(prefix: string, kind: IndexKind): string {
  return `${prefix}-${kind}`;
}

/**
 * Installs each index template for this prefix, creates the index if missing and adds new fields
 * to an existing one. Idempotent: every process calls it at start.
 */
export async function ensureIndices(client: Client, prefix: string): Promise<void> {
  for (const kind of INDEX_KINDS) {
    const name = indexName(prefix, kind);
    const file = JSON.parse(await readFile(new URL(`${kind}.index-template.json`, TEMPLATE_DIR), 'utf8')) as {
      template: { mappings: { properties: Record<string, never> } };
    };
    await client.indices.putIndexTemplate({
      name,
      index_patterns: [name],
      template: file.template,
      _meta: { managedBy: 'chartroom' },
    });
    if (!(await client.indices.exists({ index: name }))) {
      try {
        await client.indices.create({ index: name });
        continue;
      } catch (error) {
        // Another process created it between exists() and create().
        if (!String(error).includes('resource_already_exists_exception')) throw error;
      }
    }
    // An index made by an older release gains the fields added since (adding is always allowed;
    // a changed field type would fail here, loudly, and needs a reindex).
    await client.indices.putMapping({ index: name, properties: file.template.mappings.properties });
  }
}
