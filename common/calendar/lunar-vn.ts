/**
 * Vietnamese lunisolar calendar, following the method published by Hồ Ngọc Đức: new moons and the
 * sun's longitude from Meeus-style series, evaluated at UTC+7 (Vietnam has used UTC+7 for its
 * calendar since 1968; the same algorithm at UTC+8 gives the Chinese calendar, which is why Tết
 * sometimes differs from Chinese New Year, e.g. 1985).
 *
 * Months start on the day of the new moon; month 11 contains the winter solstice; in a 13-month
 * year the leap month is the first one without a major solar term (zhongqi).
 */

import { fromDayNumber, isoParts, toDayNumber, type IsoDate } from './iso-date.js';

/** Vietnam's time zone for calendar purposes, in hours east of UTC. */
export const VN_TIME_ZONE = 7;

/** A date in the lunar calendar; `leap` marks the intercalary copy of a month. */
export interface LunarDate {
  day: number;
  month: number;
  year: number;
  leap: boolean;
}

const SYNODIC_MONTH = 29.530588853;
/** Julian day of the new moon of 1900-01-01 (the series' epoch, k = 0). */
const EPOCH_NEW_MOON = 2415021.076998695;
const DEG = Math.PI / 180;
/** Julian day number of 1970-01-01, to bridge to the day numbers of iso-date.ts. */
const JD_UNIX_EPOCH = 2440588;

/** Julian day number (integer, noon-based) of an ISO date. */
export function julianDayNumber(iso: IsoDate): number {
  return toDayNumber(iso) + JD_UNIX_EPOCH;
}

/** ISO date of a Julian day number. */
export function isoFromJulianDay(jd: number): IsoDate {
  return fromDayNumber(jd - JD_UNIX_EPOCH);
}

/** Julian date (fractional, TT≈UT) of the k-th new moon after the 1900 epoch. */
function newMoonJulian(k: number): number {
  const t = k / 1236.85; // Julian centuries since 1900
  const t2 = t * t;
  const t3 = t2 * t;
  let jd = 2415020.75933 + 29.53058868 * k + 0.0001178 * t2 - 0.000000155 * t3;
  jd += 0.00033 * Math.sin((166.56 + 132.87 * t - 0.009173 * t2) * DEG);
  const sunAnomaly = 359.2242 + 29.10535608 * k - 0.0000333 * t2 - 0.00000347 * t3;
  const moonAnomaly = 306.0253 + 385.81691806 * k + 0.0107306 * t2 + 0.00001236 * t3;
  const latitudeArg = 21.2964 + 390.67050646 * k - 0.0016528 * t2 - 0.00000239 * t3;
  const m = sunAnomaly * DEG;
  const mp = moonAnomaly * DEG;
  const f = latitudeArg * DEG;
  let c = (0.1734 - 0.000393 * t) * Math.sin(m) + 0.0021 * Math.sin(2 * m);
  c += -0.4068 * Math.sin(mp) + 0.0161 * Math.sin(2 * mp) - 0.0004 * Math.sin(3 * mp);
  c += 0.0104 * Math.sin(2 * f) - 0.0051 * Math.sin(m + mp) - 0.0074 * Math.sin(m - mp);
  c += 0.0004 * Math.sin(2 * f + m) - 0.0004 * Math.sin(2 * f - m) - 0.0006 * Math.sin(2 * f + mp);
  c += 0.001 * Math.sin(2 * f - mp) + 0.0005 * Math.sin(2 * mp + m);
  // ΔT (TT − UT) in days; the polynomial differs before ~1800 (t < −11).
  const deltaT =
    t < -11
      ? 0.001 + 0.000839 * t + 0.0002261 * t2 - 0.00000845 * t3 - 0.000000081 * t * t3
      : -0.000278 + 0.000265 * t + 0.000262 * t2;
  return jd + c - deltaT;
}

/** Sun's apparent longitude in radians [0, 2π) at a Julian date. */
function sunLongitude(jd: number): number {
  const t = (jd - 2451545.0) / 36525; // Julian centuries since J2000
  const t2 = t * t;
  const m = (357.5291 + 35999.0503 * t - 0.0001559 * t2 - 0.00000048 * t * t2) * DEG;
  const l0 = 280.46645 + 36000.76983 * t + 0.0003032 * t2;
  const dl =
    (1.9146 - 0.004817 * t - 0.000014 * t2) * Math.sin(m) +
    (0.019993 - 0.000101 * t) * Math.sin(2 * m) +
    0.00029 * Math.sin(3 * m);
  const l = (l0 + dl) * DEG;
  return l - 2 * Math.PI * Math.floor(l / (2 * Math.PI));
}

