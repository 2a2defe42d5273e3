/** Starting an assessment: with the current battery and her chosen form. */
import { loadCurrentBattery } from './batteries.ts';
import { startAssessment, type Assessment } from '../storage/assessments.ts';

export async function beginAssessment(formId: 'full' | 'short'): Promise<Assessment> {
  const battery = await loadCurrentBattery();
  const form = battery.forms.some((f) => f.id === formId) ? formId : 'full';
  return startAssessment({ batteryId: battery.id, batteryVersion: battery.version, formId: form });
}
