import { LAWYER, LIFE_NIGHTS, RELOCATION, type Vignette } from '../types.ts';

/** V15 — Thoughts of not wanting to live, and no one threatening her (Honduras, San Pedro Sula). */
const v: Vignette = {
  id: 'V15',
  title: 'Thoughts of not wanting to live, and no one threatening her (Honduras, San Pedro Sula)',
  answers: {
    'pol.organisation': 'registered', // assumed: an organisation that pays her and has a psychologist

    // Emotional. "Warning signs (a little)" has no item in 2.0.0.
    'emo.someone-to-talk': 'none', // "I have not told anyone"
    'emo.rest-sleep': 'none',
    'emo.psychosocial-support': 'partly', // available but not used
    'emo.exhaustion': 'very',
    'emo.fear-on-guard': 'a-little',
    'emo.stress-decisions': 'quite',
    'emo.degrading-treatment': 'never',
    'emo.attacks-from-within': 'never',
    'emo.not-want-to-live': 'yes', // thoughts of not wanting to wake up, in the last two weeks

    // Physical: every threat "never"; she feels safe.
    'phy.safety-plan': 'mostly',
    'phy.check-in': 'mostly',
    'phy.org-protocols': 'mostly', // assumed: the organisation's plan
    // "Routes (a little)": the routes item counts how often → once.
    'phy.routines-routes': 'once',
    'phy.unsafe-place': 'not-at-all', // assumed: not mentioned
    'phy.armed-control': 'a-little', // assumed: gangs hold parts of the city; not mentioned
    'phy.death-threat': 'no',
    'phy.family-targeted': 'no',
    'phy.watched': 'never',
    'phy.attack-or-break-in': 'no',
    'phy.sexual-violence': 'no',
    'phy.home-violence': 'no', // she separated from her partner; no violence is reported
    'phy.feel-endangered': 'safe',
    // Opened by exhaustion "very". She drinks more than she used to; the item asks about an
    // illness, an injury, a pregnancy or medicines that limit her precautions: none is named.
    'phy.health-limits': 'not-at-all', // assumed

    // Spiritual: no threats.
    'spi.sustaining-values': 'partly', // faith: a little
    'spi.belonging': 'partly',
    'spi.restoring-practices': 'none',
    'spi.purpose': 'partly',
    'spi.losing-hope': 'very',
    'spi.moral-weight': 'very', // guilt over the cases
    'spi.disconnected': 'quite',
    'spi.moral-condemnation': 'never',
    'spi.accused': 'no',
    'spi.kept-out': 'never', // opened by disconnected "quite"; nothing of the kind
    'spi.beliefs-attacked': 'never',

    // Economic: no threats.
    'eco.emergency-savings': 'partly',
    'eco.own-control': 'fully', // assumed: not mentioned
    'eco.emergency-grants': 'partly', // assumed: not mentioned
    'eco.single-income': 'quite',
    'eco.dependants': 'a-little',
    'eco.livelihood-loss': 'never',
    'eco.extortion-theft': 'no',
    'eco.family-pressure': 'never',
    'eco.paid-and-covered': 'fully', // paid fairly with health cover
    'eco.funding-blocked': 'never', // assumed: not mentioned

    // Political: every threat "never".
    'pol.backing': 'fully',
    'pol.lawyer': 'fully',
    // Hidden in 2.0.0 (asked only after a physical or political threat); answered as the case says.
    'pol.documenting': 'fully',
    'pol.open-devices': 'a-little',
    'pol.targeted-group': 'a-little', // assumed: not mentioned
    'pol.displaced': 'home',
    'pol.smear': 'never',
    'pol.legal-pressure': 'never',
    'pol.detention': 'no',
    'pol.colleague-detained': 'no',
    'pol.named-listed': 'no',
    'pol.surveillance': 'never',
    'pol.intimate-images': 'no',
    'pol.checkpoint-search': 'never', // opened by armed-control; nothing of the kind
    // pol.authorities-safe is not asked: R11 is not a danger from outside.
  },
  expect: {
    levels: {
      emotional: ['high'],
      spiritual: ['high', 'moderate'],
      physical: ['low'],
      economic: ['low'],
      political: ['low'],
    },
    kinds: { emotional: 'exposure', spiritual: 'exposure' },
    flags: ['r11'],
    blocks: [],
    crisis: true,
    // "change where you sleep", a lawyer, routes, locking her phone, "tell people who can act" in
    // the security sense, relocation.
    mustNotActions: [
      ...LIFE_NIGHTS,
      ...RELOCATION,
      ...LAWYER,
      'act.phy.vary-routes',
      'act.u.fewer-predictable-moves',
      'act.pol.lock-phone',
      'act.pol.two-step-login',
      'act.u.tell-people-today',
      'act.phy.reach-help-now',
      'act.pol.reach-people-who-can-act',
    ],
    drivers: {
      emotional: ['emo.not-want-to-live', 'emo.exhaustion', 'emo.someone-to-talk', 'emo.rest-sleep'],
      spiritual: ['spi.losing-hope', 'spi.moral-weight', 'spi.restoring-practices'],
    },
    strengths: {
      economic: ['eco.paid-and-covered'],
      physical: ['phy.safety-plan', 'phy.check-in'],
      // "good records": pol.documenting is a follow-up that 2.0.0 asks only after a threat.
      political: ['pol.backing', 'pol.lawyer', 'pol.documenting'],
    },
  },
};

export default v;
