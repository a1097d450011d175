import { MAX_DOCUMENT_BYTES, megabytes } from '@common/limits';
import * as org from '@common/contracts/organisations';
import type { EndpointReply } from '@common/contracts/endpoint';
import * as plans from '@common/contracts/plans';
import { ApiError, call, uploadBytes } from '../../api/client';
import type { Agency } from '../../api/types';
import type { ImportAnswer, NameResolution, NameTarget, ParsedPlan, UploadAnswer } from './plan-import.types';

export const ACCEPTED_EXTENSIONS = ['txt', 'docx', 'pdf', 'png', 'jpg', 'jpeg'] as const;

/** Refuses before uploading what the server would refuse anyway: a wrong type, too big, empty. */
export function checkFile(file: { name: string; size: number }): ApiError | null {
  const extension = file.name.split('.').pop()?.toLowerCase() ?? '';
  if (!(ACCEPTED_EXTENSIONS as readonly string[]).includes(extension))
    return new ApiError(415, 'DOCUMENT_FORMAT_UNSUPPORTED');
  if (file.size > MAX_DOCUMENT_BYTES)
    return new ApiError(413, 'DOCUMENT_TOO_LARGE', { maxMb: megabytes(MAX_DOCUMENT_BYTES) });
  if (file.size === 0) return new ApiError(422, 'DOCUMENT_EMPTY');
  return null;
}

/** POST /api/plans/import: stores the reviewed plan as a draft. */
export function importReviewedPlan(body: {
  plan: ParsedPlan;
  choices: Record<string, NameTarget>;
  attachmentId: number;
  province: string;
}): Promise<ImportAnswer> {
  return call(plans.importPlan, { body });
}

/** GET /api/agencies/resolve: how the registry reads a name typed in the review. */
export function resolveAgencyName(name: string, province: string, asOf?: string): Promise<NameResolution> {
  return call(org.resolveAgencyName, { query: { name, province, asOf } });
}

/** POST /api/agencies: a new agency for a name the registry does not know. */
export function createAgency(input: org.CreateAgencyBody): Promise<{ agency: Agency }> {
  return call(org.createAgency, { body: input });
}

/** POST /api/agencies/:id/aliases: the printed name becomes another name of an existing agency. */
export async function addPrintedAlias(agencyId: number, alias: string): Promise<void> {
  try {
    await call(org.addAgencyAlias, { params: { id: agencyId }, body: { alias, kind: 'as-printed' } });
  } catch (error) {
    // Already recorded as this agency's alias: the mapping the reviewer wants holds anyway.
    if (!(error instanceof ApiError && error.code === 'DUPLICATE_ALIAS')) throw error;
  }
}

/** Progress of a document being read on the server. */
type StreamEvent = EndpointReply<typeof plans.parsePlanDocument>;
export type ReadProgress = Extract<StreamEvent, { type: 'progress' }>;

/** The events of a server-sent-events text received so far. */
export function parseEvents(text: string): StreamEvent[] {
  return text
    .split('\n\n')
    .map((block) => block.split('\n').find((l) => l.startsWith('data: ')))
    .filter((l): l is string => l !== undefined)
    .flatMap((l) => {
      try {
        return [JSON.parse(l.slice(6)) as StreamEvent];
      } catch {
        return [];
      }
    });
}

/**
 * POST /api/plans/parse-jobs: uploads one document or several page photos, then follows the
 * server's reading page by page (pages done, total, time left) until the review answer arrives.
 */
export function readPlanDocument(
  files: File[],
  onUpload: (fraction: number) => void,
  onRead: (progress: ReadProgress) => void,
): Promise<UploadAnswer> {
  const blob = new Blob(files);
  const headers: Record<string, string> =
    files.length > 1
      ? { 'x-parts': encodeURIComponent(JSON.stringify(files.map((f) => ({ name: f.name, size: f.size })))) }
      : { 'x-filename': encodeURIComponent(files[0]?.name ?? 'tai-lieu') };
  return uploadBytes<UploadAnswer>(plans.parsePlanDocument.path, blob, {
    headers,
    onProgress: onUpload,
    onText: (text) => {
      const last = parseEvents(text)
        .filter((e) => e.type === 'progress')
        .at(-1);
      if (last && last.type === 'progress') onRead(last);
    },
    parse: (text) => {
      const end = parseEvents(text).find((e) => e.type !== 'progress');
      if (end?.type === 'result') return end.answer;
      if (end?.type === 'error') throw new ApiError(422, end.error.code, end.error.params);
      throw new ApiError(0, 'NETWORK');
    },
  });
}
