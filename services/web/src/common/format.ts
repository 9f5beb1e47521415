// Display helpers. Dates from the API stay ISO (YYYY-MM-DD): unambiguous at any desk.

/** "12 min", "3 h", "4 d" since an ISO instant. */
export function formatAge(iso: string, now: number = Date.now()): string {
  const then = Date.parse(iso);
  if (Number.isNaN(then)) return '—';
  const minutes = Math.max(0, Math.floor((now - then) / 60_000));
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return `${hours} h`;
  return `${Math.floor(hours / 24)} d`;
}

/** "14:05" in the browser's time zone. */
export function formatTime(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return date.toLocaleTimeString([], { hour: '2-digit', minute: '2-digit', hour12: false });
}

/** "2025-03-14 14:05:09" in the browser's time zone. */
export function formatDateTime(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const pad = (n: number): string => String(n).padStart(2, '0');
  return (
    `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())} ` +
    `${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}`
  );
}

/** An ISO date or instant as YYYY-MM-DD (as given when it already is one). */
export function formatDate(value: string | null | undefined): string {
  if (!value) return '—';
  return /^\d{4}-\d{2}-\d{2}/.test(value) ? value.slice(0, 10) : value;
}

/** Confidences come as 0–100 (OCR) or 0–1 (classifier); both shown as a whole percent. */
export function asPercent(value: number): number {
  return value <= 1 ? value * 100 : value;
}

export function formatPercent(value: number | null | undefined): string {
  if (value === null || value === undefined || Number.isNaN(value)) return '—';
  return `${Math.round(asPercent(value))} %`;
}

export function formatSex(sex: string): string {
  switch (sex) {
    case 'male':
      return 'Male';
    case 'female':
      return 'Female';
    case 'other':
      return 'Other';
    default:
      return 'Unknown';
  }
}

/** An identifier as read: "FAMILY^GIVEN" → "FAMILY, Given". */
export function formatReadValue(kind: string, value: string): string {
  if (kind !== 'name' || !value.includes('^')) return value;
  const [family = '', ...given] = value.split('^');
  return given.length > 0 ? `${family}, ${given.join(' ')}` : family;
}

export const KIND_LABEL: Record<string, string> = {
  mrn: 'MRN',
  name: 'Name',
  birthDate: 'Date of birth',
  query: 'Search match',
};
