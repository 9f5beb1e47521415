const KINDS = [
  ['mrn', 'MRN'],
  ['name', 'Name'],
  ['birthDate', 'Date of birth'],
  ['query', 'Search match'],
] as const;

/** What the box colours mean. */
export function HighlightLegend({ kinds }: { kinds: string[] }) {
  const shown = KINDS.filter(([kind]) => kinds.includes(kind));
  if (shown.length === 0) return null;
  return (
    <ul className="legend" aria-label="Highlight colours">
      {shown.map(([kind, label]) => (
        <li key={kind}>
          <span className={`swatch hl-${kind}`} aria-hidden="true" /> {label}
        </li>
      ))}
    </ul>
  );
}
