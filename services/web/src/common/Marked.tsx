import type { IdentifierKind, WordHighlight } from '@chartroom/api-contract';

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Page text with the highlighted words marked (coloured by what they are). */
export function Marked({ text, highlights }: { text: string; highlights: WordHighlight[] }) {
  const kinds = new Map<string, IdentifierKind | 'query'>();
  for (const highlight of highlights) {
    const word = highlight.text.trim();
    if (word.length >= 2 && !kinds.has(word.toLowerCase())) kinds.set(word.toLowerCase(), highlight.kind);
  }
  if (kinds.size === 0) return <>{text}</>;
  const words = [...kinds.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp);
  const parts = text.split(new RegExp(`(${words.join('|')})`, 'gi'));
  return (
    <>
      {parts.map((part, index) => {
        const kind = index % 2 === 1 ? kinds.get(part.toLowerCase()) : undefined;
        return kind ? (
          <mark key={index} className={`hl-${kind}`}>
            {part}
          </mark>
        ) : (
          part
        );
      })}
    </>
  );
}
