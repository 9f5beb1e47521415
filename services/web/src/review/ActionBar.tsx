export interface ActionAvailability {
  split: boolean;
  mergePrevious: boolean;
  mergeNext: boolean;
  movePage: boolean;
  markBlank: boolean;
  rescan: boolean;
}

interface Props {
  page: number;
  can: ActionAvailability;
  onSplit: () => void;
  onMergePrevious: () => void;
  onMergeNext: () => void;
  onMovePage: () => void;
  onMarkBlank: () => void;
  onRescan: () => void;
  onRelease: () => void;
}

/** The document-shaping actions; each asks for confirmation before it runs. */
export function ActionBar({ page, can, ...on }: Props) {
  return (
    <section className="card" aria-labelledby="actions-title">
      <h2 id="actions-title">Fix the document</h2>
      <div className="actions">
        <button type="button" disabled={!can.split} onClick={on.onSplit} data-testid="action-split">
          Split before page {page} <kbd>s</kbd>
        </button>
        <button
          type="button"
          disabled={!can.mergePrevious}
          onClick={on.onMergePrevious}
          data-testid="action-merge-previous"
        >
          Merge with previous <kbd>[</kbd>
        </button>
        <button
          type="button"
          disabled={!can.mergeNext}
          onClick={on.onMergeNext}
          data-testid="action-merge-next"
        >
          Merge with next <kbd>]</kbd>
        </button>
        <button type="button" disabled={!can.movePage} onClick={on.onMovePage} data-testid="action-move-page">
          Move page {page} to… <kbd>m</kbd>
        </button>
        <button
          type="button"
          disabled={!can.markBlank}
          onClick={on.onMarkBlank}
          data-testid="action-mark-blank"
        >
          Mark page {page} blank <kbd>b</kbd>
        </button>
        <button type="button" disabled={!can.rescan} onClick={on.onRescan} data-testid="action-rescan">
          Send back for rescan <kbd>x</kbd>
        </button>
        <button type="button" onClick={on.onRelease} data-testid="action-release">
          Release, back to queue <kbd>Esc</kbd>
        </button>
      </div>
    </section>
  );
}
