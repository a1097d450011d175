/** Working-day calendar of the Vietnamese civil service; pure, shared by server and web. */

import { WorkingCalendar } from './working-calendar.js';

export * from './iso-date.js';
export * from './lunar-vn.js';
export * from './holidays-vn.js';
export * from './holiday-rules.js';
export * from './report-window.js';
export * from './working-calendar.js';

/** The calendar with the official schedules and no local overrides. */
export const defaultWorkingCalendar = new WorkingCalendar();
