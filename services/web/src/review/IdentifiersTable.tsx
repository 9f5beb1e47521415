import type { IdentifierView } from '@chartroom/api-contract';
import { KIND_LABEL, asPercent, formatPercent, formatReadValue } from '../common/format';

/** Identifiers read below this (0–100) cannot file a document on their own. */
const LOW_IDENTIFIER_CONFIDENCE = 60;

const SOURCE: Record<IdentifierView['source'], string> = {
  'header-text': 'header text',
  barcode: 'barcode',
  'label-text': 'label',
};

export function IdentifiersTable({
  identifiers,
  onGoToPage,
}: {
  identifiers: IdentifierView[];
  onGoToPage: (page: number) => void;
}) {
  return (
    <section className="card" aria-labelledby="identifiers-title">
      <h2 id="identifiers-title">Identifiers read</h2>
      {identifiers.length === 0 ? (
        <p className="muted">None could be read.</p>
      ) : (
        <table className="table table-compact" data-testid="identifiers">
          <thead>
            <tr>
              <th scope="col">What</th>
              <th scope="col">Value</th>
              <th scope="col">Page</th>
              <th scope="col">From</th>
              <th scope="col" className="num">
                Confidence
              </th>
            </tr>
          </thead>
          <tbody>
            {identifiers.map((identifier, index) => {
              const low = asPercent(identifier.confidence) < LOW_IDENTIFIER_CONFIDENCE;
              return (
                <tr key={index} data-testid={`identifier-${identifier.kind}`}>
                  <td>{KIND_LABEL[identifier.kind]}</td>
                  <td className="mono strong">{formatReadValue(identifier.kind, identifier.value)}</td>
                  <td>
                    <button type="button" className="link" onClick={() => onGoToPage(identifier.page)}>
                      p. {identifier.page}
                    </button>
                  </td>
                  <td>{SOURCE[identifier.source]}</td>
                  <td className={`num ${low ? 'low' : ''}`}>
                    {formatPercent(identifier.confidence)}
                    {low ? ' (low)' : ''}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </section>
  );
}
