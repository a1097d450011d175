import { useState } from 'react';
import type { UploadAnswer } from './plan-import.types';
import { PlanReview } from './PlanReview';
import { UploadStep } from './UploadStep';

/** /plans/import: upload a plan document, then review what was read and confirm it as a draft plan. */
export function PlanImportPage() {
  const [uploaded, setUploaded] = useState<{ answer: UploadAnswer; fileName: string } | null>(null);
  if (!uploaded) return <UploadStep onUploaded={(answer, fileName) => setUploaded({ answer, fileName })} />;
  return <PlanReview answer={uploaded.answer} fileName={uploaded.fileName} onRestart={() => setUploaded(null)} />;
}
