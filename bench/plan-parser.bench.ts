/**
 * Plan-parser timings (a plain script, not a test): node --import tsx bench/plan-parser.bench.ts
 * Prints the warm seed parse (median; target ≤ 20 ms), a generated 100-page plan (≤ 1 s) and the
 * growth curve from 10 to 1,000 tasks, to show the parse stays linear.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parsePlanText } from '../server/documents/plan-parser/index.js';

const seed = readFileSync(join(import.meta.dirname, '../fixtures/plans/seed-tuyen-quang-2025.txt'), 'utf8');

function median(runs: number, f: () => void): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    f();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? 0;
}

/** A plan with `n` tasks in groups of 10, each with a body paragraph and four labelled fields. */
function generated(n: number): string {
  const out = [
    'ỦY BAN NHÂN DÂN',
    'TỈNH TUYÊN QUANG',
    'Số: 99/KH-UBND',
    'KẾ HOẠCH',
    'Công tác thông tin đối ngoại năm 2026',
    'Căn cứ Nghị định số 72/2015/NĐ-CP ngày 07/9/2015 của Chính phủ về quản lý hoạt động thông tin đối ngoại;',
    'I. MỤC ĐÍCH, YÊU CẦU',
    'Bảo đảm hiệu quả.',
    'II. NHIỆM VỤ',
  ];
  for (let i = 0; i < n; i++) {
    const group = Math.floor(i / 10) + 1;
    if (i % 10 === 0) out.push(`${group}. Nhóm nhiệm vụ số ${group}`);
    out.push(
      `${group}.${(i % 10) + 1}. Tổ chức hoạt động thông tin đối ngoại số ${i + 1} về quảng bá hình ảnh địa phương.`,
    );
    out.push(
      'a) Nội dung: Tăng cường thông tin, tuyên truyền đối ngoại trên báo chí, mạng xã hội, Cổng Thông tin điện tử tỉnh; phối hợp với các cơ quan báo chí trong và ngoài nước để giới thiệu tiềm năng, thế mạnh của tỉnh.',
    );
    out.push('b) Cơ quan chủ trì: Sở Văn hóa, Thể thao và Du lịch.');
    out.push(
      'c) Cơ quan phối hợp: Ban Tuyên giáo và Dân vận Tỉnh ủy, Công an tỉnh, các sở, ban, ngành, Ủy ban nhân dân các xã, phường và các cơ quan có liên quan.',
    );
    out.push(`d) Thời gian thực hiện: Quý ${['I', 'II', 'III', 'IV'][i % 4]}/2026.`);
  }
  out.push(
    'III. TỔ CHỨC THỰC HIỆN',
    'Các cơ quan báo cáo 6 tháng trước ngày 15/6/2026 và báo cáo năm trước ngày 15/11/2026.',
    'Nơi nhận:',
    '- Như trên;',
    '- Lưu: VT.',
    'KT. CHỦ TỊCH',
    'PHÓ CHỦ TỊCH',
    'Nguyễn Văn A',
  );
  return out.join('\n');
}

for (let i = 0; i < 20; i++) parsePlanText(seed); // warm-up
console.log(`seed parse, warm median of 200: ${median(200, () => parsePlanText(seed)).toFixed(2)} ms (target ≤ 20 ms)`);

// About 3,000 characters per page of an A4 plan: 100 pages ≈ 300,000 characters.
let pages100 = '';
let n = 10;
while (pages100.length < 300_000) {
  n += 10;
  pages100 = generated(n);
}
console.log(
  `100-page plan (${pages100.length} chars, ${n} tasks): ${median(5, () => parsePlanText(pages100)).toFixed(1)} ms (target ≤ 1000 ms)`,
);

console.log('growth curve (tasks → ms, ms per task):');
for (const size of [10, 30, 100, 300, 1000]) {
  const text = generated(size);
  const ms = median(size >= 300 ? 5 : 20, () => parsePlanText(text));
  console.log(
    `  ${String(size).padStart(5)} tasks  ${ms.toFixed(2).padStart(8)} ms  ${(ms / size).toFixed(3)} ms/task`,
  );
}
