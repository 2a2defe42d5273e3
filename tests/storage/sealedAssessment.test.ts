/**
 * A completed assessment is sealed for good (issue 22): every write path refuses to change it
 * with a coded error, in this window or from a stale one (the check is inside the write's
 * transaction), and the levels kept with it always equal score() of its answers. Two windows
 * answering the same assessment never lose an answer, and the position always names a step that
 * exists. "Another window" is played by writing the row directly — as another tab would, with its
 * own queue — just before this window's transaction opens, after it read and sealed.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import {
  buildSteps,
  formIndicators,
  levelSummary,
  scaleOf,
  score,
  type Answers,
  type Battery,
} from '../../src/domain/index.ts';
import {
  AssessmentDataSchema,
  completeAssessment,
  deleteAssessment,
  getAssessment,
  saveAnswer,
  savePosition,
  startAssessment,
  type AssessmentData,
} from '../../src/storage/assessments.ts';
import { subscribeChanges, type AssessmentChange } from '../../src/storage/changes.ts';
import type { SealedRow, ShnDatabase } from '../../src/storage/db.ts';
import { openRow, resetVault, toRow } from '../../src/storage/vault.ts';
import { levelsOf } from '../../src/services/results.ts';
import { appBattery } from '../helpers/battery.ts';
import { freshDatabase } from '../helpers/db.ts';

const battery = appBattery();
const FORM = 'full';
let db: ShnDatabase;

beforeEach(() => {
  db = freshDatabase();
  resetVault();
});
afterEach(() => {
  vi.restoreAllMocks();
});

const summarize = (answers: Answers, formId: string) => levelsOf(battery, answers, formId);

const start = () => startAssessment({ batteryId: battery.id, batteryVersion: battery.version, formId: FORM });

/** The first option of each of the first `n` questions everyone is asked. */
function someAnswers(n: number): Answers {
  return Object.fromEntries(
    formIndicators(battery, FORM)
      .filter((i) => !i.showIf)
      .slice(0, n)
      .map((i) => [i.id, scaleOf(battery, i).options[0]?.id ?? 'skip']),
  );
}

const hex = (bytes: ArrayBuffer | Uint8Array | undefined) =>
  bytes ? Buffer.from(bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes)).toString('hex') : '';

/** The row as stored — its sealed bytes, as hex (what another window would see). */
async function rawRow(id: string): Promise<{ id: string; iv: string; ct: string } | undefined> {
  const row: SealedRow | undefined = await db.assessments.get(id);
  return row && { id: row.id, iv: hex(row.iv), ct: hex(row.ct) };
}

async function storedData(id: string): Promise<AssessmentData> {
  const row = await db.assessments.get(id);
  if (!row) throw new Error('no row');
  return AssessmentDataSchema.parse(await openRow('assessments', row));
}

/** Writes a row as another window of the app would: sealed, straight into the table. */
async function writeAsOtherWindow(id: string, data: AssessmentData): Promise<void> {
  await db.assessments.put(await toRow('assessments', id, data));
}

/** Runs `other` (another window's write) just before this window's next write transaction opens. */
function beforeNextWrite(other: () => Promise<void>): void {
  const original = db.transaction.bind(db) as (...args: unknown[]) => unknown;
  vi.spyOn(db, 'transaction').mockImplementationOnce(((...args: unknown[]) =>
    other().then(() => original(...args))) as never);
}

async function expectRefused(promise: Promise<unknown>, code: 'completed' | 'deleted'): Promise<void> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toMatchObject({ name: 'AssessmentStateError', code });
}

