import { beforeEach, expect, it, vi } from 'vitest';
import { addToPlan, listPlan, removeFromPlan, updatePlanItem } from '../../src/storage/plan.ts';
import { database } from '../../src/storage/db.ts';
import { StorageError } from '../../src/storage/errors.ts';
import { lock, resetVault, setPassphrase, unlock, vaultState } from '../../src/storage/vault.ts';
import { freshDatabase } from '../helpers/db.ts';

beforeEach(() => {
  freshDatabase();
  resetVault();
});

const fromAssessment = {
  batteryId: 'shn-core',
  batteryVersion: '1.0.0',
  assessment: { id: 'a-1', date: new Date('2026-01-03T10:00:00Z') },
};

it('adds an action once, with where it came from, "to do" and dated', async () => {
  const at = new Date('2026-01-04T09:00:00Z');
  const item = await addToPlan('act.pol.lock-phone', fromAssessment, at);
  const again = await addToPlan('act.pol.lock-phone', { batteryId: 'shn-core', batteryVersion: '1.0.0' });
  expect(again.id).toBe(item.id);
  const [saved, ...rest] = await listPlan();
  expect(rest).toEqual([]);
  expect(saved).toMatchObject({
    actionId: 'act.pol.lock-phone',
    assessmentId: 'a-1',
    assessmentDate: new Date('2026-01-03T10:00:00Z'),
    status: 'todo',
    note: '',
    statusChangedAt: at,
  });
});

it('changes status and note; the status date moves only with the status', async () => {
  const item = await addToPlan('act.a', { batteryId: 'b', batteryVersion: '1.0.0' }, new Date('2026-01-01'));
  await updatePlanItem(item.id, { status: 'doing' }, new Date('2026-01-02'));
  await updatePlanItem(item.id, { note: 'Ask Leila first' }, new Date('2026-01-05'));
  const [saved] = await listPlan();
  expect(saved).toMatchObject({
    status: 'doing',
    note: 'Ask Leila first',
    statusChangedAt: new Date('2026-01-02'),
  });
  await updatePlanItem(item.id, { status: 'notForMe' }, new Date('2026-01-06'));
  expect((await listPlan())[0]?.statusChangedAt).toEqual(new Date('2026-01-06'));
  await removeFromPlan(item.id);
  expect(await listPlan()).toEqual([]);
  await expect(updatePlanItem(item.id, { status: 'done' })).rejects.toBeInstanceOf(StorageError);
});

it('rejects a malformed status before writing anything', async () => {
  const item = await addToPlan('act.a', { batteryId: 'b', batteryVersion: '1.0.0' });
  await expect(updatePlanItem(item.id, { status: 'finished' as 'done' })).rejects.toThrow();
  expect((await listPlan())[0]?.status).toBe('todo');
});

it('on a full disk, says "quota" and keeps the plan as it was', async () => {
  const item = await addToPlan('act.a', { batteryId: 'b', batteryVersion: '1.0.0' });
  const quota = new DOMException('The quota has been exceeded.', 'QuotaExceededError');
  const spy = vi.spyOn(database().plan, 'put').mockRejectedValueOnce(quota);
  const failure = await updatePlanItem(item.id, { status: 'done' }).catch((e: unknown) => e);
  expect((failure as StorageError).code).toBe('quota');
  spy.mockRestore();
  expect((await listPlan())[0]?.status).toBe('todo');
});

it('seals the plan once a passphrase is set', async () => {
  await setPassphrase('a long enough passphrase');
  const item = await addToPlan('act.pol.lock-phone', fromAssessment);
  await updatePlanItem(item.id, { note: 'Leila knows the code' });
  const rows = await database().plan.toArray();
  expect(rows[0]?.plain).toBeUndefined();
  const raw = JSON.stringify(rows, (_k, v: unknown) =>
    v instanceof ArrayBuffer ? new TextDecoder().decode(v) : v,
  );
  expect(raw).not.toContain('lock-phone');
  expect(raw).not.toContain('Leila');
  expect((await listPlan())[0]?.note).toBe('Leila knows the code');
});

it('two changes at once both land; adding the same action twice at once keeps one', async () => {
  const [a, b] = await Promise.all([
    addToPlan('act.same', { batteryId: 'b', batteryVersion: '1.0.0' }),
    addToPlan('act.same', { batteryId: 'b', batteryVersion: '1.0.0' }),
  ]);
  expect(b.id).toBe(a.id);
  expect(await listPlan()).toHaveLength(1);
  await Promise.all([
    updatePlanItem(a.id, { note: 'Call Leila on Friday' }),
    updatePlanItem(a.id, { status: 'doing' }),
  ]);
  expect((await listPlan())[0]).toMatchObject({ note: 'Call Leila on Friday', status: 'doing' });
});

it('a note saved as the app locks is kept: the lock waits for the write, then locks', async () => {
  await setPassphrase('a long enough passphrase');
  const item = await addToPlan('act.a', { batteryId: 'b', batteryVersion: '1.0.0' });
  const saving = updatePlanItem(item.id, { note: 'Typed just before leaving' });
  lock(); // she switched apps while the note was being saved
  await saving;
  expect(vaultState()).toBe('locked');
  await expect(listPlan()).rejects.toBeInstanceOf(StorageError);
  await unlock('a long enough passphrase', () => Promise.resolve());
  expect((await listPlan())[0]?.note).toBe('Typed just before leaving');
});
