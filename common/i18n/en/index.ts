import type { MessageKey } from '../vi/index.js';
import { enActivities } from './activities.js';
import { enGuidance } from './guidance.js';
import { enAdmin } from './admin.js';
import { enApp } from './app.js';
import { enErrors } from './errors.js';
import { enCycle } from './cycle.js';
import { enHome } from './home.js';
import { enMinistry } from './ministry.js';
import { enNotify } from './notify.js';
import { enMonitoring } from './monitoring.js';
import { enPlanImport } from './plan-import.js';
import { enPlanVersions } from './plan-versions.js';
import { enReporting } from './reporting.js';
import { enResponse } from './response.js';
import { enBudget } from './budget.js';

/** The English catalogue; the type makes a missing key a compile error. */
export const en: Record<MessageKey, string> = {
  ...enApp,
  ...enAdmin,
  ...enPlanImport,
  ...enPlanVersions,
  ...enReporting,
  ...enErrors,
  ...enHome,
  ...enMinistry,
  ...enNotify,
  ...enCycle,
  ...enActivities,
  ...enGuidance,
  ...enMonitoring,
  ...enResponse,
  ...enBudget,
};
