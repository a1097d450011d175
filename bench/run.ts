// npm run bench -- <name>: runs one benchmark script in bench/ (owes, plan-parser, official-docx…).
const name = process.argv[2] ?? 'owes';
const files: Record<string, string> = {
  owes: './owes-api.bench.ts',
  board: './timeliness-board.bench.ts',
  consolidation: './consolidation.bench.ts',
  'plan-parser': './plan-parser.bench.ts',
  'official-docx': './official-docx.bench.ts',
  'ocr-scan': './ocr-scan.bench.ts',
  start: './start.bench.ts',
  'monitor-analyze': './monitor-analyze.bench.ts',
  load: './load.bench.ts',
};
const file = files[name];
if (!file) {
  console.error(`unknown benchmark ${name}; one of: ${Object.keys(files).join(', ')}`);
  process.exit(2);
}
await import(file);
