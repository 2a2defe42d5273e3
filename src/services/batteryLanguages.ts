/**
 * The languages whose battery texts are in use: her language, and the language of a workshop's
 * slides or handouts (English is always there). Kept apart from ./batteries.ts so the first screen
 * can name her language without loading the battery code (DESIGN.md §9, first-load budget).
 */
const wanted = new Set<string>();
let giveTexts: ((lng: string) => Promise<void>) | undefined;

/**
 * Puts a language's texts into shipped batteries: those loaded already, and every one loaded
 * later. Call it before showing anything in that language (the app's language at start and when
 * she changes it; the language of slides and handouts). Never rejects: texts that cannot be
 * fetched (offline, never kept) leave the English ones in their place.
 */
export async function wantBatteryTexts(lng: string): Promise<void> {
  wanted.add(lng);
  await giveTexts?.(lng);
}

/** The languages asked for so far. */
export function wantedBatteryLanguages(): string[] {
  return [...wanted];
}

/** Called once by ./batteries.ts when it loads: how to give loaded batteries a language's texts. */
export function onBatteryTextsWanted(give: (lng: string) => Promise<void>): void {
  giveTexts = give;
}
