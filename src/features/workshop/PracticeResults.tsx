/**
 * Practice results: the same score, reasons and suggested actions as a real assessment, drawn by
 * the same components, from answers held in memory.
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { recommend, score, type Answers, type Battery } from '../../domain/index.ts';
import { ResultBody } from '../../ui/ResultBody.tsx';
import { PracticeContext } from '../../ui/practiceMode.ts';

export function PracticeResults({
  battery,
  formId,
  answers,
}: {
  battery: Battery;
  formId: string;
  answers: Answers;
}) {
  const { t } = useTranslation(['workshop', 'app']);
  const result = useMemo(() => score(battery, answers, formId), [battery, answers, formId]);
  const recommendations = useMemo(() => recommend(battery, result), [battery, result]);

  return (
    // Practice: the shared components never lead to a screen that saves, nor show what is saved.
    <PracticeContext value={true}>
      <ResultBody
        battery={battery}
        result={result}
        recommendations={recommendations}
        afterLevels={<p className="notice">{t('app:results.notAPrediction')}</p>}
      />
    </PracticeContext>
  );
}
