import type { IdentifierKind, IdentifierView } from '@chartroom/api-contract';
import { formatPercent, formatReadValue } from '../common/format';
import { KINDS } from './identifiers';

const ROW_LABEL: Record<IdentifierKind, string> = { mrn: 'MRN', name: 'Name', birthDate: 'DOB' };

/** What the document itself says (best read of each field), to compare candidates against. */
export function ReadCard({ reads }: { reads: Partial<Record<IdentifierKind, IdentifierView>> }) {
  return (
    <article className="candidate candidate-read" data-testid="read-card" aria-label="Read on the document">
      <header>
        <span className="candidate-title">On the document</span>
      </header>
      <table className="fields">
        <tbody>
          {KINDS.map((kind) => {
            const read = reads[kind];
            return (
              <tr key={kind}>
                <th scope="row">{ROW_LABEL[kind]}</th>
                <td className={kind === 'name' ? 'strong' : 'mono strong'}>
                  {read ? formatReadValue(kind, read.value) : <span className="muted">not read</span>}
                </td>
                <td className="muted small">
                  {read ? `p. ${read.page}, ${formatPercent(read.confidence)}` : ''}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </article>
  );
}
