import { useEffect, useState } from 'react';
import type { DocumentTypeView } from '@chartroom/api-contract';
import { getDocumentTypes } from '../api';

let cached: Promise<DocumentTypeView[]> | null = null;

/** The document types (fetched once per page load; [] until they arrive or on error). */
export function useDocumentTypes(): { types: DocumentTypeView[]; error: unknown } {
  const [types, setTypes] = useState<DocumentTypeView[]>([]);
  const [error, setError] = useState<unknown>(undefined);
  useEffect(() => {
    let active = true;
    cached ??= getDocumentTypes().then((answer) => answer.types);
    cached.then(
      (loaded) => {
        if (active) setTypes(loaded);
      },
      (failure: unknown) => {
        cached = null;
        if (active) setError(failure);
      },
    );
    return () => {
      active = false;
    };
  }, []);
  return { types, error };
}

export function typeDisplay(types: DocumentTypeView[], key: string | null): string {
  if (!key) return '—';
  return types.find((type) => type.key === key)?.display ?? key;
}
