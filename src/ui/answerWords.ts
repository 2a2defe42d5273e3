/** An answer in her words: the indicator's short summary and the option she chose. */
import { pickText, scaleOf, type Battery, type ScoredAnswer } from '../domain/index.ts';

export function answerWords(
  battery: Battery,
  answer: ScoredAnswer,
  lng: string,
): { topic: string; choice: string } {
  const indicator = battery.indicators.find((i) => i.id === answer.indicatorId);
  if (!indicator) return { topic: answer.indicatorId, choice: answer.optionId };
  const option = scaleOf(battery, indicator).options.find((o) => o.id === answer.optionId);
  return {
    topic: pickText(indicator.summary, lng, battery),
    choice: option ? pickText(option.label, lng, battery) : answer.optionId,
  };
}
