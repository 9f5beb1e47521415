import { useEffect, useRef } from 'react';

export interface Shortcut {
  keys: string[];
  does: string;
}

/** The `?` overlay: every shortcut of the page. Escape or ? closes it. */
export function HelpOverlay({ shortcuts, onClose }: { shortcuts: Shortcut[]; onClose: () => void }) {
  const closeRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    const previous = document.activeElement;
    closeRef.current?.focus();
    return () => {
      if (previous instanceof HTMLElement && previous.isConnected) previous.focus();
    };
  }, []);
  return (
    <div className="dialog-backdrop" onClick={onClose}>
      <div
        className="dialog dialog-help"
        role="dialog"
        aria-modal="true"
        aria-labelledby="help-title"
        data-testid="help-overlay"
        onClick={(event) => event.stopPropagation()}
        onKeyDown={(event) => {
          event.stopPropagation();
          if (event.key === 'Escape' || event.key === '?') {
            event.preventDefault();
            onClose();
          }
          if (event.key === 'Tab') {
            event.preventDefault();
            closeRef.current?.focus();
          }
        }}
      >
        <h2 id="help-title">Keyboard shortcuts</h2>
        <p className="muted">Shortcuts do nothing while you are typing in a field; Esc leaves the field.</p>
        <table className="shortcuts">
          <tbody>
            {shortcuts.map((shortcut) => (
              <tr key={shortcut.does}>
                <td>
                  {shortcut.keys.map((key, index) => (
                    <span key={key}>
                      {index > 0 ? ' or ' : null}
                      <kbd>{key}</kbd>
                    </span>
                  ))}
                </td>
                <td>{shortcut.does}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <div className="dialog-buttons">
          <button ref={closeRef} type="button" className="primary" onClick={onClose} data-testid="help-close">
            Close <kbd>Esc</kbd>
          </button>
        </div>
      </div>
    </div>
  );
}
