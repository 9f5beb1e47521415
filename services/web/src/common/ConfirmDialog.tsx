import { useEffect, useId, useRef, useState } from 'react';
import type { KeyboardEvent, ReactNode } from 'react';
import { keepFocusInside } from './focusTrap';

export interface DialogInput {
  label: string;
  placeholder?: string;
  initial?: string;
  /** Offered in a list under the field. */
  suggestions?: string[];
  multiline?: boolean;
}

interface Props {
  title: string;
  children?: ReactNode;
  confirmLabel: string;
  destructive?: boolean;
  /** When set, the dialog asks for a value (required) and hands it to onConfirm. */
  input?: DialogInput;
  onConfirm: (value: string) => void;
  onCancel: () => void;
}

/** An in-page confirmation (never window.confirm): Enter confirms, Escape cancels, focus stays inside. */
export function ConfirmDialog({
  title,
  children,
  confirmLabel,
  destructive,
  input,
  onConfirm,
  onCancel,
}: Props) {
  const titleId = useId();
  const inputId = useId();
  const listId = useId();
  const dialogRef = useRef<HTMLDivElement>(null);
  const firstRef = useRef<HTMLInputElement & HTMLTextAreaElement>(null);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const [value, setValue] = useState(input?.initial ?? '');

  useEffect(() => {
    const previous = document.activeElement;
    (input ? firstRef.current : confirmRef.current)?.focus();
    return () => {
      if (previous instanceof HTMLElement && previous.isConnected) previous.focus();
    };
    // Focus once, when the dialog opens.
  }, []);

  const submit = (event: { preventDefault: () => void }): void => {
    event.preventDefault();
    const trimmed = value.trim();
    if (input && trimmed === '') return;
    onConfirm(trimmed);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>): void => {
    event.stopPropagation();
    if (event.key === 'Escape') {
      event.preventDefault();
      onCancel();
      return;
    }
    keepFocusInside(event, dialogRef.current);
  };

  return (
    <div className="dialog-backdrop">
      <div
        ref={dialogRef}
        className="dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        data-testid="confirm-dialog"
        onKeyDown={onKeyDown}
      >
        <form onSubmit={submit}>
          <h2 id={titleId}>{title}</h2>
          {children}
          {input ? (
            <div className="field">
              <label htmlFor={inputId}>{input.label}</label>
              {input.multiline ? (
                <textarea
                  id={inputId}
                  ref={firstRef}
                  rows={3}
                  required
                  value={value}
                  placeholder={input.placeholder}
                  onChange={(event) => setValue(event.target.value)}
                  onKeyDown={(event) => {
                    if (event.key === 'Enter' && !event.shiftKey) submit(event);
                  }}
                  data-testid="dialog-input"
                />
              ) : (
                <input
                  id={inputId}
                  ref={firstRef}
                  type="text"
                  required
                  autoComplete="off"
                  value={value}
                  placeholder={input.placeholder}
                  list={input.suggestions?.length ? listId : undefined}
                  onChange={(event) => setValue(event.target.value)}
                  data-testid="dialog-input"
                />
              )}
              {input.suggestions?.length ? (
                <datalist id={listId}>
                  {input.suggestions.map((suggestion) => (
                    <option key={suggestion} value={suggestion} />
                  ))}
                </datalist>
              ) : null}
            </div>
          ) : null}
          <div className="dialog-buttons">
            <button type="button" onClick={onCancel} data-testid="dialog-cancel">
              Cancel <kbd>Esc</kbd>
            </button>
            <button
              ref={confirmRef}
              type="submit"
              className={destructive ? 'danger' : 'primary'}
              disabled={input !== undefined && value.trim() === ''}
              data-testid="dialog-confirm"
            >
              {confirmLabel} <kbd>Enter</kbd>
            </button>
          </div>
        </form>
      </div>
    </div>
  );
}
