import type { DocumentView } from '@chartroom/api-contract';

interface Props {
  pages: DocumentView['pages'];
  current: number;
  onSelect: (page: number) => void;
}

export function ViewerThumbnails({ pages, current, onSelect }: Props) {
  return (
    <nav className="thumbs" aria-label="Pages" data-testid="viewer-thumbnails">
      <ol>
        {pages.map((page) => (
          <li key={page.page}>
            <button
              type="button"
              className="thumb"
              aria-current={page.page === current ? 'page' : undefined}
              aria-label={`Page ${page.page}`}
              onClick={() => onSelect(page.page)}
              data-testid={`viewer-thumb-${page.page}`}
            >
              <img src={page.imageUrl} alt="" loading="lazy" />
              <span className="thumb-number">{page.page}</span>
            </button>
          </li>
        ))}
      </ol>
    </nav>
  );
}
