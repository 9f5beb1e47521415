// The one way the browser talks to the Chartroom API. Every call is same-origin with the
// session cookie and carries `x-requested-with: chartroom` (the API's CSRF guard).
import type {
  AuditPage,
  Claim,
  DocumentTypeView,
  DocumentView,
  PageHighlights,
  PatientChart,
  PatientView,
  RefileRequest,
  ReviewAction,
  ReviewActionResult,
  ReviewItemDetail,
  ReviewQueue,
  ReviewSort,
  SearchResponse,
  SessionUser,
} from '@chartroom/api-contract';

/** GET /v1/batches/:batchId (the API's batch status; not part of the shared contract). */
export interface BatchStatus {
  batchId: string;
  state: 'waiting' | 'processing' | 'complete' | 'failed' | 'unknown';
  pages: number | null;
  pagesRead: number | null;
  failure: string | null;
  /** Files (or pages) that could not be taken, with why: shown to stations once the batch is complete. */
  quarantined?: { file: string; pageIndex?: number; reason: string }[];
}

/** Any answer that is not 2xx; `message` is the API's `{error}` text when it sent one. */
export class ApiError extends Error {
  readonly status: number;
  readonly body: unknown;
  constructor(status: number, message: string, body: unknown) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.body = body;
  }
}

/** 401: not signed in (the client has already sent the browser to the sign-in page). */
export class Unauthorized extends ApiError {
  constructor(message: string, body: unknown) {
    super(401, message, body);
    this.name = 'Unauthorized';
  }
}

/** 403: signed in, but the user's roles do not allow this. */
export class Forbidden extends ApiError {
  constructor(message: string, body: unknown) {
    super(403, message, body);
    this.name = 'Forbidden';
  }
}

/** 409: e.g. another clerk holds the review claim (`claim` says who and until when). */
export class Conflict extends ApiError {
  readonly claim: Claim | null;
  constructor(message: string, body: unknown) {
    super(409, message, body);
    this.name = 'Conflict';
    this.claim = claimOf(body);
  }
}

function claimOf(body: unknown): Claim | null {
  if (typeof body !== 'object' || body === null || !('claim' in body)) return null;
  const claim: unknown = body.claim;
  if (typeof claim !== 'object' || claim === null) return null;
  if (!('by' in claim) || typeof claim.by !== 'string') return null;
  if (!('expiresAt' in claim) || typeof claim.expiresAt !== 'string') return null;
  const documentId = 'documentId' in claim && typeof claim.documentId === 'string' ? claim.documentId : '';
  return { documentId, by: claim.by, expiresAt: claim.expiresAt };
}

export function isAbort(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}

/** The text to show a user for an error (the API's own message when there is one). */
export function errorText(error: unknown): string {
  if (error instanceof Error) return error.message;
  return 'Something went wrong.';
}

type UnauthorizedHandler = () => void;

let unauthorizedHandler: UnauthorizedHandler | null = null;

/** The app registers how to get to the sign-in page (the router's navigate). */
export function setUnauthorizedHandler(handler: UnauthorizedHandler | null): void {
  unauthorizedHandler = handler;
}

export function signInPath(next: string): string {
  return `/signin?next=${encodeURIComponent(next)}`;
}

function goToSignIn(): void {
  if (unauthorizedHandler) {
    unauthorizedHandler();
    return;
  }
  const here = window.location.pathname + window.location.search;
  if (window.location.pathname !== '/signin') window.location.assign(signInPath(here));
}

export type Query = Record<string, string | number | null | undefined>;

/** `path?key=value…`, leaving out empty values. */
export function withQuery(path: string, query: Query = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue;
    params.set(key, String(value));
  }
  const search = params.toString();
  return search ? `${path}?${search}` : path;
}

interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'DELETE';
  body?: unknown;
  query?: Query;
  signal?: AbortSignal;
  keepalive?: boolean;
  /** false: a 401 is the caller's answer (sign-in, the session check), not a redirect. */
  redirectOn401?: boolean;
}

async function readBody(response: Response): Promise<unknown> {
  const text = await response.text();
  if (!text) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

function messageOf(response: Response, body: unknown): string {
  if (typeof body === 'object' && body !== null && 'error' in body && typeof body.error === 'string') {
    return body.error;
  }
  if (response.status === 403) return 'Not allowed for your role.';
  if (typeof body === 'string' && body.length > 0 && body.length < 300) return body;
  return `The server answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''}.`;
}

async function request<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const method = options.method ?? 'GET';
  const headers: Record<string, string> = { 'x-requested-with': 'chartroom', accept: 'application/json' };
  const init: RequestInit = { method, headers, credentials: 'same-origin' };
  if (options.body instanceof FormData) {
    // A file upload: the browser sets the multipart content type with its boundary.
    init.body = options.body;
  } else if (options.body !== undefined && method !== 'DELETE' && method !== 'GET') {
    headers['content-type'] = 'application/json';
    init.body = JSON.stringify(options.body);
  }
  if (options.signal) init.signal = options.signal;
  if (options.keepalive) init.keepalive = true;

  let response: Response;
  try {
    response = await fetch(withQuery(path, options.query), init);
  } catch (error) {
    if (isAbort(error)) throw error;
    throw new ApiError(0, 'Cannot reach the Chartroom server. Check the network and try again.', undefined);
  }
  const body = await readBody(response);
  if (response.ok) return body as T;

  const message = messageOf(response, body);
  switch (response.status) {
    case 401:
      if (options.redirectOn401 !== false) goToSignIn();
      throw new Unauthorized(message, body);
    case 403:
      throw new Forbidden(message, body);
    case 409:
      throw new Conflict(message, body);
    default:
      throw new ApiError(response.status, message, body);
  }
}

