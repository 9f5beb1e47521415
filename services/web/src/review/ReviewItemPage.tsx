import { useParams } from 'react-router-dom';
import { ReviewItem } from './ReviewItem';

/** /review/:documentId — a fresh item (claim, page, choices) for every document id. */
export function ReviewItemPage() {
  const { documentId = '' } = useParams();
  return <ReviewItem key={documentId} documentId={documentId} />;
}
