/** History data: every completed assessment, oldest first, with the result score() gives. */
import { beforeEach, describe, expect, it } from 'vitest';
import { formIndicators, levelSummary, scaleOf, score } from '../../src/domain/index.ts';
import { loadHistory } from '../../src/services/history.ts';
import { completeAssessment, startAssessment } from '../../src/storage/assessments.ts';
import { currentBattery } from '../helpers/battery.ts';
import { freshDatabase } from '../helpers/db.ts';

const battery = currentBattery();

function answers(seed: number): Record<string, string> {
  return Object.fromEntries(
    formIndicators(battery, 'full').map((ind, k) => {
      const options = scaleOf(battery, ind).options;
      return [ind.id, options[(k * 3 + seed) % options.length]?.id ?? 'skip'];
    }),
  );
}

async function completed(at: string, seed: number, version = battery.version) {
  const a = await startAssessment({
    batteryId: battery.id,
    batteryVersion: version,
    formId: 'full',
    answers: answers(seed),
    now: new Date(at),
  });
  await completeAssessment(a.id, new Date(at));
  return a;
}

beforeEach(() => {
  freshDatabase();
});

describe('loadHistory', () => {
  it('lists completed assessments oldest first, each with the levels score() gives', async () => {
    const second = await completed('2026-03-01T10:00:00Z', 2);
    const first = await completed('2026-01-01T10:00:00Z', 1);
    await startAssessment({ batteryId: battery.id, batteryVersion: battery.version, formId: 'full' });

    const { entries } = await loadHistory();
    expect(entries.map((e) => e.assessment.id)).toEqual([first.id, second.id]);
    expect(entries[0]?.result).toEqual(levelSummary(score(battery, answers(1), 'full')));
    expect(entries[1]?.result).toEqual(levelSummary(score(battery, answers(2), 'full')));
  });

  it('uses the levels kept at completion, without scoring again', async () => {
    const a = await startAssessment({
      batteryId: battery.id,
      batteryVersion: battery.version,
      formId: 'full',
      answers: answers(1),
    });
    const kept = levelSummary(score(battery, answers(1), 'full'));
    const done = await completeAssessment(a.id, new Date('2026-02-01T10:00:00Z'), (given, formId) => {
      expect(given).toEqual(answers(1)); // worked out from the answers as stored
      return levelSummary(score(battery, given, formId));
    });
    expect(done?.levels).toEqual(kept);
    // Proof that history reads the kept levels: a version the app cannot load still shows them.
    const other = await startAssessment({
      batteryId: battery.id,
      batteryVersion: '0.0.1',
      formId: 'full',
      answers: answers(2),
      isComplete: true,
      summarize: () => kept,
    });
    const { entries } = await loadHistory();
    expect(entries.find((e) => e.assessment.id === other.id)?.result).toEqual(kept);
    expect(entries.find((e) => e.assessment.id === a.id)?.result).toEqual(kept);
  });

  it('still lists an assessment whose battery version is not shipped, without a result', async () => {
    const old = await completed('2025-06-01T10:00:00Z', 1, '0.0.1');
    const recent = await completed('2026-01-01T10:00:00Z', 2);
    const { entries } = await loadHistory();
    expect(entries.map((e) => [e.assessment.id, e.result === undefined])).toEqual([
      [old.id, true],
      [recent.id, false],
    ]);
  });
});
