import type { ReactNode } from 'react';
import type { ReviewAction, ReviewItemDetail } from '@chartroom/api-contract';
import type { DialogInput } from '../common/ConfirmDialog';
import type { Shortcut } from '../common/HelpOverlay';

export const REVIEW_SHORTCUTS: Shortcut[] = [
  { keys: ['a'], does: 'Assign to the chosen patient (after two checks)' },
  { keys: ['1–9'], does: 'Choose candidate 1 to 9' },
  { keys: ['/'], does: 'Search for another patient' },
  { keys: ['t'], does: 'Set the document type (or go to the type list)' },
  { keys: ['s'], does: 'Split: this page and the ones after become a new document' },
  { keys: ['['], does: 'Merge with the previous document' },
  { keys: [']'], does: 'Merge with the next document' },
  { keys: ['m'], does: 'Move this page to another document' },
  { keys: ['b'], does: 'Mark this page blank' },
  { keys: ['x'], does: 'Send back for rescan' },
  { keys: ['→', 'PageDown'], does: 'Next page' },
  { keys: ['←', 'PageUp'], does: 'Previous page' },
  { keys: ['+'], does: 'Zoom in' },
  { keys: ['-'], does: 'Zoom out' },
  { keys: ['0'], does: 'Fit the page' },
  { keys: ['r'], does: 'Rotate the page' },
  { keys: ['Esc'], does: 'Release the item and go back to the queue' },
  { keys: ['?'], does: 'This help' },
];

export type DialogKind = 'split' | 'merge-previous' | 'merge-next' | 'move-page' | 'mark-blank' | 'rescan';

export interface DialogSpec {
  title: string;
  body: ReactNode;
  confirmLabel: string;
  input?: DialogInput;
  action: (value: string) => ReviewAction;
  done: string;
}

export function dialogSpec(kind: DialogKind, detail: ReviewItemDetail, page: number): DialogSpec {
  const last = detail.pages.length;
  switch (kind) {
    case 'split':
      return {
        title: `Split before page ${page}?`,
        body: (
          <p>
            Pages {page}–{last} become a new document; this one keeps pages 1–{page - 1}.
          </p>
        ),
        confirmLabel: 'Split',
        action: () => ({ action: 'split', atPage: page }),
        done: `Split before page ${page}`,
      };
    case 'merge-previous':
    case 'merge-next': {
      const side = kind === 'merge-previous' ? 'previous' : 'next';
      const other = detail.neighbours[side];
      return {
        title: `Merge with the ${side} document?`,
        body: (
          <p>
            This document and <span className="mono">{other}</span> (the {side} one in batch{' '}
            <span className="mono">{detail.batchId}</span>) become one document.
          </p>
        ),
        confirmLabel: 'Merge',
        action: () => ({ action: 'merge', with: side }),
        done: `Merged with the ${side} document`,
      };
    }
    case 'move-page':
      return {
        title: `Move page ${page} to another document`,
        body: <p>The page leaves this document and joins the one you name.</p>,
        confirmLabel: 'Move page',
        input: {
          label: 'Document id',
          placeholder: 'e.g. station1_batch7-d004',
          suggestions: [detail.neighbours.previous, detail.neighbours.next].filter(
            (id): id is string => id !== null,
          ),
        },
        action: (toDocumentId) => ({ action: 'move-page', page, toDocumentId }),
        done: `Moved page ${page}`,
      };
    case 'mark-blank':
      return {
        title: `Mark page ${page} as blank?`,
        body: <p>The page is left out of the document.</p>,
        confirmLabel: 'Mark blank',
        action: () => ({ action: 'mark-blank', page }),
        done: `Marked page ${page} blank`,
      };
    case 'rescan':
      return {
        title: 'Send back for rescan?',
        body: <p>The document leaves the queue and goes back to the scanning station.</p>,
        confirmLabel: 'Send for rescan',
        input: { label: 'Note for the station (what is wrong)', multiline: true },
        action: (note) => ({ action: 'rescan', note }),
        done: 'Sent back for rescan',
      };
  }
}
