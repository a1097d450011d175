/**
 * Calendar-date primitives on ISO 'yyyy-mm-dd' strings. All arithmetic goes through a UTC day
 * number, so the host's time zone and daylight-saving rules can never shift a date.
 */

const ISO_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

/** A calendar date written 'yyyy-mm-dd'. */
export type IsoDate = string;

/** Day of week with the JavaScript numbering: 0 = Sunday … 6 = Saturday. */
export type Weekday = 0 | 1 | 2 | 3 | 4 | 5 | 6;

/** Number of days in a month of the proleptic Gregorian calendar (month 1–12). */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Builds an ISO date from parts, or returns null when the parts name no real date (31/02). */
export function isoFromParts(year: number, month: number, day: number): IsoDate | null {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return null;
  if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1) return null;
  if (day > daysInMonth(year, month)) return null;
  return `${String(year).padStart(4, '0')}-${pad2(month)}-${pad2(day)}`;
}

/** True for a well-formed ISO date that exists in the calendar. */
export function isIsoDate(value: unknown): value is IsoDate {
  if (typeof value !== 'string') return false;
  const m = ISO_RE.exec(value);
  return m !== null && isoFromParts(Number(m[1]), Number(m[2]), Number(m[3])) === value;
}

/** Throws a RangeError unless the value is a real ISO date; returns it typed. */
export function assertIsoDate(value: string): IsoDate {
  if (!isIsoDate(value)) throw new RangeError(`Ngày không hợp lệ (cần yyyy-mm-dd): ${value}`);
  return value;
}

/** Splits an ISO date into numeric parts. */
export function isoParts(iso: IsoDate): { year: number; month: number; day: number } {
  const m = ISO_RE.exec(assertIsoDate(iso));
  // The assertion above guarantees the groups exist.
  return { year: Number(m![1]), month: Number(m![2]), day: Number(m![3]) };
}

/** Days since 1970-01-01 (UTC); the unit of every date computation here. */
export function toDayNumber(iso: IsoDate): number {
  const { year, month, day } = isoParts(iso);
  return Date.UTC(year, month - 1, day) / MS_PER_DAY;
}

/** Inverse of toDayNumber. */
export function fromDayNumber(dayNumber: number): IsoDate {
  const d = new Date(dayNumber * MS_PER_DAY);
  return `${String(d.getUTCFullYear()).padStart(4, '0')}-${pad2(d.getUTCMonth() + 1)}-${pad2(d.getUTCDate())}`;
}

/** Adds calendar days (negative to go back). */
export function addDays(iso: IsoDate, days: number): IsoDate {
  return fromDayNumber(toDayNumber(iso) + days);
}

/** Calendar days from a to b (positive when b is later). */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  return toDayNumber(b) - toDayNumber(a);
}

/** Day of week, 0 = Sunday. */
export function weekday(iso: IsoDate): Weekday {
  // 1970-01-01 was a Thursday (4).
  return ((((toDayNumber(iso) + 4) % 7) + 7) % 7) as Weekday;
}

/** True on Saturday and Sunday, the weekly rest days of the civil service. */
export function isWeekend(iso: IsoDate): boolean {
  const w = weekday(iso);
  return w === 0 || w === 6;
}

/** Last day of a month. */
export function lastDayOfMonth(year: number, month: number): IsoDate {
  return isoFromParts(year, month, daysInMonth(year, month))!;
}

/** 'yyyy-mm-dd' → 'dd/mm/yyyy', the form printed in Vietnamese documents. */
export function formatDateVi(iso: IsoDate): string {
  const { year, month, day } = isoParts(iso);
  return `${pad2(day)}/${pad2(month)}/${year}`;
}

/** Like parseDateVi but returns null instead of throwing. */
export function tryParseDateVi(text: string): IsoDate | null {
  const m = /^\s*(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})\s*$/.exec(text);
  if (!m) return null;
  return isoFromParts(Number(m[3]), Number(m[2]), Number(m[1]));
}

/** 'd/m/yyyy' (also with '-' or '.') → ISO; throws a RangeError on impossible dates like 31/02. */
export function parseDateVi(text: string): IsoDate {
  const iso = tryParseDateVi(text);
  if (iso === null) throw new RangeError(`Ngày không hợp lệ (cần ngày/tháng/năm): ${text}`);
  return iso;
}

/** Vietnam's offset from UTC (UTC+7, no daylight saving since 1975). */
export const VIETNAM_UTC_OFFSET_MS = 7 * 3_600_000;

/** The calendar date of an instant in Asia/Ho_Chi_Minh, as yyyy-mm-dd. */
export function isoDateInVietnam(instant: Date | number): IsoDate {
  const time = typeof instant === 'number' ? instant : instant.getTime();
  return new Date(time + VIETNAM_UTC_OFFSET_MS).toISOString().slice(0, 10);
}

/** The hour of the day (0–23) of an instant in Vietnam. */
export function hourInVietnam(instant: Date): number {
  return new Date(instant.getTime() + VIETNAM_UTC_OFFSET_MS).getUTCHours();
}

/** A date for people: "2025-03-01" → "01/03/2025"; empty for nothing; other text back unchanged. */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '';
  const day = iso.slice(0, 10);
  return isIsoDate(day) ? formatDateVi(day) : iso;
}

/** An instant for people: "dd/mm/yyyy HH:mm" in Vietnam's time; empty for nothing. */
export function formatDateTime(instant: string | Date | null | undefined): string {
  if (!instant) return '';
  const time = typeof instant === 'string' ? Date.parse(instant) : instant.getTime();
  if (Number.isNaN(time)) return String(instant);
  const local = new Date(time + VIETNAM_UTC_OFFSET_MS).toISOString();
  return `${formatDateVi(local.slice(0, 10))} ${local.slice(11, 16)}`;
}

/** Reads a date as people type it ("1/3/2025", "01-03-2025", "01.03.2025") or as ISO; null if not a real day. */
export function parseDateInput(text: string): IsoDate | null {
  const value = text.trim();
  if (ISO_RE.test(value)) return isIsoDate(value) ? value : null;
  return tryParseDateVi(value);
}

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}
