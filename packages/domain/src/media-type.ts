/** The scan formats Chartroom accepts, decided from a file's bytes, never from its name. */
export type ScanMediaType = 'application/pdf' | 'image/tiff' | 'image/png' | 'image/jpeg';
