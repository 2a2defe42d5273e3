import { beforeEach, expect, it } from 'vitest';
import {
  addRoutine,
  listRoutines,
  removeRoutine,
  setRoutineDone,
  updateRoutine,
} from '../../src/storage/routines.ts';
import { database } from '../../src/storage/db.ts';
import { resetVault, setPassphrase } from '../../src/storage/vault.ts';
import { freshDatabase } from '../helpers/db.ts';

beforeEach(() => {
  freshDatabase();
  resetVault();
});

const source = { batteryId: 'shn-core', batteryVersion: '1.0.0' };

it('keeps a routine once, with her rhythm and note', async () => {
  const r = await addRoutine('rtn.emo.evening-check-in', { kind: 'daily' }, source);
  expect((await addRoutine('rtn.emo.evening-check-in', { kind: 'weekly' }, source)).id).toBe(r.id);
  await updateRoutine(r.id, { rhythm: { kind: 'days', days: [5, 1, 1] }, note: 'After dinner' });
  const [saved, ...rest] = await listRoutines();
  expect(rest).toEqual([]);
  expect(saved).toMatchObject({ rhythm: { kind: 'days', days: [1, 5] }, note: 'After dinner', doneDays: [] });
  await removeRoutine(r.id);
  expect(await listRoutines()).toEqual([]);
});

it('marks days done and undone, and forgets days older than eight weeks', async () => {
  const r = await addRoutine('rtn.a', { kind: 'daily' }, source);
  await setRoutineDone(r.id, true, '2025-10-01', '2025-10-01');
  await setRoutineDone(r.id, true, '2026-01-05', '2026-01-05');
  await setRoutineDone(r.id, true, '2026-01-06', '2026-01-06');
  await setRoutineDone(r.id, true, '2026-01-06', '2026-01-06');
  expect((await listRoutines())[0]?.doneDays).toEqual(['2026-01-05', '2026-01-06']);
  await setRoutineDone(r.id, false, '2026-01-05', '2026-01-06');
  expect((await listRoutines())[0]?.doneDays).toEqual(['2026-01-06']);
  await expect(setRoutineDone(r.id, true, 'Monday')).rejects.toThrow();
});

it('seals routines once a passphrase is set', async () => {
  await setPassphrase('a long enough passphrase');
  const r = await addRoutine('rtn.emo.evening-check-in', { kind: 'daily' }, source);
  await updateRoutine(r.id, { note: 'Call Mariam' });
  await setRoutineDone(r.id, true, '2026-01-05', '2026-01-05');
  const rows = await database().routines.toArray();
  expect(rows[0]?.plain).toBeUndefined();
  const raw = JSON.stringify(rows, (_k, v: unknown) =>
    v instanceof ArrayBuffer ? new TextDecoder().decode(v) : v,
  );
  for (const secret of ['evening-check-in', 'Mariam', '2026-01-05']) expect(raw).not.toContain(secret);
  expect((await listRoutines())[0]).toMatchObject({ note: 'Call Mariam', doneDays: ['2026-01-05'] });
});
