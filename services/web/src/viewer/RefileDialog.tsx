import { useEffect, useId, useRef, useState } from 'react';
import type { KeyboardEvent } from 'react';
import type { DocumentView, IdentifierKind, PatientView, ReviewActionResult } from '@chartroom/api-contract';
import { errorText, refileDocument } from '../api';
import { keepFocusInside } from '../common/focusTrap';
import { formatDate, formatSex } from '../common/format';
import { PatientPicker } from '../common/PatientPicker';

const KINDS: IdentifierKind[] = ['mrn', 'name', 'birthDate'];

const CHECK_LABEL: Record<IdentifierKind, string> = {
  mrn: 'I checked the MRN on the page',
  name: 'I checked the name on the page',
  birthDate: 'I checked the date of birth on the page',
};

/** The API's limits on the reason (it keeps the trimmed text). */
const REASON_MIN = 3;
const REASON_MAX = 500;

function valueOf(patient: PatientView, kind: IdentifierKind): string {
  switch (kind) {
    case 'mrn':
      return patient.mrn;
    case 'name':
      return patient.name;
    case 'birthDate':
      return formatDate(patient.birthDate);
  }
}

interface Props {
  document: DocumentView;
  onDone: (result: ReviewActionResult, patient: PatientView) => void;
  onCancel: () => void;
}

/**
 * "Filed in error": a clerk files a filed document to the right patient. Like assigning in
 * review, the clerk checks at least two identifiers on the page against the chosen patient,
 * and says why. Escape cancels; focus stays inside while it is open.
 */
export function RefileDialog({ document: view, onDone, onCancel }: Props) {
  const titleId = useId();
  const descriptionId = useId();
  const reasonId = useId();
  const blockerId = useId();
  const dialogRef = useRef<HTMLDivElement>(null);
  const searchRef = useRef<HTMLInputElement>(null);
  const [chosen, setChosen] = useState<PatientView | null>(null);
  const [confirmed, setConfirmed] = useState<ReadonlySet<IdentifierKind>>(new Set());
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    const previous = window.document.activeElement;
    searchRef.current?.focus();
    return () => {
      if (previous instanceof HTMLElement && previous.isConnected) previous.focus();
    };
    // Focus once, when the dialog opens.
  }, []);

  // The button that had focus is disabled while the request runs: keep focus in the dialog.
  useEffect(() => {
    if (error) dialogRef.current?.focus();
  }, [error]);

  const current = view.patient;
  const trimmed = reason.trim();
  const blocker = !chosen
    ? 'Search for the right patient and choose them.'
    : confirmed.size < 2
      ? 'Compare the page with the chosen patient and tick at least two checks.'
      : trimmed.length < REASON_MIN
        ? `Say why the filing was in error (at least ${REASON_MIN} characters).`
        : null;
  const canSubmit = blocker === null && !busy;

  const choose = (patient: PatientView): void => {
    if (patient.mrn === current?.mrn) return;
    // The checks were made against one patient: choosing another starts them again.
    if (patient.mrn !== chosen?.mrn) setConfirmed(new Set());
    setChosen(patient);
    setError(null);
  };

  const toggle = (kind: IdentifierKind): void => {
    setConfirmed((previous) => {
      const next = new Set(previous);
      if (next.has(kind)) next.delete(kind);
      else next.add(kind);
      return next;
    });
  };

  const submit = async (): Promise<void> => {
    if (!chosen || !canSubmit) return;
    setBusy(true);
    setError(null);
    try {
      const result = await refileDocument(view.documentId, {
        mrn: chosen.mrn,
        confirmed: KINDS.filter((kind) => confirmed.has(kind)),
        reason: trimmed,
      });
      onDone(result, chosen);
    } catch (failure) {
      setError(failure);
      setBusy(false);
    }
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>): void => {
    // The viewer's shortcuts stay off while the dialog is open.
    event.stopPropagation();
    if (event.key === 'Escape') {
      event.preventDefault();
      if (!busy) onCancel();
      return;
    }
    keepFocusInside(event, dialogRef.current);
  };

  return (
    <div className="dialog-backdrop">
      <div
        ref={dialogRef}
        className="dialog dialog-refile"
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        aria-describedby={descriptionId}
        aria-busy={busy}
        tabIndex={-1}
        data-testid="refile-dialog"
        onKeyDown={onKeyDown}
      >
        <h2 id={titleId}>Filed in error: file to another patient</h2>
        <p id={descriptionId}>
          {current ? (
            <>
              Filed now to <span className="strong">{current.name}</span>{' '}
              <span className="mono">MRN {current.mrn}</span>{' '}
              <span className="mono">DOB {formatDate(current.birthDate)}</span>.{' '}
            </>
          ) : null}
          The document moves to the patient you choose. The filing in error stays in the document’s history,
          with your reason.
        </p>

        <PatientPicker
          title="The right patient"
          headingLevel={3}
          chosenMrn={chosen?.mrn ?? null}
          disabled={busy}
          inputRef={searchRef}
          onChoose={choose}
          excluded={current ? { mrn: current.mrn, label: 'Filed here now' } : null}
          testIds={{
            input: 'refile-patient-search',
            results: 'refile-patient-results',
            choose: (mrn) => `refile-choose-${mrn}`,
          }}
        />

        {chosen ? (
          <section
            className="card card-assign refile-chosen"
            aria-label="File to"
            data-testid="refile-chosen"
          >
            <p className="assign-patient">
              File to <span className="strong">{chosen.name}</span>{' '}
              <span className="mono">MRN {chosen.mrn}</span>{' '}
              <span className="mono">DOB {formatDate(chosen.birthDate)}</span> {formatSex(chosen.sex)}
            </p>
            <fieldset className="checks" disabled={busy}>
              <legend>Compare with the page, then tick at least two</legend>
              {KINDS.map((kind) => (
                <label key={kind} className="check">
                  <input
                    type="checkbox"
                    checked={confirmed.has(kind)}
                    onChange={() => toggle(kind)}
                    data-testid={`refile-confirm-${kind}`}
                  />
                  <span>
                    {CHECK_LABEL[kind]}: <span className="mono strong">{valueOf(chosen, kind)}</span>
                  </span>
                </label>
              ))}
            </fieldset>
          </section>
        ) : null}

        <div className="field refile-reason">
          <label htmlFor={reasonId}>Why was the filing in error? (kept in the record)</label>
          <textarea
            id={reasonId}
            rows={3}
            required
            maxLength={REASON_MAX}
            disabled={busy}
            value={reason}
            onChange={(event) => setReason(event.target.value)}
            data-testid="refile-reason"
          />
        </div>

        {error ? (
          <p className="banner banner-danger" role="alert" data-testid="refile-error">
            {errorText(error)}
          </p>
        ) : null}
        {blocker ? (
          <p id={blockerId} className="muted small" data-testid="refile-blocker">
            {blocker}
          </p>
        ) : null}

        <div className="dialog-buttons">
          <button type="button" disabled={busy} onClick={onCancel} data-testid="refile-cancel">
            Cancel <kbd>Esc</kbd>
          </button>
          <button
            type="button"
            className="primary"
            disabled={!canSubmit}
            aria-describedby={blocker ? blockerId : undefined}
            onClick={() => void submit()}
            data-testid="refile-submit"
          >
            {busy ? 'Re-filing…' : chosen ? `Re-file to ${chosen.name}` : 'Re-file'}
          </button>
        </div>
      </div>
    </div>
  );
}
