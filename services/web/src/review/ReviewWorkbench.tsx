import { useRef, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import type {
  FieldAgreement,
  IdentifierKind,
  PatientView,
  ReviewAction,
  ReviewItemDetail,
} from '@chartroom/api-contract';
import { Conflict, postReviewAction } from '../api';
import { ConfirmDialog } from '../common/ConfirmDialog';
import { ErrorMessage } from '../common/ErrorMessage';
import { HelpOverlay } from '../common/HelpOverlay';
import { HighlightLegend } from '../common/HighlightLegend';
import { Marked } from '../common/Marked';
import { PageImage } from '../common/PageImage';
import { PatientPicker } from '../common/PatientPicker';
import { TYPE_UNCERTAIN } from '../common/reasons';
import { useDocumentTypes } from '../common/useDocumentTypes';
import type { Flash } from '../common/useFlash';
import { useFlash } from '../common/useFlash';
import { useHotkeys } from '../common/useHotkeys';
import { ZoomControls } from '../common/ZoomControls';
import { rotate, zoomIn, zoomOut } from '../common/zoom';
import type { Rotation, Zoom } from '../common/zoom';
import { ActionBar } from './ActionBar';
import { AssignmentBlock } from './AssignmentBlock';
import { CandidatesPanel } from './CandidatesPanel';
import { ClaimBanner } from './ClaimBanner';
import { DocTypePicker } from './DocTypePicker';
import { IdentifiersTable } from './IdentifiersTable';
import { KINDS, bestReads, localAgreement } from './identifiers';
import { ReasonsList } from './ReasonsList';
import { REVIEW_SHORTCUTS, dialogSpec } from './reviewDialogs';
import type { DialogKind } from './reviewDialogs';
import { ReviewTitle } from './ReviewTitle';
import { ThumbnailStrip } from './ThumbnailStrip';
import type { useClaim } from './useClaim';

interface Props {
  documentId: string;
  detail: ReviewItemDetail;
  claim: ReturnType<typeof useClaim>;
  loading: boolean;
  loadError: unknown;
  reload: () => void;
}

/** The clerk's workbench for one loaded review item: the page, the evidence, the decision. */
export function ReviewWorkbench({ documentId, detail, claim, loading, loadError, reload }: Props) {
  const navigate = useNavigate();
  const { types } = useDocumentTypes();

  const [pageIndex, setPageIndex] = useState(0);
  const [zoom, setZoom] = useState<Zoom>('fit');
  const [rotation, setRotation] = useState<Rotation>(0);
  const [chosen, setChosen] = useState<PatientView | null>(null);
  const [confirmed, setConfirmed] = useState<ReadonlySet<IdentifierKind>>(new Set());
  const [pickedType, setPickedType] = useState<string | null>(null);
  const [dialog, setDialog] = useState<DialogKind | null>(null);
  const [help, setHelp] = useState(false);
  const [busy, setBusy] = useState(false);
  const [actionError, setActionError] = useState<unknown>(null);
  const flash = useFlash();
  const [notice, setNotice] = useState<string | null>(flash);

  const searchRef = useRef<HTMLInputElement>(null);
  const typeRef = useRef<HTMLSelectElement>(null);
  const checksRef = useRef<HTMLDivElement>(null);

  const pages = detail.pages;
  const index = Math.min(pageIndex, Math.max(0, pages.length - 1));
  const current = pages[index];
  const held = claim.state.status === 'held';
  const inReview = detail.status === 'review';
  const canAct = held && inReview && !busy;

  const typeRequired = detail.reasons.some((reason) => reason.code === TYPE_UNCERTAIN);
  // When the type is in doubt the clerk picks it; otherwise the filed type stands.
  const selectedType = pickedType ?? (typeRequired ? '' : (detail.docType ?? ''));
  const canSetType = canAct && selectedType !== '' && (typeRequired || selectedType !== detail.docType);

  const reads = bestReads(detail.identifiers);
  const chosenCandidate = chosen ? detail.candidates.find((c) => c.patient.mrn === chosen.mrn) : undefined;
  const chosenFields: Record<IdentifierKind, FieldAgreement> | null = chosen
    ? (chosenCandidate?.fields ?? {
        mrn: localAgreement(chosen, 'mrn', reads.mrn),
        name: localAgreement(chosen, 'name', reads.name),
        birthDate: localAgreement(chosen, 'birthDate', reads.birthDate),
      })
    : null;

  const assignBlocker = !held
    ? 'You do not hold the claim on this item.'
    : !inReview
      ? `This document is no longer in review (${detail.status}).`
      : !chosen
        ? 'Choose the patient first.'
        : confirmed.size < 2
          ? 'Tick at least two of the three checks.'
          : typeRequired && selectedType === ''
            ? 'Choose the document type first.'
            : null;
  const canAssign = canAct && assignBlocker === null;

  const can = {
    split: canAct && current !== undefined && current.page > 1,
    mergePrevious: canAct && detail.neighbours.previous !== null,
    mergeNext: canAct && detail.neighbours.next !== null,
    movePage: canAct && current !== undefined,
    markBlank: canAct && current !== undefined,
    rescan: canAct,
  };

  const choose = (patient: PatientView): void => {
    if (!canAct) return;
    if (chosen?.mrn !== patient.mrn) setConfirmed(new Set());
    setChosen(patient);
    setNotice(null);
    // Straight to the checks: they are what stands between the clerk and a wrong filing.
    window.setTimeout(() => checksRef.current?.querySelector('input')?.focus(), 0);
  };

  const toggle = (kind: IdentifierKind): void => {
    setConfirmed((previous) => {
      const next = new Set(previous);
      if (next.has(kind)) next.delete(kind);
      else next.add(kind);
      return next;
    });
  };

  const run = async (action: ReviewAction, done: string): Promise<void> => {
    setBusy(true);
    setActionError(null);
    setNotice(null);
    try {
      const result = await postReviewAction(documentId, action);
      if (result.status !== 'review') {
        claim.markResolved();
        if (result.next) {
          const flash = `${done} — ${documentId} is ${result.status}. This is the next item.`;
          void navigate(`/review/${encodeURIComponent(result.next)}`, {
            state: { flash } satisfies Flash,
          });
        } else {
          const flash = `${done} — ${documentId} is ${result.status}. Queue is empty: nothing else is waiting for you.`;
          void navigate('/review', { state: { flash } satisfies Flash });
        }
        return;
      }
      const related =
        result.relatedDocumentIds.length > 0 ? ` (${result.relatedDocumentIds.join(', ')})` : '';
      setNotice(`${done}${related}. The item is still in review.`);
      setConfirmed(new Set());
      setPickedType(null);
      reload();
      setBusy(false);
    } catch (error) {
      setActionError(error);
      setBusy(false);
      if (error instanceof Conflict) claim.retry();
    }
  };

  const assign = (): void => {
    if (!chosen || !canAssign) return;
    const action: ReviewAction = {
      action: 'assign-patient',
      mrn: chosen.mrn,
      confirmed: KINDS.filter((kind) => confirmed.has(kind)),
    };
    // The type goes with the filing only when the clerk decided it (it then joins the retraining set).
    if (selectedType !== '' && (typeRequired || selectedType !== detail.docType))
      action.docType = selectedType;
    void run(action, `Filed to ${chosen.name} (MRN ${chosen.mrn})`);
  };

  const setType = (): void => {
    if (!canSetType) return;
    void run({ action: 'set-type', docType: selectedType }, 'Type set');
  };

  const openDialog = (kind: DialogKind, allowed: boolean, why: string): void => {
    if (allowed) setDialog(kind);
    else setNotice(why);
  };

  const goToPage = (page: number): void => {
    const found = pages.findIndex((candidate) => candidate.page === page);
    if (found >= 0) setPageIndex(found);
  };
  const step = (by: number): void => setPageIndex(Math.min(pages.length - 1, Math.max(0, index + by)));
  const backToQueue = (): void => void navigate('/review');
  const notNow = !held ? 'You do not hold the claim on this item.' : busy ? 'Wait for the last action.' : '';

  useHotkeys(
    (event) => {
      const key = event.key;
      if (/^[1-9]$/.test(key)) {
        const candidate = detail.candidates[Number(key) - 1];
        if (candidate) {
          event.preventDefault();
          choose(candidate.patient);
        }
        return;
      }
      switch (key) {
        case 'a':
          if (canAssign) assign();
          else setNotice(assignBlocker);
          break;
        case 't':
          if (canSetType) setType();
          else typeRef.current?.focus();
          break;
        case 's':
          openDialog(
            'split',
            can.split,
            notNow || 'Split needs a page after the first: go to the page that starts the new document.',
          );
          break;
        case '[':
          openDialog(
            'merge-previous',
            can.mergePrevious,
            notNow || 'There is no previous document in this batch.',
          );
          break;
        case ']':
          openDialog('merge-next', can.mergeNext, notNow || 'There is no next document in this batch.');
          break;
        case 'm':
          openDialog('move-page', can.movePage, notNow || 'No page to move.');
          break;
        case 'b':
          openDialog('mark-blank', can.markBlank, notNow || 'No page to mark.');
          break;
        case 'x':
          openDialog('rescan', can.rescan, notNow || 'Not available.');
          break;
        case 'ArrowRight':
        case 'PageDown':
          step(1);
          break;
        case 'ArrowLeft':
        case 'PageUp':
          step(-1);
          break;
        case '+':
        case '=':
          setZoom(zoomIn);
          break;
        case '-':
        case '_':
          setZoom(zoomOut);
          break;
        case '0':
          setZoom('fit');
          break;
        case 'r':
          setRotation(rotate);
          break;
        case 'Escape':
          backToQueue();
          break;
        case '?':
          setHelp(true);
          break;
        case '/':
          searchRef.current?.focus();
          break;
        default:
          return;
      }
      event.preventDefault();
    },
    dialog === null && !help,
  );

  const spec = dialog && current ? dialogSpec(dialog, detail, current.page) : null;

  return (
    <section className="page page-review">
      <ReviewTitle documentId={documentId} detail={detail} onHelp={() => setHelp(true)} />
      <ClaimBanner state={claim.state} onRetry={claim.retry} />
      {!inReview ? (
        <p className="banner banner-warning" role="status" data-testid="not-in-review">
          This document is no longer in review: it is {detail.status}. Nothing here can be changed.
        </p>
      ) : null}
      {notice ? (
        <p className="notice" role="status" data-testid="review-notice">
          {notice}
        </p>
      ) : null}
      {actionError ? <ErrorMessage error={actionError} /> : null}
      {loadError ? <ErrorMessage error={loadError} onRetry={reload} /> : null}

      <div className="review-layout" aria-busy={busy || loading}>
        <ThumbnailStrip
          pages={pages}
          current={index}
          neighbours={detail.neighbours}
          onSelect={setPageIndex}
        />

        <div className="review-centre">
          <div className="toolbar">
            <div className="toolbar-group" role="group" aria-label="Pages">
              <button
                type="button"
                disabled={index === 0}
                onClick={() => step(-1)}
                aria-label="Previous page"
                data-testid="action-page-previous"
              >
                ← <kbd>←</kbd>
              </button>
              <span className="page-count" data-testid="review-page-number">
                Page {current?.page ?? '—'} of {pages.length}
              </span>
              <button
                type="button"
                disabled={index >= pages.length - 1}
                onClick={() => step(1)}
                aria-label="Next page"
                data-testid="action-page-next"
              >
                → <kbd>→</kbd>
              </button>
            </div>
            <ZoomControls
              zoom={zoom}
              onZoomIn={() => setZoom(zoomIn)}
              onZoomOut={() => setZoom(zoomOut)}
              onFit={() => setZoom('fit')}
              onRotate={() => setRotation(rotate)}
            />
            <HighlightLegend kinds={current?.highlights.map((highlight) => highlight.kind) ?? []} />
          </div>
          {current ? (
            <>
              <div className="page-viewport" data-testid="review-page" data-page={current.page}>
                {current.suspectedMisfiled ? (
                  <p className="banner banner-danger page-flag">This page may belong to another patient.</p>
                ) : null}
                <PageImage
                  key={current.imageUrl}
                  src={current.imageUrl}
                  alt={`Page ${current.page} of document ${documentId}`}
                  width={current.width}
                  height={current.height}
                  highlights={current.highlights}
                  zoom={zoom}
                  rotation={rotation}
                  highlightTestId="review-highlight"
                />
              </div>
              <section className="ocr" aria-labelledby="ocr-title">
                <h2 id="ocr-title">Text read on page {current.page}</h2>
                {current.text.trim() === '' ? (
                  <p className="muted">No text was read on this page.</p>
                ) : (
                  <pre className="ocr-text" data-testid="ocr-text">
                    <Marked text={current.text} highlights={current.highlights} />
                  </pre>
                )}
              </section>
            </>
          ) : (
            <p className="muted">This document has no pages left.</p>
          )}
        </div>

        <div className="review-panel">
          <ReasonsList reasons={detail.reasons} />
          <IdentifiersTable identifiers={detail.identifiers} onGoToPage={goToPage} />
          <CandidatesPanel
            candidates={detail.candidates}
            reads={reads}
            chosenMrn={chosen?.mrn ?? null}
            disabled={!canAct}
            onChoose={choose}
          />
          <PatientPicker
            chosenMrn={chosen?.mrn ?? null}
            disabled={!canAct}
            inputRef={searchRef}
            onChoose={choose}
            labelHint={<kbd>/</kbd>}
          />
          <DocTypePicker
            types={types}
            current={detail.docType}
            currentConfidence={detail.typeConfidence}
            suggestions={detail.typeSuggestions}
            value={selectedType}
            required={typeRequired}
            disabled={!canAct}
            canSet={canSetType}
            selectRef={typeRef}
            onChange={setPickedType}
            onSetType={setType}
          />
          <div ref={checksRef}>
            <AssignmentBlock
              patient={chosen}
              fields={chosenFields}
              confirmed={confirmed}
              disabled={!canAct}
              canAssign={canAssign}
              blocker={assignBlocker}
              onToggle={toggle}
              onAssign={assign}
            />
          </div>
          <ActionBar
            page={current?.page ?? 1}
            can={can}
            onSplit={() => setDialog('split')}
            onMergePrevious={() => setDialog('merge-previous')}
            onMergeNext={() => setDialog('merge-next')}
            onMovePage={() => setDialog('move-page')}
            onMarkBlank={() => setDialog('mark-blank')}
            onRescan={() => setDialog('rescan')}
            onRelease={backToQueue}
          />
        </div>
      </div>

      {spec ? (
        <ConfirmDialog
          title={spec.title}
          confirmLabel={spec.confirmLabel}
          destructive
          input={spec.input}
          onCancel={() => setDialog(null)}
          onConfirm={(value) => {
            setDialog(null);
            void run(spec.action(value), spec.done);
          }}
        >
          {spec.body}
        </ConfirmDialog>
      ) : null}
      {help ? <HelpOverlay shortcuts={REVIEW_SHORTCUTS} onClose={() => setHelp(false)} /> : null}
    </section>
  );
}
