import type { ReviewPage } from '@chartroom/api-contract';
import { asPercent, formatPercent } from '../common/format';

/** A page read below this (0–100) is flagged (the API's default minimum page confidence). */
export const LOW_PAGE_CONFIDENCE = 55;

interface Props {
  pages: ReviewPage[];
  current: number;
  neighbours: { previous: string | null; next: string | null };
  onSelect: (index: number) => void;
}

export function ThumbnailStrip({ pages, current, neighbours, onSelect }: Props) {
  return (
    <nav className="thumbs" aria-label="Pages of this document" data-testid="thumbnails">
      {neighbours.previous ? (
        <p className="boundary" data-testid="boundary-previous">
          <span aria-hidden="true">▲</span> Previous document
          <span className="mono small">{neighbours.previous}</span>
        </p>
      ) : (
        <p className="boundary boundary-none muted small">Start of batch</p>
      )}
      <ol>
        {pages.map((page, index) => {
          const low = asPercent(page.meanConfidence) < LOW_PAGE_CONFIDENCE;
          return (
            <li key={page.pageId}>
              <button
                type="button"
                className="thumb"
                aria-current={index === current ? 'page' : undefined}
                aria-label={`Page ${page.page}${page.suspectedMisfiled ? ', suspected misfiled' : ''}${low ? ', low confidence' : ''}${page.blank ? ', blank' : ''}`}
                onClick={() => onSelect(index)}
                data-testid={`thumb-${page.page}`}
              >
                <img src={page.imageUrl} alt="" loading="lazy" />
                <span className="thumb-number">{page.page}</span>
                <span className="thumb-badges">
                  {page.suspectedMisfiled ? (
                    <span className="badge badge-disagree" data-testid={`thumb-misfiled-${page.page}`}>
                      Misfiled?
                    </span>
                  ) : null}
                  {low ? (
                    <span
                      className="badge badge-near"
                      title={`Read at ${formatPercent(page.meanConfidence)}`}
                      data-testid={`thumb-low-${page.page}`}
                    >
                      Low OCR
                    </span>
                  ) : null}
                  {page.blank ? <span className="badge badge-missing">Blank</span> : null}
                </span>
              </button>
            </li>
          );
        })}
      </ol>
      {neighbours.next ? (
        <p className="boundary" data-testid="boundary-next">
          <span aria-hidden="true">▼</span> Next document
          <span className="mono small">{neighbours.next}</span>
        </p>
      ) : (
        <p className="boundary boundary-none muted small">End of batch</p>
      )}
    </nav>
  );
}
