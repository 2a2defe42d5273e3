import type { Vignette } from '../types.ts';

/** V13 — Extortion by an armed group, once (DR Congo, South Kivu). */
const v: Vignette = {
  id: 'V13',
  title: 'Extortion by an armed group, once (DR Congo, South Kivu)',
  answers: {
    'pol.organisation': 'registered', // assumed: a cooperative with a store and savings

    // Emotional: no attacks.
    'emo.someone-to-talk': 'fully',
    'emo.rest-sleep': 'partly', // assumed: not mentioned
    'emo.psychosocial-support': 'partly', // counselling: a little
    'emo.exhaustion': 'quite',
    'emo.fear-on-guard': 'quite',
    'emo.stress-decisions': 'a-little', // assumed: not mentioned
    'emo.degrading-treatment': 'never',
    'emo.attacks-from-within': 'never',
    'emo.not-want-to-live': 'no',

    // Physical.
    'phy.safety-plan': 'partly',
    'phy.check-in': 'partly',
    'phy.org-protocols': 'partly', // assumed: not mentioned
    'phy.routines-routes': 'often', // the same roads to the store and market
    'phy.unsafe-place': 'very', // the store cannot be locked properly
    'phy.armed-control': 'very', // a group holds the hills
    'phy.guardian-travel': 'not-at-all', // assumed: not mentioned
    // "We will come back" is not a threat to her life she could name (the case says so).
    'phy.death-threat': 'no',
    'phy.family-targeted': 'no',
    'phy.watched': 'once', // men asked about her at the market
    'phy.attack-or-break-in': 'no', // no damage
    'phy.sexual-violence': 'no',
    'phy.home-violence': 'no', // her husband supports her
    'phy.feel-endangered': 'quite',
    'phy.killings-nearby': 'unknown', // assumed: not mentioned
    'phy.doxxed': 'no', // assumed: not mentioned

    // Spiritual: no threats.
    'spi.sustaining-values': 'fully',
    'spi.belonging': 'fully',
    'spi.restoring-practices': 'mostly', // assumed: not mentioned
    'spi.purpose': 'fully',
    'spi.losing-hope': 'a-little', // assumed: not mentioned
    'spi.moral-weight': 'a-little', // assumed: not mentioned
    'spi.disconnected': 'not-at-all', // assumed: not mentioned
    'spi.moral-condemnation': 'never',
    'spi.accused': 'no',

    // Economic.
    'eco.emergency-savings': 'none', // they went to the payment
    'eco.own-control': 'mostly',
    'eco.emergency-grants': 'partly',
    'eco.single-income': 'quite',
    'eco.dependants': 'very', // five children
    'eco.livelihood-loss': 'never',
    // A "contribution" demanded under threat by an armed group, once; they paid part of it.
    'eco.extortion-theft': 'demanded',
    'eco.family-pressure': 'never', // assumed: not mentioned
    'eco.paid-and-covered': 'none', // paid with cover: no
    'eco.funding-blocked': 'never',

    // Political: every threat "never".
    'pol.backing': 'mostly', // the network in Bukavu
    'pol.lawyer': 'partly',
    'pol.documenting': 'partly', // assumed: not mentioned
    'pol.open-devices': 'a-little', // assumed: not mentioned
    'pol.targeted-group': 'a-little',
    'pol.displaced': 'home',
    'pol.smear': 'never',
    'pol.legal-pressure': 'never',
    'pol.detention': 'no',
    'pol.colleague-detained': 'no',
    'pol.named-listed': 'no',
    'pol.surveillance': 'never',
    'pol.intimate-images': 'no',
    'pol.checkpoint-search': 'never', // assumed: not mentioned
    // "Some authorities work with such groups" (G-EXTORTION): whether to report is for her to weigh.
    'pol.authorities-safe': 'unsure', // assumed
  },
  expect: {
    levels: {
      economic: ['high'],
      physical: ['high'],
      emotional: ['moderate'],
      political: ['low', 'moderate'],
      spiritual: ['low'],
    },
    kinds: {
      economic: 'threats',
      physical: 'threats',
      emotional: 'exposure',
      political: 'exposure',
    },
    flags: ['r7'],
    blocks: ['g.extortion'],
    crisis: false,
    drivers: {
      economic: ['eco.extortion-theft', 'eco.emergency-savings', 'eco.dependants', 'eco.emergency-grants'],
      // The extortion is a physical driver too (R7 floors both categories).
      physical: ['eco.extortion-theft', 'phy.watched', 'phy.unsafe-place', 'phy.routines-routes'],
    },
    strengths: {
      political: ['pol.backing'], // her husband and the women's network
      emotional: ['emo.someone-to-talk'],
      spiritual: ['spi.sustaining-values', 'spi.belonging', 'spi.purpose'],
      economic: ['eco.own-control'],
    },
  },
};

export default v;
