/** Which actions and routines her plan holds, and a way to add one (results, library, suggestions). */
import { useCallback, useEffect, useState } from 'react';
import type { Battery, Recommendation } from '../domain/index.ts';
import { addRecommendationToPlan, loadPlanMembership } from '../services/plan.ts';

export interface PlanMembership {
  /** Undefined while loading. */
  held?: { actionIds: Set<string>; routineIds: Set<string> };
  error?: unknown;
  add: (kind: Recommendation['kind'], id: string, battery: Battery) => Promise<void>;
}

/**
 * `assessment`: the assessment whose results suggest what she adds (recorded with each item),
 * or undefined when she picks from the whole library.
 */
export function usePlanMembership(assessment?: { id: string; date: Date }): PlanMembership {
  const [held, setHeld] = useState<PlanMembership['held']>();
  const [error, setError] = useState<unknown>();
  const assessmentId = assessment?.id;
  const assessmentTime = assessment?.date.getTime();

  useEffect(() => {
    let isCurrent = true;
    loadPlanMembership().then(
      (membership) => isCurrent && setHeld(membership),
      (e: unknown) => isCurrent && setError(e),
    );
    return () => {
      isCurrent = false;
    };
  }, []);

  const add = useCallback(
    async (kind: Recommendation['kind'], id: string, battery: Battery) => {
      try {
        setError(undefined);
        await addRecommendationToPlan(
          kind,
          id,
          battery,
          assessmentId !== undefined && assessmentTime !== undefined
            ? { id: assessmentId, date: new Date(assessmentTime) }
            : undefined,
        );
        setHeld((h) => {
          const next = { actionIds: new Set(h?.actionIds), routineIds: new Set(h?.routineIds) };
          (kind === 'action' ? next.actionIds : next.routineIds).add(id);
          return next;
        });
      } catch (e) {
        setError(e);
      }
    },
    [assessmentId, assessmentTime],
  );

  return { held, error, add };
}
