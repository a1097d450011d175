import { viActivities } from './activities.js';
import { viGuidance } from './guidance.js';
import { viAdmin } from './admin.js';
import { viApp } from './app.js';
import { viErrors } from './errors.js';
import { viCycle } from './cycle.js';
import { viHome } from './home.js';
import { viMinistry } from './ministry.js';
import { viNotify } from './notify.js';
import { viMonitoring } from './monitoring.js';
import { viPlanImport } from './plan-import.js';
import { viPlanVersions } from './plan-versions.js';
import { viReporting } from './reporting.js';
import { viResponse } from './response.js';
import { viBudget } from './budget.js';

/** The source catalogue: every user-facing text in Vietnamese; `en/index.ts` has the same keys. */
export const vi = {
  ...viApp,
  ...viAdmin,
  ...viPlanImport,
  ...viPlanVersions,
  ...viReporting,
  ...viErrors,
  ...viHome,
  ...viMinistry,
  ...viNotify,
  ...viCycle,
  ...viActivities,
  ...viGuidance,
  ...viMonitoring,
  ...viResponse,
  ...viBudget,
} as const;

/** A key of the catalogue. */
export type MessageKey = keyof typeof vi;
