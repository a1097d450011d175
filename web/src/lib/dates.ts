/** Date helpers: the API speaks ISO yyyy-mm-dd, people read and type dd/mm/yyyy. */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** "2025-03-01" → "01/03/2025"; empty for null; the input back unchanged when it is not a date. */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '';
  const match = ISO_DATE.exec(iso.slice(0, 10));
  if (!match) return iso;
  return `${match[3]}/${match[2]}/${match[1]}`;
}

/** A timestamp shown as "dd/mm/yyyy HH:mm" in Vietnam's time (UTC+7, no daylight saving). */
export function formatDateTime(instant: string | Date | null | undefined): string {
  if (!instant) return '';
  const time = typeof instant === 'string' ? Date.parse(instant) : instant.getTime();
  if (Number.isNaN(time)) return String(instant);
  const local = new Date(time + 7 * 3600_000).toISOString();
  return `${formatDate(local.slice(0, 10))} ${local.slice(11, 16)}`;
}

/** Is this a real calendar day (no 31/02)? */
function isRealDay(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/**
 * Reads a typed date: "1/3/2025", "01/03/2025", "01-03-2025", "01.03.2025" or ISO → "2025-03-01";
 * null when it is not a real date.
 */
export function parseDateInput(text: string): string | null {
  const value = text.trim();
  const iso = ISO_DATE.exec(value);
  if (iso) return isRealDay(Number(iso[1]), Number(iso[2]), Number(iso[3])) ? value : null;
  const match = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(value);
  if (!match) return null;
  const [day, month, year] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (!isRealDay(year, month, day)) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Is the string an ISO date the API accepts? */
export function isIsoDate(value: string | null | undefined): value is string {
  return !!value && ISO_DATE.test(value) && parseDateInput(value) !== null;
}
