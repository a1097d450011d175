/** Checks and encodes an evidence file in the browser before it is sent (the server checks again). */
import { EVIDENCE_EXTENSIONS, MAX_EVIDENCE_BYTES } from '@common/limits';

export type EvidenceProblem = { problem: 'empty' | 'tooLarge' | 'badType'; filename: string };

/** null when the file may be sent; otherwise why not. */
export function checkEvidence(file: { name: string; size: number }): EvidenceProblem | null {
  if (file.size === 0) return { problem: 'empty', filename: file.name };
  if (file.size > MAX_EVIDENCE_BYTES) return { problem: 'tooLarge', filename: file.name };
  const extension = file.name.includes('.') ? file.name.toLowerCase().split('.').pop()! : '';
  if (!(EVIDENCE_EXTENSIONS as readonly string[]).includes(extension))
    return { problem: 'badType', filename: file.name };
  return null;
}

/** "1536" → "1,5 KB". */
export function formatBytes(size: number): string {
  if (size < 1024) return `${size} B`;
  if (size < 1024 * 1024) return `${(size / 1024).toLocaleString('vi-VN', { maximumFractionDigits: 1 })} KB`;
  return `${(size / 1048576).toLocaleString('vi-VN', { maximumFractionDigits: 1 })} MB`;
}

/** Is this an evidence link the server will take (http or https, no spaces)? */
export function isEvidenceLink(text: string): boolean {
  return /^https?:\/\/\S+$/i.test(text.trim()) && text.trim().length <= 1000;
}
