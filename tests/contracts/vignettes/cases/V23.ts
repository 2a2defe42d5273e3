import type { Vignette } from '../types.ts';

/** V23 — Rape threats by men in uniform, followed home (South Sudan, Juba). */
const v: Vignette = {
  id: 'V23',
  title: 'Rape threats by men in uniform, followed home (South Sudan, Juba)',
  answers: {
    // A small coalition that belongs to a regional network; not said to be registered.
    'pol.organisation': 'informal', // assumed

    // Emotional.
    'emo.someone-to-talk': 'mostly', // her sister
    'emo.rest-sleep': 'partly', // sleep: a little
    'emo.psychosocial-support': 'partly', // counselling: a little
    'emo.exhaustion': 'quite',
    'emo.fear-on-guard': 'very',
    'emo.stress-decisions': 'quite', // assumed: not mentioned
    'emo.degrading-treatment': 'several', // sexual harassment, a few times
    'emo.attacks-from-within': 'never',
    'emo.not-want-to-live': 'no',

    // Physical.
    'phy.safety-plan': 'partly',
    'phy.check-in': 'mostly',
    'phy.org-protocols': 'partly', // assumed: a small coalition
    // "The same checkpoints on her way (often)" is one fact in the case; 2.0.0 asks it twice: how
    // often her routes are predictable, and how much armed men at checkpoints control her way.
    'phy.routines-routes': 'often',
    'phy.armed-control': 'quite', // assumed degree: checkpoints of men in uniform on her way
    'phy.unsafe-place': 'quite',
    'phy.guardian-travel': 'not-at-all', // assumed: not mentioned
    'phy.death-threat': 'no',
    'phy.family-targeted': 'no',
    'phy.watched': 'once', // a man followed her home
    'phy.attack-or-break-in': 'no',
    // Told twice at a checkpoint she would be raped: threatened, more than once.
    'phy.sexual-violence': 'threat-repeated',
    'phy.home-violence': 'no', // she lives with her sister
    'phy.feel-endangered': 'great',
    'phy.threat-source': 'state', // men in uniform at a checkpoint
    'phy.killings-nearby': 'unknown', // assumed: not mentioned
    'phy.doxxed': 'no', // assumed: not mentioned

    // Spiritual: no threats.
    'spi.sustaining-values': 'fully', // faith
    'spi.belonging': 'mostly',
    'spi.restoring-practices': 'partly', // assumed: not mentioned
    'spi.purpose': 'fully', // assumed: not mentioned
    'spi.losing-hope': 'a-little', // assumed: not mentioned
    'spi.moral-weight': 'a-little', // assumed: not mentioned
    'spi.disconnected': 'not-at-all', // assumed: not mentioned
    'spi.moral-condemnation': 'never',
    'spi.accused': 'no',

    // Economic: no threats.
    'eco.emergency-savings': 'partly',
    'eco.own-control': 'mostly', // assumed: not mentioned
    'eco.emergency-grants': 'partly', // assumed: not mentioned
    'eco.single-income': 'quite', // a small salary; she sells tea besides
    'eco.dependants': 'a-little',
    'eco.livelihood-loss': 'never',
    'eco.extortion-theft': 'no',
    'eco.family-pressure': 'never',
    'eco.paid-and-covered': 'partly', // a small salary
    'eco.funding-blocked': 'never', // assumed: not mentioned

    // Political.
    'pol.backing': 'mostly', // the regional network
    'pol.lawyer': 'partly',
    'pol.documenting': 'partly',
    'pol.open-devices': 'a-little', // assumed: not mentioned
    'pol.targeted-group': 'quite', // women who speak out
    'pol.displaced': 'home',
    'pol.smear': 'once',
    'pol.legal-pressure': 'never',
    'pol.detention': 'no',
    'pol.colleague-detained': 'no',
    'pol.named-listed': 'no',
    'pol.surveillance': 'never', // phone not watched
    'pol.intimate-images': 'no',
    'pol.checkpoint-search': 'never', // assumed: threatened at the checkpoint, not searched
    'pol.authorities-safe': 'no', // those who threaten her wear uniforms
  },
  expect: {
    levels: {
      physical: ['severe', 'high'],
      emotional: ['high'],
      political: ['moderate', 'low'],
      economic: ['moderate', 'low'],
      spiritual: ['low'],
    },
    kinds: {
      physical: 'threats',
      emotional: 'threats',
      political: 'threats',
      economic: 'exposure',
    },
    flags: ['r2', 'r12', 'c3'],
    blocks: ['g.sexual', 'g.watched', 'g.feel'],
    crisis: false,
    // G-IMAGE steps (take-down requests).
    mustNotActions: ['act.img.takedown-help', 'act.img.do-not-pay'],
    drivers: {
      // "the same checkpoints often" is both phy.routines-routes and phy.armed-control (see above).
      physical: [
        'phy.feel-endangered',
        'phy.sexual-violence',
        'phy.watched',
        'phy.routines-routes',
        'phy.armed-control',
      ],
      emotional: ['emo.degrading-treatment', 'emo.fear-on-guard', 'emo.rest-sleep'],
    },
    selfRatedFirst: true,
    strengths: {
      emotional: ['emo.someone-to-talk'], // her sister
      political: ['pol.backing'], // the regional network
      physical: ['phy.check-in'],
      spiritual: ['spi.sustaining-values', 'spi.belonging'],
    },
  },
};

export default v;
