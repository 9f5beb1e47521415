import { useRef, useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router-dom';
import { errorText, getDocument, getPageHighlights } from '../api';
import { ErrorMessage } from '../common/ErrorMessage';
import { HelpOverlay } from '../common/HelpOverlay';
import type { Shortcut } from '../common/HelpOverlay';
import { HighlightLegend } from '../common/HighlightLegend';
import { chartLink } from '../common/links';
import { Loading } from '../common/Loading';
import { PageImage } from '../common/PageImage';
import { useSession } from '../common/session';
import { useHotkeys } from '../common/useHotkeys';
import { useLoad } from '../common/useLoad';
import { ZoomControls } from '../common/ZoomControls';
import { rotate, zoomIn, zoomOut } from '../common/zoom';
import type { Rotation, Zoom } from '../common/zoom';
import { DocumentHeader } from './DocumentHeader';
import { DocumentSearch } from './DocumentSearch';
import { RefileDialog } from './RefileDialog';
import { ViewerThumbnails } from './ViewerThumbnails';

const SHORTCUTS: Shortcut[] = [
  { keys: ['→', 'PageDown'], does: 'Next page' },
  { keys: ['←', 'PageUp'], does: 'Previous page' },
  { keys: ['+'], does: 'Zoom in' },
  { keys: ['-'], does: 'Zoom out' },
  { keys: ['0'], does: 'Fit the page' },
  { keys: ['r'], does: 'Rotate the page' },
  { keys: ['/'], does: 'Find in the document' },
  { keys: ['?'], does: 'This help' },
];

/** /documents/:documentId?page=&q= — one filed document, a page at a time. */
export function DocumentViewerPage() {
  const { documentId = '' } = useParams();
  const { user } = useSession();
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const requested = Number.parseInt(params.get('page') ?? '1', 10);

  const doc = useLoad(`document:${documentId}`, (signal) => getDocument(documentId, signal));
  const pages = doc.data?.pages ?? [];
  const index = Math.max(
    0,
    pages.findIndex((page) => page.page === requested),
  );
  const current = pages[index];
  const pageNumber = current?.page ?? (Number.isFinite(requested) && requested > 0 ? requested : 1);

  const highlights = useLoad(
    current && q ? JSON.stringify({ documentId, page: current.page, q }) : null,
    (signal) => getPageHighlights(documentId, pageNumber, q, signal),
  );

  const [zoom, setZoom] = useState<Zoom>('fit');
  const [rotation, setRotation] = useState<Rotation>(0);
  const [help, setHelp] = useState(false);
  const [refiling, setRefiling] = useState(false);
  // Said once a refile succeeds; only for the document it was about.
  const [refiled, setRefiled] = useState<{ documentId: string; notice: string } | null>(null);
  const searchRef = useRef<HTMLInputElement>(null);

  const set = (patch: Record<string, string>): void => {
    const next = new URLSearchParams(params);
    for (const [name, value] of Object.entries(patch)) {
      if (value) next.set(name, value);
      else next.delete(name);
    }
    setParams(next, { replace: true });
  };
  const goTo = (page: number): void => set({ page: String(page) });
  const step = (by: number): void => {
    const next = pages[index + by];
    if (next) goTo(next.page);
  };

  useHotkeys((event) => {
    switch (event.key) {
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
      case '/':
        searchRef.current?.focus();
        break;
      case '?':
        setHelp(true);
        break;
      default:
        return;
    }
    event.preventDefault();
  }, !help && !refiling);

  const view = doc.data;
  // "Filed in error": clerks only, and only a filed document (the API says the same).
  const canRefile = user.roles.includes('clerk') && view?.status === 'filed';
  const notice = refiled?.documentId === documentId ? refiled.notice : null;
  const boxes = highlights.data?.highlights ?? [];

  return (
    <section className="page page-viewer" aria-label="Document">
      <p className="breadcrumb">
        {view?.patient ? (
          <Link to={chartLink(view.patient.mrn)}>← {view.patient.name}’s chart</Link>
        ) : (
          <Link to="/">← Start</Link>
        )}
      </p>
      {doc.error ? <ErrorMessage error={doc.error} onRetry={doc.reload} /> : null}
      {doc.loading && !view ? <Loading what="Loading the document" /> : null}
      {view ? (
        <>
          {notice ? (
            <p className="notice" role="status" data-testid="refile-notice">
              {notice}
            </p>
          ) : null}
          <DocumentHeader
            document={view}
            historyOpen={notice !== null}
            actions={
              canRefile ? (
                <button
                  type="button"
                  onClick={() => setRefiling(true)}
                  aria-haspopup="dialog"
                  data-testid="action-refile"
                >
                  Filed in error…
                </button>
              ) : null
            }
          />
          <div className="toolbar">
            <div className="toolbar-group" role="group" aria-label="Pages">
              <button
                type="button"
                disabled={index <= 0}
                onClick={() => step(-1)}
                aria-label="Previous page"
                data-testid="viewer-previous"
              >
                ← <kbd>←</kbd>
              </button>
              <span className="page-count">
                Page {pageNumber} of {pages.length}
              </span>
              <button
                type="button"
                disabled={index >= pages.length - 1}
                onClick={() => step(1)}
                aria-label="Next page"
                data-testid="viewer-next"
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
            <DocumentSearch key={q} query={q} inputRef={searchRef} onSearch={(query) => set({ q: query })} />
            <a className="button" href={view.pdfUrl} download data-testid="download-pdf">
              Download PDF
            </a>
            <button type="button" onClick={() => setHelp(true)} aria-label="Keyboard shortcuts">
              <kbd>?</kbd>
            </button>
          </div>
          {q ? (
            <p className="muted small" role="status" data-testid="highlight-count">
              {highlights.error
                ? `Could not mark “${q}”: ${errorText(highlights.error)}`
                : highlights.data
                  ? `${boxes.length} ${boxes.length === 1 ? 'match' : 'matches'} for “${q}” on this page.`
                  : `Looking for “${q}”…`}
            </p>
          ) : null}
          <div className="viewer-layout">
            <ViewerThumbnails pages={pages} current={pageNumber} onSelect={goTo} />
            <div className="viewer-main">
              <HighlightLegend kinds={boxes.map((box) => box.kind)} />
              <div className="page-viewport" data-testid="viewer-page" data-page={pageNumber}>
                {current ? (
                  <PageImage
                    key={current.imageUrl}
                    src={current.imageUrl}
                    alt={`Page ${current.page} of ${view.docTypeDisplay ?? 'the document'}`}
                    width={highlights.data?.width ?? current.width}
                    height={highlights.data?.height ?? current.height}
                    highlights={boxes}
                    zoom={zoom}
                    rotation={rotation}
                    highlightTestId="viewer-highlight"
                  />
                ) : (
                  <p className="muted">This document has no pages.</p>
                )}
              </div>
            </div>
          </div>
        </>
      ) : null}
      {help ? <HelpOverlay shortcuts={SHORTCUTS} onClose={() => setHelp(false)} /> : null}
      {refiling && view && canRefile ? (
        <RefileDialog
          document={view}
          onCancel={() => setRefiling(false)}
          onDone={(result, patient) => {
            const previous = view.patient ? ` from MRN ${view.patient.mrn}` : '';
            setRefiling(false);
            setRefiled({
              documentId,
              notice:
                `Re-filed${previous} to ${patient.name} (MRN ${patient.mrn}), version ${result.filingVersion}. ` +
                'The filing in error is kept in the history.',
            });
            doc.reload();
          }}
        />
      ) : null}
    </section>
  );
}
