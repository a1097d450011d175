import { eq } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.js';
import { provinces } from '../../db/schema/tenancy.js';
import { currentScope, ownProvince } from '../../db/tenancy.js';
import { monitorProfiles } from '../../db/schema/monitoring.js';
import { type Analyzer, createAnalyzer } from './analysis/analyzer.js';
import { DEFAULT_PATHS, loadModel, readJsonFile } from './analysis/defaults.js';
import type { CompiledModel } from './analysis/model.js';
import { compileProfile } from './analysis/profile.js';

let model: CompiledModel | undefined;
let shippedProfile: unknown;
/** A province's analyser with the version of the profile it was compiled from (stored with each analysis). */
export type ProvinceAnalyzer = Analyzer & { profileVersion: number };
const analyzers = new Map<string, ProvinceAnalyzer>();

/** The shipped profile (Tuyên Quang), the starting point of a coordinator's edits. */
export function shippedProfileData(): unknown {
  shippedProfile ??= readJsonFile(DEFAULT_PATHS.profile, 'MONITOR_PROFILE_INVALID');
  return shippedProfile;
}

/** The profile a province uses now: the coordinator's edited copy, or the shipped one; with its version. */
export async function currentProfile(db: Db | Tx): Promise<{ data: unknown; version: number; edited: boolean }> {
  const [row] = await db.select().from(monitorProfiles);
  if (row) return { data: row.data, version: row.version, edited: true };
  return { data: await startingProfile(db), version: 0, edited: false };
}

/**
 * The profile before any edit: the shipped one for its own province (Tuyên Quang), and for any
 * other province one holding only the province's name, for its coordinator to fill in.
 */
async function startingProfile(db: Db | Tx): Promise<unknown> {
  const [province] = await db
    .select({ code: provinces.code, name: provinces.name })
    .from(provinces)
    .where(eq(provinces.id, currentScope().provinceId));
  const shipped = shippedProfileData() as { id: string; name: string };
  const name = province ? province.name.normalize('NFC').replace(/^(tỉnh|thành phố)\s+/iu, '') : shipped.name;
  if (!province || province.code === shipped.id || name === shipped.name) return shipped;
  return {
    schemaVersion: 1,
    id: province.code,
    name,
    entities: [{ id: `province-${province.code}`, kind: 'province', name, names: [`tỉnh ${name}`] }],
  };
}

/**
 * The analyser of the current province, compiled once per profile version (keyed by province and
 * version, so every instance recompiles after an edit committed anywhere). Each ingest asks for the
 * version only (or passes the one it read: `knownVersion`): the profile itself (tens of kilobytes)
 * is read when it has changed.
 */
export async function provinceAnalyzer(
  db: Db | Tx,
  provinceId: number,
  knownVersion?: number,
): Promise<ProvinceAnalyzer> {
  const version =
    knownVersion ??
    (
      await db
        .select({ version: monitorProfiles.version })
        .from(monitorProfiles)
        .where(ownProvince(monitorProfiles.provinceId))
    )[0]?.version ??
    0;
  const cached = analyzers.get(`${provinceId}:${version}`);
  if (cached) return cached;
  const profile = await currentProfile(db);
  model ??= loadModel();
  const analyzer = { ...createAnalyzer(compileProfile(profile.data as never), model), profileVersion: profile.version };
  for (const k of analyzers.keys()) if (k.startsWith(`${provinceId}:`)) analyzers.delete(k);
  analyzers.set(`${provinceId}:${profile.version}`, analyzer);
  return analyzer;
}

/** The province's name as its press profile spells it (the profile names what the monitoring looks for). */
export async function provinceName(db: Db | Tx): Promise<string> {
  const profile = (await currentProfile(db)).data as { name?: string };
  return profile.name ?? 'Tuyên Quang';
}
