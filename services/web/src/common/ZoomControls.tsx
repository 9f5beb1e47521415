import { zoomLabel } from './zoom';
import type { Zoom } from './zoom';

interface Props {
  zoom: Zoom;
  onZoomIn: () => void;
  onZoomOut: () => void;
  onFit: () => void;
  onRotate?: () => void;
}

export function ZoomControls({ zoom, onZoomIn, onZoomOut, onFit, onRotate }: Props) {
  return (
    <div className="toolbar-group" role="group" aria-label="Zoom">
      <button type="button" onClick={onZoomOut} aria-label="Zoom out" data-testid="action-zoom-out">
        − <kbd>-</kbd>
      </button>
      <span className="zoom-level" aria-live="polite">
        {zoomLabel(zoom)}
      </span>
      <button type="button" onClick={onZoomIn} aria-label="Zoom in" data-testid="action-zoom-in">
        + <kbd>+</kbd>
      </button>
      <button type="button" onClick={onFit} aria-pressed={zoom === 'fit'} data-testid="action-zoom-fit">
        Fit <kbd>0</kbd>
      </button>
      {onRotate ? (
        <button type="button" onClick={onRotate} data-testid="action-rotate">
          Rotate <kbd>r</kbd>
        </button>
      ) : null}
    </div>
  );
}
