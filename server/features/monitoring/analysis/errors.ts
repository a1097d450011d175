import { AppError } from '../../../../common/errors.js';

/** Codes of the analysis core's failures (messages in common/i18n/{vi,en}/errors.ts). */
export type AnalysisErrorCode = 'MONITOR_PROFILE_INVALID' | 'MONITOR_MODEL_INVALID' | 'MONITOR_INPUT_INVALID';

/** The analysis core's failures are AppErrors, so the CLI and the API show them from the catalogue. */
export const AnalysisError = AppError;

/** A failure of the analysis core: its code and a technical detail (file, line, field) for the message. */
export function analysisError(code: AnalysisErrorCode, detail: string, details?: Record<string, unknown>): AppError {
  const error = new AppError(code, { detail });
  return details ? error.with(details) : error;
}