// ── Stations ────────────────────────────────────────────────────────────────────────────

export interface DroppedBatch {
  batchId: string;
  files: { name: string; bytes: number }[];
}

/** Drops a batch: the station and batch name fields first, then the files (the API reads them in order). */
export function uploadBatch(
  station: string,
  batchName: string,
  files: readonly File[],
): Promise<DroppedBatch> {
  const form = new FormData();
  if (station) form.append('station', station);
  if (batchName) form.append('batchName', batchName);
  for (const file of files) form.append('file', file, file.name);
  return request<DroppedBatch>('/v1/batches', { method: 'POST', body: form });
}

// ── Session ─────────────────────────────────────────────────────────────────────────────

export function getSession(signal?: AbortSignal): Promise<SessionUser> {
  return request<SessionUser>('/v1/session', { signal, redirectOn401: false });
}

export function signIn(username: string, password: string): Promise<SessionUser> {
  return request<SessionUser>('/v1/session', {
    method: 'POST',
    body: { username, password },
    redirectOn401: false,
  });
}

export async function signOut(): Promise<void> {
  await request<undefined>('/v1/session', { method: 'DELETE', redirectOn401: false });
}

// ── Review ──────────────────────────────────────────────────────────────────────────────

export interface ReviewQueueFilter {
  reason?: string;
  station?: string;
  batch?: string;
  sort?: ReviewSort;
}

export function getReviewQueue(filter: ReviewQueueFilter, signal?: AbortSignal): Promise<ReviewQueue> {
  return request<ReviewQueue>('/v1/review', { query: { ...filter }, signal });
}

const reviewPath = (documentId: string): string => `/v1/review/${encodeURIComponent(documentId)}`;

export function getReviewItem(documentId: string, signal?: AbortSignal): Promise<ReviewItemDetail> {
  return request<ReviewItemDetail>(reviewPath(documentId), { signal });
}

/** Takes or renews the claim; a Conflict (with `claim`) when another clerk holds it. */
export function claimReviewItem(documentId: string): Promise<Claim> {
  return request<Claim>(`${reviewPath(documentId)}/claim`, { method: 'POST' });
}

export async function releaseReviewItem(
  documentId: string,
  options: { keepalive?: boolean } = {},
): Promise<void> {
  await request<undefined>(`${reviewPath(documentId)}/claim`, {
    method: 'DELETE',
    keepalive: options.keepalive ?? false,
  });
}

export function postReviewAction(documentId: string, action: ReviewAction): Promise<ReviewActionResult> {
  return request<ReviewActionResult>(`${reviewPath(documentId)}/actions`, { method: 'POST', body: action });
}

export function getDocumentTypes(signal?: AbortSignal): Promise<{ types: DocumentTypeView[] }> {
  return request<{ types: DocumentTypeView[] }>('/v1/document-types', { signal });
}

// ── Patients, search, documents ─────────────────────────────────────────────────────────

export function searchPatients(q: string, signal?: AbortSignal): Promise<{ patients: PatientView[] }> {
  return request<{ patients: PatientView[] }>('/v1/patients', { query: { q }, signal });
}

export interface ChartFilter {
  type?: string;
  from?: string;
  to?: string;
}

export function getPatientChart(
  mrn: string,
  filter: ChartFilter,
  signal?: AbortSignal,
): Promise<PatientChart> {
  return request<PatientChart>(`/v1/patients/${encodeURIComponent(mrn)}`, { query: { ...filter }, signal });
}

export interface SearchQuery {
  q: string;
  patient?: string;
  type?: string;
  from?: string;
  to?: string;
  limit?: number;
}

export function search(query: SearchQuery, signal?: AbortSignal): Promise<SearchResponse> {
  return request<SearchResponse>('/v1/search', { query: { ...query }, signal });
}

const documentPath = (documentId: string): string => `/v1/documents/${encodeURIComponent(documentId)}`;

export function getDocument(documentId: string, signal?: AbortSignal): Promise<DocumentView> {
  return request<DocumentView>(documentPath(documentId), { signal });
}

/** "Filed in error": files a filed document to another patient (clerks; the old filing is kept). */
export function refileDocument(documentId: string, body: RefileRequest): Promise<ReviewActionResult> {
  return request<ReviewActionResult>(`${documentPath(documentId)}/refile`, { method: 'POST', body });
}

export function getPageHighlights(
  documentId: string,
  page: number,
  q: string,
  signal?: AbortSignal,
): Promise<PageHighlights> {
  return request<PageHighlights>(`${documentPath(documentId)}/pages/${page}/highlights`, {
    query: { q },
    signal,
  });
}

// ── Admin, station ──────────────────────────────────────────────────────────────────────

export interface AuditFilter {
  actor?: string;
  action?: string;
  outcome?: string;
  from?: string;
  to?: string;
}

export function getAudit(filter: AuditFilter, signal?: AbortSignal): Promise<AuditPage> {
  return request<AuditPage>('/v1/audit', { query: { ...filter }, signal });
}

/** A plain link (the browser downloads it); same filters as the table. */
export function auditExportUrl(filter: AuditFilter): string {
  return withQuery('/v1/audit/export', { ...filter });
}

export function getBatch(batchId: string, signal?: AbortSignal): Promise<BatchStatus> {
  return request<BatchStatus>(`/v1/batches/${encodeURIComponent(batchId)}`, { signal });
}
