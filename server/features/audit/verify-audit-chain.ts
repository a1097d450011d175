import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';

/** One break in a province's audit chain. */
export type AuditChainProblem = {
  provinceId: number;
  /** The audit row's id (null when the problem is a missing tail: nothing left to point at). */
  id: number | null;
  seq: number | null;
  kind: 'altered' | 'unsealed' | 'link-broken' | 'rows-missing' | 'tail-missing';
};

/** What `ttdn audit verify` reports: rows checked, problems, and each province's head to note elsewhere. */
export type AuditChainReport = {
  rows: number;
  problems: AuditChainProblem[];
  heads: Array<{ provinceId: number; seq: number; hash: string }>;
};

type Row = Record<string, unknown>;
const num = (v: unknown): number | null => (v === null || v === undefined ? null : Number(v));

/**
 * Recomputes every province's audit chain (the database's own `ttdn_audit_row_hash`, the function
 * that sealed it) and reports each row whose content no longer matches its hash, each link to a
 * previous hash that is not the previous row's, each gap in the numbering (deleted rows) and a head
 * that is ahead of the last row (a deleted tail). Runs on the system handle: every province.
 */
export async function verifyAuditChain(db: Db): Promise<AuditChainReport> {
  const checked = await db.execute(sql`
    SELECT count(*)::int AS n FROM audit_events`);
  const bad = await db.execute(sql`
    SELECT * FROM (
      SELECT a.province_id, a.id, a.chain_seq, a.hash,
             a.hash IS NOT NULL AND a.hash <> ttdn_audit_row_hash(a.prev_hash, a.chain_seq, a) AS altered,
             a.prev_hash IS DISTINCT FROM coalesce(lag(a.hash) OVER w, '') AS link_broken,
             a.chain_seq IS DISTINCT FROM coalesce(lag(a.chain_seq) OVER w, 0) + 1 AS gap
      FROM audit_events a
      WINDOW w AS (PARTITION BY a.province_id ORDER BY a.chain_seq NULLS LAST, a.id)
    ) c
    WHERE c.hash IS NULL OR c.altered OR c.link_broken OR c.gap
    ORDER BY c.province_id, c.chain_seq NULLS LAST, c.id
    LIMIT 1000`);
  const problems: AuditChainProblem[] = (bad.rows as Row[]).map((r) => ({
    provinceId: Number(r.province_id),
    id: num(r.id),
    seq: num(r.chain_seq),
    kind: r.hash === null ? 'unsealed' : r.altered ? 'altered' : r.gap ? 'rows-missing' : 'link-broken',
  }));
  const heads = await db.execute(sql`
    SELECT h.province_id, h.seq, h.hash, last.chain_seq AS last_seq, last.hash AS last_hash
    FROM audit_chain_heads h
    LEFT JOIN LATERAL (
      SELECT chain_seq, hash FROM audit_events a
      WHERE a.province_id = h.province_id AND a.chain_seq IS NOT NULL
      ORDER BY a.chain_seq DESC LIMIT 1
    ) last ON true
    ORDER BY h.province_id`);
  for (const h of heads.rows as Row[]) {
    if (Number(h.seq) !== Number(h.last_seq ?? 0) || h.hash !== (h.last_hash ?? ''))
      problems.push({ provinceId: Number(h.province_id), id: null, seq: Number(h.seq), kind: 'tail-missing' });
  }
  return {
    rows: Number((checked.rows as Row[])[0]?.n ?? 0),
    problems,
    heads: (heads.rows as Row[]).map((h) => ({
      provinceId: Number(h.province_id),
      seq: Number(h.seq),
      hash: String(h.hash),
    })),
  };
}
