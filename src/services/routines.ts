/** The care routines she keeps: their rhythm and note, and the days she did them. */
export type { KeptRoutineItem } from '../storage/routines.ts';
export { removeRoutine, setRoutineDone, updateRoutine } from '../storage/routines.ts';
