/**
 * Whether what is drawn belongs to a practice session (workshop mode). Shared result components
 * read it: in practice they never lead to a screen that saves (the trusted contacts), and never show
 * what the phone's owner saved (on a shared phone, her people are not the participant's).
 */
import { createContext, useContext } from 'react';

export const PracticeContext = createContext(false);

export function useIsPractice(): boolean {
  return useContext(PracticeContext);
}
