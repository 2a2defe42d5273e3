/** Starting an assessment: with the current battery and her chosen form. */
import type { Assessment } from '../storage/assessments.ts';

export async function beginAssessment(formId: 'full' | 'short'): Promise<Assessment> {
  // Loaded on demand: the battery and its checks (zod) are not needed to draw the home screen.
  const { loadCurrentBattery } = await import('./batteries.ts');
  const battery = await loadCurrentBattery();
  const form = battery.forms.some((f) => f.id === formId) ? formId : 'full';
  const { startAssessment } = await import('../storage/assessments.ts');
  return startAssessment({ batteryId: battery.id, batteryVersion: battery.version, formId: form });
}
