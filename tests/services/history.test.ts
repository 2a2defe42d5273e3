/** History data: every completed assessment, oldest first, with the result score() gives. */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { formIndicators, levelSummary, scaleOf, score } from '../../src/domain/index.ts';
import { historyAsLastRead, loadHistory, sameHistory } from '../../src/services/history.ts';
import {
  completeAssessment,
  deleteAllAssessments,
  deleteAssessment,
  readOverview,
  saveAnswer,
  startAssessment,
} from '../../src/storage/assessments.ts';
import { lock, resetVault, setPassphrase } from '../../src/storage/vault.ts';
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
  resetVault();
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

describe('History as this window last read it (drawn at once, read again at idle)', () => {
  const ids = () => historyAsLastRead()?.entries.map((e) => e.assessment.id);

  it('is what the last read gave, until an assessment is completed, deleted, or all are deleted', async () => {
    const a = await completed('2026-01-01T10:00:00Z', 1);
    expect(historyAsLastRead()).toBeUndefined(); // nothing read yet in this database
    const read = await loadHistory();
    expect(ids()).toEqual([a.id]);
    expect(sameHistory(historyAsLastRead()!, read)).toBe(true);

    // Answering one in progress does not change the completed ones.
    const b = await startAssessment({
      batteryId: battery.id,
      batteryVersion: battery.version,
      formId: 'full',
    });
    await saveAnswer(b.id, formIndicators(battery, 'full')[0]!.id, 'skip', 1);
    expect(ids()).toEqual([a.id]);

    await completeAssessment(b.id, new Date('2026-02-01T10:00:00Z'));
    expect(historyAsLastRead()).toBeUndefined();
    await readOverview();
    expect(ids()).toEqual([a.id, b.id]);

    await deleteAssessment(a.id);
    expect(historyAsLastRead()).toBeUndefined();
    await loadHistory();
    expect(ids()).toEqual([b.id]);

    await deleteAllAssessments();
    expect(historyAsLastRead()).toBeUndefined();
  });

  it('is forgotten when the vault locks, and is not kept for another database', async () => {
    await completed('2026-01-01T10:00:00Z', 1);
    await setPassphrase('correct horse battery staple');
    await loadHistory();
    expect(ids()).toHaveLength(1);
    lock();
    expect(historyAsLastRead()).toBeUndefined();

    freshDatabase();
    resetVault();
    await completed('2026-01-01T10:00:00Z', 1);
    await loadHistory();
    expect(ids()).toHaveLength(1);
    freshDatabase();
    expect(historyAsLastRead()).toBeUndefined();
  });

  it('is forgotten when another window announces a change', async () => {
    await completed('2026-01-01T10:00:00Z', 1);
    await loadHistory();
    expect(ids()).toHaveLength(1);
    const other = new BroadcastChannel('shn-assessments'); // another window of the app
    other.postMessage({ type: 'deleted', id: 'x' });
    await vi.waitFor(() => expect(historyAsLastRead()).toBeUndefined());
    other.close();
  });

  it('is not kept from a read that a change overtook', async () => {
    const a = await completed('2026-01-01T10:00:00Z', 1);
    const reading = loadHistory();
    await deleteAssessment(a.id);
    await reading;
    expect(historyAsLastRead()).toBeUndefined();
  });

  it('tells a read that differs in any assessment or level from one that does not', async () => {
    await completed('2026-01-01T10:00:00Z', 1);
    await completed('2026-02-01T10:00:00Z', 2);
    const one = await loadHistory();
    const two = await loadHistory();
    expect(one).not.toBe(two);
    expect(sameHistory(one, two)).toBe(true);
    const changedLevel = structuredClone(two);
    const first = changedLevel.entries[0]!.result!;
    first.overall = first.overall === 'low' ? 'high' : 'low';
    expect(sameHistory(one, changedLevel)).toBe(false);
    const fewer = { entries: two.entries.slice(1) };
    expect(sameHistory(one, fewer)).toBe(false);
    const moved = structuredClone(two);
    moved.entries[1]!.assessment.completedAt = new Date(0);
    expect(sameHistory(one, moved)).toBe(false);
  });
});