describe('a completed assessment is sealed', () => {
  it('refuses a new answer, a new position and a second completion, and its stored bytes stay the same', async () => {
    const a = await start();
    await saveAnswer(a.id, Object.keys(someAnswers(1))[0] ?? '', 'never', 1);
    await completeAssessment(a.id, new Date('2026-03-01T10:00:00Z'), summarize);
    const before = await rawRow(a.id);

    const [indicator] = Object.keys(someAnswers(2)).slice(1);
    await expectRefused(saveAnswer(a.id, indicator ?? '', 'often', 2), 'completed');
    await expectRefused(savePosition(a.id, 0), 'completed');
    await expectRefused(completeAssessment(a.id, new Date('2026-03-02T10:00:00Z'), summarize), 'completed');

    expect(await rawRow(a.id)).toEqual(before);
  });

  it('a stale window that read it before it was finished elsewhere is refused inside its write', async () => {
    const a = await start();
    const answers = someAnswers(3);
    for (const [k, v] of Object.entries(answers)) await saveAnswer(a.id, k, v, 1);
    const [changed] = Object.keys(answers);

    // Window A finishes it between window B's read and B's write.
    let finished: Awaited<ReturnType<typeof rawRow>>;
    beforeNextWrite(async () => {
      const data = await storedData(a.id);
      const at = Date.parse('2026-03-01T10:00:00Z');
      await writeAsOtherWindow(a.id, {
        ...data,
        completedAt: at,
        updatedAt: at,
        levels: summarize(data.answers, data.formId),
      });
      finished = await rawRow(a.id);
    });
    await expectRefused(saveAnswer(a.id, changed ?? '', 'skip', 7), 'completed');

    // Not a byte changed: not the answer, the position, the date or the levels.
    expect(await rawRow(a.id)).toEqual(finished);
    const kept = await storedData(a.id);
    expect(kept.answers).toEqual(answers);
    expect(kept.levels).toEqual(summarize(answers, FORM));
  });

  it('a window whose assessment was deleted elsewhere is refused, and nothing is written back', async () => {
    const a = await start();
    beforeNextWrite(() => db.assessments.delete(a.id));
    await expectRefused(saveAnswer(a.id, 'emo.exhaustion', 'often', 1), 'deleted');
    expect(await rawRow(a.id)).toBeUndefined();
    // Moving on a deleted one writes nothing back either.
    await savePosition(a.id, 3);
    expect(await rawRow(a.id)).toBeUndefined();
  });

  it('completion works out the levels from the answers as stored at that moment, with any given elsewhere', async () => {
    const a = await start();
    const mine = someAnswers(2);
    for (const [k, v] of Object.entries(mine)) await saveAnswer(a.id, k, v, 1);
    const theirs = { ...mine, ...someAnswers(6) };
    const [last] = Object.keys(theirs).slice(-1);
    theirs[last ?? ''] = 'skip';
    beforeNextWrite(async () => {
      const data = await storedData(a.id);
      await writeAsOtherWindow(a.id, { ...data, answers: theirs });
    });
    const done = await completeAssessment(a.id, new Date(), summarize);
    expect(done?.answers).toEqual(theirs);
    expect((await storedData(a.id)).levels).toEqual(levelSummary(score(battery, theirs, FORM)));
  });

  it('completing without a way to work out levels keeps none (they are worked out when shown)', async () => {
    const a = await start();
    const done = await completeAssessment(a.id, new Date());
    expect(done?.levels).toBeUndefined();
    expect((await storedData(a.id)).levels).toBeUndefined();
  });

  it('a practice session kept as hers is stored complete with the levels of its answers', async () => {
    const answers = someAnswers(10);
    const kept = await startAssessment({
      batteryId: battery.id,
      batteryVersion: battery.version,
      formId: FORM,
      answers,
      isComplete: true,
      summarize,
    });
    expect((await storedData(kept.id)).levels).toEqual(levelSummary(score(battery, answers, FORM)));
    await expectRefused(saveAnswer(kept.id, Object.keys(answers)[0] ?? '', 'skip', 0), 'completed');
  });
});

describe('two windows answering the same assessment', () => {
  it('never lose an answer, and the position is worked out for the answers as stored', async () => {
    const a = await start();
    // The question that opens a follow-up, and that follow-up.
    const follow = battery.indicators.find((i) => i.showIf && 'item' in i.showIf && 'in' in i.showIf);
    if (!follow?.showIf || !('item' in follow.showIf) || !('in' in follow.showIf)) {
      throw new Error('battery 2.0.0 has a follow-up opened by an answer');
    }
    const opener = follow.showIf.item;
    const opening = follow.showIf.in[0] ?? '';
    const other = Object.keys(someAnswers(3)).find((k) => k !== opener) ?? '';
    expect(other).not.toBe(opener);

    // Window A answers the opener (the follow-up appears) while window B answers another question.
    beforeNextWrite(async () => {
      const data = await storedData(a.id);
      await writeAsOtherWindow(a.id, { ...data, answers: { ...data.answers, [opener]: opening } });
    });
    const seen: Answers[] = [];
    const saved = await saveAnswer(a.id, other, 'never', (answers) => {
      seen.push(answers);
      const steps = buildSteps(battery, FORM, answers);
      // The follow-up if it is asked (with the answers as stored), else the start.
      return Math.max(
        0,
        steps.findIndex((s) => s.type === 'question' && s.indicator.id === follow.id),
      );
    });
    expect(saved.answers).toEqual({ [opener]: opening, [other]: 'never' });
    expect((await storedData(a.id)).answers).toEqual({ [opener]: opening, [other]: 'never' });
    // The position was worked out again on the answers as stored, where the follow-up exists.
    expect(seen.at(-1)).toEqual({ [opener]: opening, [other]: 'never' });
    const steps = buildSteps(battery, FORM, saved.answers);
    const step = steps[saved.position];
    expect(step?.type === 'question' && step.indicator.id).toBe(follow.id);
  });
});

