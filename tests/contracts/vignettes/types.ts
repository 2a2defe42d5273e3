/**
 * The shape of a calibration vignette turned into a fixture (CASES.md, MODEL-2-DESIGN.md §10).
 *
 * A fixture maps the facts of one case to answers of battery 2.0.0 (ids of MODEL-2-DESIGN.md §6.1,
 * option ids of §5.3, "skip" for "prefer not to say") and states what the case expects. The
 * answers are facts about her, never tuned to make a level come out.
 */
import type { CategoryId, Level } from '../../../src/domain/index.ts';

export type Kind = 'threats' | 'exposure';

export interface VignetteExpect {
  /** Acceptable levels per category; the first is the expected one (case table: level, range). */
  levels: Partial<Record<CategoryId, Level[] | 'insufficient'>>;
  /**
   * The case's "kind" column, also for a range that reaches above low (a low level has no kind;
   * the test then accepts none).
   */
  kinds: Partial<Record<CategoryId, Kind>>;
  /** "Not enough answers": about everything, or about threats only. */
  insufficient?: Partial<Record<CategoryId, 'all' | 'threats'>>;
  /** When insufficient about threats, what her exposure answers alone may show (if shown). */
  exposureOnly?: Partial<Record<CategoryId, Level[]>>;
  /** Exactly the red flags and combinations that fire, lower case: 'r1'…'r14', 'c1'…'c3'. */
  flags: string[];
  /** Exactly the non-crisis guidance blocks shown (design §4.5). */
  blocks: string[];
  /** The crisis block (g.crisis) shown apart. */
  crisis: boolean;
  /** Action ids the case's "Must NOT appear" names without doubt: absent from urgent and ordinary lists. */
  mustNotActions?: string[];
  /** Indicator ids of the case's "Drivers expected", per category. */
  drivers: Partial<Record<CategoryId, string[]>>;
  /** R12 cases: her own sense of danger is the first physical driver. */
  selfRatedFirst?: boolean;
  /** Indicator ids of the case's "What protects you", per category. */
  strengths: Partial<Record<CategoryId, string[]>>;
}

export interface Vignette {
  id: string;
  title: string;
  /** Indicator id → option id (or "skip"). */
  answers: Record<string, string>;
  expect: VignetteExpect;
}

/** Days-to-months away from home: "relocation" in the cases. */
export const RELOCATION = ['act.u.relocate-temporary', 'act.u.relocate-longer'];

/** The steps of a lawyer on call: "a lawyer" / "lawyers" / "keep a lawyer's number" in the cases. */
export const LAWYER = ['act.pol.lawyer-contact', 'act.u.lawyer'];

/** G-LIFE's own steps for the coming nights: "change where you sleep" in the cases. */
export const LIFE_NIGHTS = ['act.u.go-safer-place', 'act.u.not-alone-nights'];

/**
 * Actions done by or through an organisation (1.0.0 `who: organisation`, kept in 2.0.0 with a
 * fallback, and the new organisation-only ones of design §4.2 and §7). For a woman with no
 * organisation, none may appear: each is replaced by its fallback ("tell your organisation", "any
 * step that presumes an employer": V10, V22).
 */
export const ORGANISATION_ACTIONS = [
  'act.emo.share-harassment',
  'act.emo.find-counselling',
  'act.emo.lighten-the-load',
  'act.phy.secure-spaces',
  'act.phy.travel-check-in',
  'act.spi.respected-voices',
  'act.spi.org-answers-attacks',
  'act.spi.time-to-renew',
  'act.eco.legal-advice-funds',
  'act.eco.ask-fair-pay',
  'act.pol.answer-smears',
  'act.pol.allies-beyond',
  'act.watch.review-home-office',
  'act.org.security-basics',
];
