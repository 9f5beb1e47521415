import { useId } from 'react';
import type { Ref } from 'react';
import type { DocumentTypeView } from '@chartroom/api-contract';
import { formatPercent } from '../common/format';
import { typeDisplay } from '../common/useDocumentTypes';

interface Props {
  types: DocumentTypeView[];
  current: string | null;
  currentConfidence: number | null;
  suggestions: { type: string; probability: number }[];
  value: string;
  required: boolean;
  disabled: boolean;
  canSet: boolean;
  selectRef: Ref<HTMLSelectElement>;
  onChange: (type: string) => void;
  onSetType: () => void;
}

export function DocTypePicker(props: Props) {
  const { types, current, currentConfidence, suggestions, value, required, disabled, canSet, selectRef } =
    props;
  const selectId = useId();
  // A type the list does not know (yet) still shows as itself.
  const known = types.some((type) => type.key === value);
  return (
    <section className="card" aria-labelledby={`${selectId}-title`}>
      <h2 id={`${selectId}-title`}>
        Document type{required ? <span className="required"> (required)</span> : null}
      </h2>
      <p className="muted small">
        Now: {current ? `${typeDisplay(types, current)} (${formatPercent(currentConfidence)})` : 'not known'}
      </p>
      {suggestions.length > 0 ? (
        <div className="chips" role="group" aria-label="Classifier suggestions">
          {suggestions.map((suggestion) => (
            <button
              key={suggestion.type}
              type="button"
              className="chip"
              aria-pressed={value === suggestion.type}
              disabled={disabled}
              onClick={() => props.onChange(suggestion.type)}
              data-testid={`type-suggestion-${suggestion.type}`}
            >
              {typeDisplay(types, suggestion.type)}{' '}
              <span className="chip-count">{formatPercent(suggestion.probability)}</span>
            </button>
          ))}
        </div>
      ) : null}
      <div className="field-row">
        <div className="field grow">
          <label htmlFor={selectId}>Type</label>
          <select
            id={selectId}
            ref={selectRef}
            value={value}
            required={required}
            aria-invalid={required && value === ''}
            disabled={disabled}
            onChange={(event) => props.onChange(event.target.value)}
            data-testid="doc-type-select"
          >
            <option value="">— choose the type —</option>
            {!known && value ? <option value={value}>{value}</option> : null}
            {types.map((type) => (
              <option key={type.key} value={type.key}>
                {type.display}
                {type.loinc ? ` (LOINC ${type.loinc})` : ''}
              </option>
            ))}
          </select>
        </div>
        <button type="button" disabled={!canSet} onClick={props.onSetType} data-testid="action-set-type">
          Set type <kbd>t</kbd>
        </button>
      </div>
    </section>
  );
}