/** Local day (Julian day number) on which the k-th new moon falls. */
function newMoonDay(k: number, timeZone: number): number {
  return Math.floor(newMoonJulian(k) + 0.5 + timeZone / 24);
}

/** Which of the 12 major solar terms (0–11, 30° each) the sun is in at the start of a local day. */
function solarTermIndex(dayNumber: number, timeZone: number): number {
  return Math.floor((sunLongitude(dayNumber - 0.5 - timeZone / 24) / Math.PI) * 6);
}

/** First day (JDN) of lunar month 11 (the month containing the winter solstice) of a solar year. */
function lunarMonth11Start(year: number, timeZone: number): number {
  const off = julianDayNumber(`${String(year).padStart(4, '0')}-12-31`) - 2415021;
  const k = Math.floor(off / SYNODIC_MONTH);
  const nm = newMoonDay(k, timeZone);
  // Term index ≥ 9 means the solstice (270°) has passed at that new moon: month 11 began earlier.
  return solarTermIndex(nm, timeZone) >= 9 ? newMoonDay(k - 1, timeZone) : nm;
}

/** Offset (in months after month 11) of the leap month in the 13-month year starting at a11. */
function leapMonthOffset(a11: number, timeZone: number): number {
  const k = Math.floor((a11 - EPOCH_NEW_MOON) / SYNODIC_MONTH + 0.5);
  let i = 1;
  let arc = solarTermIndex(newMoonDay(k + i, timeZone), timeZone);
  let last: number;
  do {
    last = arc;
    i++;
    arc = solarTermIndex(newMoonDay(k + i, timeZone), timeZone);
  } while (arc !== last && i < 14);
  return i - 1;
}

/** Converts a solar (Gregorian) ISO date to the Vietnamese lunar date. */
export function solarToLunar(iso: IsoDate, timeZone = VN_TIME_ZONE): LunarDate {
  const { year } = isoParts(iso);
  const dayNumber = julianDayNumber(iso);
  const k = Math.floor((dayNumber - EPOCH_NEW_MOON) / SYNODIC_MONTH);
  let monthStart = newMoonDay(k + 1, timeZone);
  if (monthStart > dayNumber) monthStart = newMoonDay(k, timeZone);
  let a11 = lunarMonth11Start(year, timeZone);
  let b11 = a11;
  let lunarYear: number;
  if (a11 >= monthStart) {
    lunarYear = year;
    a11 = lunarMonth11Start(year - 1, timeZone);
  } else {
    lunarYear = year + 1;
    b11 = lunarMonth11Start(year + 1, timeZone);
  }
  const day = dayNumber - monthStart + 1;
  const diff = Math.floor((monthStart - a11) / 29);
  let leap = false;
  let month = diff + 11;
  if (b11 - a11 > 365) {
    const leapDiff = leapMonthOffset(a11, timeZone);
    if (diff >= leapDiff) {
      month = diff + 10;
      leap = diff === leapDiff;
    }
  }
  if (month > 12) month -= 12;
  if (month >= 11 && diff < 4) lunarYear -= 1;
  return { day, month, year: lunarYear, leap };
}

/** Converts a Vietnamese lunar date to the solar ISO date; null if that leap month does not exist. */
export function lunarToSolar(lunar: LunarDate, timeZone = VN_TIME_ZONE): IsoDate | null {
  const { day, month, year, leap } = lunar;
  let a11: number;
  let b11: number;
  if (month < 11) {
    a11 = lunarMonth11Start(year - 1, timeZone);
    b11 = lunarMonth11Start(year, timeZone);
  } else {
    a11 = lunarMonth11Start(year, timeZone);
    b11 = lunarMonth11Start(year + 1, timeZone);
  }
  let off = month - 11;
  if (off < 0) off += 12;
  if (b11 - a11 > 365) {
    const leapOff = leapMonthOffset(a11, timeZone);
    let leapMonth = leapOff - 2;
    if (leapMonth < 0) leapMonth += 12;
    if (leap && month !== leapMonth) return null;
    if (leap || off >= leapOff) off += 1;
  } else if (leap) {
    return null;
  }
  const k = Math.floor(0.5 + (a11 - EPOCH_NEW_MOON) / SYNODIC_MONTH);
  const monthStart = newMoonDay(k + off, timeZone);
  return isoFromJulianDay(monthStart + day - 1);
}

/** Solar date of Tết Nguyên đán (1st day of the 1st lunar month) of a given year. */
export function tetDate(year: number): IsoDate {
  return lunarToSolar({ day: 1, month: 1, year, leap: false })!;
}

/** Solar date of Giỗ Tổ Hùng Vương (10th day of the 3rd lunar month) of a given year. */
export function hungKingsDate(year: number): IsoDate {
  return lunarToSolar({ day: 10, month: 3, year, leap: false })!;
}
