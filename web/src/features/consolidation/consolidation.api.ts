/** Saving the consolidated report's text, settings and highlights (one PUT with a version check). */
import * as c from '@common/contracts/consolidation';
import { call } from '../../api/client';
import type { SaveReportBody } from './consolidation.types';

/**
 * Saves settings or highlights without touching the section texts: the saved edits are sent back
 * as they are, since the body lists the complete set of overridden sections.
 */
export function saveReport(periodId: number, body: SaveReportBody) {
  return call(c.saveNarrative, { params: { id: periodId }, body });
}
