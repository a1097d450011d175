/** Limits the server enforces and the web app checks before sending, defined once. */

const MB = 1024 * 1024;

/** Largest evidence file attached to a report. */
export const MAX_EVIDENCE_BYTES = 10 * MB;
/** Evidence file types, by extension (the server also checks the content's signature). */
export const EVIDENCE_EXTENSIONS = ['pdf', 'docx', 'xlsx', 'jpg', 'jpeg', 'png'] as const;
/** Largest plan document (Word, PDF, text or scan) read by the importer. */
export const MAX_DOCUMENT_BYTES = 20 * MB;
/** Longest evidence link. */
export const MAX_LINK_LENGTH = 1000;
/** Longest free text of one report line (what was done, results). */
export const MAX_LINE_TEXT = 20_000;
/** Shortest password accepted. */
export const MIN_PASSWORD_LENGTH = 10;

/** Bytes as whole megabytes with one decimal, for messages ("10,5 MB"). */
export function megabytes(bytes: number): number {
  return Math.round((bytes / MB) * 10) / 10;
}
