import { ApiError, api, uploadBytes } from '../../api/client';
import type { Agency } from '../../api/types';
import type { ImportAnswer, NameResolution, NameTarget, ParsedPlan, UploadAnswer } from './plan-import.types';

/** Largest document the server accepts (server/features/plans/plans.routes.ts). */
export const MAX_UPLOAD_BYTES = 20 * 1024 * 1024;
export const ACCEPTED_EXTENSIONS = ['txt', 'docx', 'pdf', 'png', 'jpg', 'jpeg'] as const;

/** Refuses before uploading what the server would refuse anyway: a wrong type, too big, empty. */
export function checkFile(file: { name: string; size: number }): ApiError | null {
  const extension = file.name.split('.').pop()?.toLowerCase() ?? '';
  if (!(ACCEPTED_EXTENSIONS as readonly string[]).includes(extension)) return new ApiError(415, 'UNSUPPORTED_MEDIA_TYPE', 'Unsupported file type');
  if (file.size > MAX_UPLOAD_BYTES) return new ApiError(413, 'PAYLOAD_TOO_LARGE', 'File too large');
  if (file.size === 0) return new ApiError(400, 'DOCUMENT_EMPTY', 'Empty file');
  return null;
}

/** POST /api/plans/upload with the raw bytes: the server reads, parses and compares the document. */
export function uploadPlanDocument(file: File, onProgress: (fraction: number) => void): Promise<UploadAnswer> {
  return uploadBytes<UploadAnswer>('/api/plans/upload', file, { headers: { 'x-filename': encodeURIComponent(file.name) }, onProgress });
}

/** POST /api/plans/import: stores the reviewed plan as a draft. */
export function importReviewedPlan(body: { plan: ParsedPlan; choices: Record<string, NameTarget>; attachmentId: number; province: string }): Promise<ImportAnswer> {
  return api.post<ImportAnswer>('/api/plans/import', body);
}

/** GET /api/agencies/resolve: how the registry reads a name typed in the review. */
export function resolveAgencyName(name: string, province: string, asOf?: string): Promise<NameResolution> {
  return api.get<NameResolution>('/api/agencies/resolve', { name, province, asOf });
}

/** POST /api/agencies: a new agency for a name the registry does not know. */
export function createAgency(input: { name: string; kind: string; province: string; validFrom: string; aliases?: Array<{ alias: string; kind: 'as-printed' }> }): Promise<{ agency: Agency }> {
  return api.post<{ agency: Agency }>('/api/agencies', input);
}

/** POST /api/agencies/:id/aliases: the printed name becomes another name of an existing agency. */
export async function addPrintedAlias(agencyId: number, alias: string): Promise<void> {
  try {
    await api.post(`/api/agencies/${agencyId}/aliases`, { alias, kind: 'as-printed' });
  } catch (error) {
    // Already recorded as this agency's alias: the mapping the reviewer wants holds anyway.
    if (!(error instanceof ApiError && error.code === 'DUPLICATE_NAME')) throw error;
  }
}