describe('other windows are told', () => {
  it('of an answer, a completion and a deletion, by id only', async () => {
    // This window listens as another one would (a message never reaches its own sender).
    const heard: AssessmentChange[] = [];
    const listener = new BroadcastChannel('shn-assessments');
    const got = (n: number) =>
      new Promise<void>((resolve) => {
        listener.onmessage = (event: MessageEvent<AssessmentChange>) => {
          heard.push(event.data);
          if (heard.length >= n) resolve();
        };
      });
    try {
      const done = got(3);
      const a = await start();
      await saveAnswer(a.id, 'emo.exhaustion', 'often', 1);
      await completeAssessment(a.id, new Date(), summarize);
      await deleteAssessment(a.id);
      await done;
      expect(heard).toEqual([
        { type: 'answered', id: a.id },
        { type: 'completed', id: a.id },
        { type: 'deleted', id: a.id },
      ]);
    } finally {
      listener.close();
    }
  });

  it('a listener hears what another window announces', async () => {
    const sender = new BroadcastChannel('shn-assessments');
    const heard = new Promise<AssessmentChange>((resolve) => {
      const stop = subscribeChanges((change) => {
        stop();
        resolve(change);
      });
    });
    try {
      sender.postMessage({ type: 'completed', id: 'x1' });
      expect(await heard).toEqual({ type: 'completed', id: 'x1' });
    } finally {
      sender.close();
    }
  });
});

/** Indicator ids and options of the full form, for the property below. */
function questionsOf(b: Battery) {
  return formIndicators(b, FORM).map((i) => ({
    id: i.id,
    options: [...scaleOf(b, i).options.map((o) => o.id), 'skip'],
  }));
}
const questions = questionsOf(battery);

type Op =
  | { type: 'answer'; q: number; o: number }
  | { type: 'move'; to: number }
  | { type: 'finish' }
  | { type: 'staleAnswer'; q: number; o: number };

const opArb: fc.Arbitrary<Op> = fc.oneof(
  { weight: 6, arbitrary: fc.record({ type: fc.constant('answer' as const), q: fc.nat(), o: fc.nat() }) },
  { weight: 2, arbitrary: fc.record({ type: fc.constant('move' as const), to: fc.nat({ max: 200 }) }) },
  { weight: 1, arbitrary: fc.record({ type: fc.constant('finish' as const) }) },
  {
    weight: 2,
    arbitrary: fc.record({ type: fc.constant('staleAnswer' as const), q: fc.nat(), o: fc.nat() }),
  },
);

describe('over any sequence of answers, moves and a finish (in this window or a stale one)', () => {
  test.prop([fc.array(opArb, { maxLength: 25 })], { numRuns: 25 })(
    'the levels kept always equal score() of the answers, a finished one never changes, the position always exists',
    async (ops) => {
      db = freshDatabase();
      const a = await start();
      const model: Record<string, string> = {};
      let finished: Awaited<ReturnType<typeof rawRow>>;
      for (const op of ops) {
        if (op.type === 'finish') {
          const done = completeAssessment(a.id, new Date(), summarize);
          if (finished) await expectRefused(done, 'completed');
          else {
            await done;
            finished = await rawRow(a.id);
          }
          continue;
        }
        if (op.type === 'move') {
          const moved = savePosition(a.id, (answers) =>
            Math.min(op.to, buildSteps(battery, FORM, answers).length - 1),
          );
          if (finished) await expectRefused(moved, 'completed');
          else await moved;
          continue;
        }
        const q = questions[op.q % questions.length];
        if (!q) continue;
        const value = q.options[op.o % q.options.length] ?? 'skip';
        const position = (answers: Answers) => Math.min(op.o, buildSteps(battery, FORM, answers).length - 1);
        if (op.type === 'staleAnswer') {
          // Another window answers meanwhile: both answers must stay.
          const theirs = questions[(op.q + 1) % questions.length];
          const theirValue = theirs?.options[0] ?? 'skip';
          beforeNextWrite(async () => {
            const data = await storedData(a.id);
            if (data.completedAt !== undefined || !theirs) return;
            await writeAsOtherWindow(a.id, {
              ...data,
              answers: { ...data.answers, [theirs.id]: theirValue },
            });
            model[theirs.id] = theirValue;
          });
        }
        const saving = saveAnswer(a.id, q.id, value, position);
        if (finished) {
          await expectRefused(saving, 'completed');
          vi.restoreAllMocks();
        } else {
          await saving;
          model[q.id] = value;
        }
      }
      const stored = await storedData(a.id);
      expect(stored.answers).toEqual(model);
      expect(stored.position).toBeLessThan(buildSteps(battery, FORM, stored.answers).length);
      if (finished) {
        expect(await rawRow(a.id)).toEqual(finished);
        expect(stored.levels).toEqual(levelSummary(score(battery, stored.answers, FORM)));
      } else {
        expect(stored.completedAt).toBeUndefined();
        expect(stored.levels).toBeUndefined();
      }
      const domain = await getAssessment(a.id);
      expect(domain?.answers).toEqual(model);
    },
  );
});
