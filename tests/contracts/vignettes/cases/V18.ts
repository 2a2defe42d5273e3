import { LAWYER, RELOCATION, type Vignette } from '../types.ts';

/** V18 — A young trainer, one rude comment, good support (Colombia, Bogotá). */
const v: Vignette = {
  id: 'V18',
  title: 'A young trainer, one rude comment, good support (Colombia, Bogotá)',
  answers: {
    'pol.organisation': 'registered', // a foundation linked to her university

    // Emotional. "Warning signs (mostly)" has no item in 2.0.0.
    'emo.someone-to-talk': 'fully',
    'emo.rest-sleep': 'mostly',
    'emo.psychosocial-support': 'fully', // a therapist through the university
    'emo.exhaustion': 'a-little',
    'emo.fear-on-guard': 'not-at-all',
    'emo.stress-decisions': 'not-at-all',
    'emo.degrading-treatment': 'once', // a rude comment under a video
    'emo.attacks-from-within': 'never',
    'emo.not-want-to-live': 'no',

    // Physical: every threat "never"; she feels safe.
    'phy.safety-plan': 'partly',
    'phy.check-in': 'mostly',
    'phy.org-protocols': 'partly', // assumed: a foundation running school workshops
    // "Routes (a little)": the routes item counts how often → once.
    'phy.routines-routes': 'once',
    'phy.unsafe-place': 'not-at-all', // assumed: she lives with her parents
    'phy.armed-control': 'not-at-all', // assumed: Bogotá
    'phy.death-threat': 'no',
    'phy.family-targeted': 'no',
    'phy.watched': 'never',
    'phy.attack-or-break-in': 'no',
    'phy.sexual-violence': 'no',
    'phy.home-violence': 'no',
    'phy.feel-endangered': 'safe',

    // Spiritual: no threats.
    'spi.sustaining-values': 'fully',
    'spi.belonging': 'fully',
    'spi.restoring-practices': 'mostly', // assumed: she sleeps well and has good friends
    'spi.purpose': 'fully',
    'spi.losing-hope': 'not-at-all',
    'spi.moral-weight': 'not-at-all', // assumed: not mentioned
    'spi.disconnected': 'not-at-all', // assumed: not mentioned
    'spi.moral-condemnation': 'never',
    'spi.accused': 'no',

    // Economic: no threats.
    'eco.emergency-savings': 'partly',
    'eco.own-control': 'fully',
    'eco.emergency-grants': 'none',
    'eco.single-income': 'quite',
    'eco.dependants': 'not-at-all',
    'eco.livelihood-loss': 'never',
    'eco.extortion-theft': 'no',
    'eco.family-pressure': 'never',
    'eco.paid-and-covered': 'fully', // a contract with health insurance
    'eco.funding-blocked': 'never',

    // Political: every threat "never".
    'pol.backing': 'fully',
    'pol.lawyer': 'partly',
    'pol.documenting': 'partly', // hidden (no threat); answered as the case says
    'pol.open-devices': 'a-little',
    'pol.targeted-group': 'a-little',
    'pol.displaced': 'home',
    'pol.smear': 'never',
    'pol.legal-pressure': 'never',
    'pol.detention': 'no',
    'pol.colleague-detained': 'no',
    'pol.named-listed': 'no',
    'pol.surveillance': 'never',
    'pol.intimate-images': 'no',
  },
  expect: {
    levels: {
      emotional: ['low', 'moderate'],
      physical: ['low'],
      spiritual: ['low'],
      economic: ['low', 'moderate'],
      political: ['low'],
    },
    kinds: { emotional: 'threats', economic: 'exposure' },
    flags: [],
    blocks: [],
    crisis: false,
    // Relocation, lawyers. ("protection mechanisms" has no action id.)
    mustNotActions: [...RELOCATION, ...LAWYER],
    // "If the emotional why is shown, it lists only the rude comment."
    drivers: { emotional: ['emo.degrading-treatment'] },
    strengths: {
      emotional: ['emo.someone-to-talk', 'emo.psychosocial-support', 'emo.rest-sleep'],
      economic: ['eco.paid-and-covered'],
      spiritual: ['spi.sustaining-values', 'spi.belonging', 'spi.purpose'],
      political: ['pol.backing'],
    },
  },
};

export default v;
