import type { Database } from '../../db/client.js';
import { verifyAuditChain } from './verify-audit-chain.js';

/** `ttdn audit verify`: prints the chain's breaks and each province's head; exit code 1 on any break. */
export async function runAuditVerify(database: Database): Promise<number> {
  const report = await verifyAuditChain(database.db);
  for (const p of report.problems) {
    const where = p.id === null ? `seq ${p.seq}` : `#${p.id} (seq ${p.seq ?? '—'})`;
    console.log(`  ! tỉnh/province ${p.provinceId}: ${where} ${p.kind}`);
  }
  // The heads are what an operator notes outside the database: a chain rewritten from the start
  // would still verify, but would no longer end at the hash noted yesterday.
  for (const h of report.heads) console.log(`  tỉnh/province ${h.provinceId}: seq ${h.seq} ${h.hash}`);
  if (report.problems.length > 0) {
    console.log(
      `Nhật ký bị sửa hoặc xóa: ${report.problems.length} chỗ / Audit log altered or deleted: ${report.problems.length} problem(s) in ${report.rows} rows`,
    );
    return 1;
  }
  console.log(`Nhật ký nguyên vẹn / Audit log intact: ${report.rows} rows`);
  return 0;
}
