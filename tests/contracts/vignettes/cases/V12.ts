import { RELOCATION, type Vignette } from '../types.ts';

/** V12 — Phone searched at checkpoints; needs a male relative to travel (Afghanistan, Herat). */
const v: Vignette = {
  id: 'V12',
  title: 'Phone searched at checkpoints; needs a male relative to travel (Afghanistan, Herat)',
  answers: {
    // She collects stories for a network outside the country that pays her a little.
    'pol.organisation': 'informal',

    // Emotional: no attacks.
    'emo.someone-to-talk': 'mostly', // her sister
    'emo.rest-sleep': 'partly', // assumed: not mentioned
    'emo.psychosocial-support': 'partly', // a little, online
    'emo.exhaustion': 'quite',
    'emo.fear-on-guard': 'quite',
    'emo.stress-decisions': 'quite',
    'emo.degrading-treatment': 'never',
    'emo.attacks-from-within': 'never',
    'emo.not-want-to-live': 'no',

    // Physical.
    'phy.safety-plan': 'partly',
    'phy.check-in': 'fully', // her brother always knows where she is
    'phy.org-protocols': 'partly', // assumed: a network abroad, few rules on the ground
    'phy.routines-routes': 'once', // assumed: she teaches at home and goes to the city with her brother
    'phy.unsafe-place': 'a-little',
    'phy.armed-control': 'very', // checkpoints of those in control
    'phy.guardian-travel': 'very', // she needs her brother with her to go to the city
    'phy.death-threat': 'no',
    'phy.family-targeted': 'no',
    // A neighbour asked about the girls coming to her house: asking others about her (once).
    'phy.watched': 'once',
    'phy.attack-or-break-in': 'no',
    'phy.sexual-violence': 'no',
    'phy.home-violence': 'no', // her brother goes with her; no threat from home is reported
    'phy.feel-endangered': 'quite',
    'phy.killings-nearby': 'unknown', // assumed: not mentioned
    'phy.doxxed': 'no', // assumed: not mentioned

    // Spiritual. Kept out of parks and gatherings by rules for all women, not because of her work.
    'spi.sustaining-values': 'fully',
    'spi.belonging': 'partly', // assumed: not mentioned
    'spi.restoring-practices': 'partly', // assumed: not mentioned
    'spi.purpose': 'fully',
    'spi.losing-hope': 'quite',
    'spi.moral-weight': 'a-little', // assumed: not mentioned
    'spi.disconnected': 'quite',
    'spi.moral-condemnation': 'never',
    'spi.accused': 'no',
    'spi.kept-out': 'never', // the rules apply to all women, not because of her work
    'spi.beliefs-attacked': 'never', // assumed: not mentioned

    // Economic.
    'eco.emergency-savings': 'none',
    'eco.own-control': 'partly', // her father keeps her ID
    'eco.emergency-grants': 'partly',
    'eco.single-income': 'very', // one irregular source
    'eco.dependants': 'quite',
    'eco.livelihood-loss': 'never', // no new loss in the last six months
    'eco.extortion-theft': 'no',
    'eco.family-pressure': 'never', // assumed: not mentioned
    'eco.paid-and-covered': 'none', // paid with cover: no
    'eco.funding-blocked': 'never', // assumed: paid irregularly, no blocking reported

    // Political.
    'pol.backing': 'partly', // the network abroad
    'pol.lawyer': 'none',
    'pol.documenting': 'partly',
    // "Her phone holds photos, contacts and stories (very much)": how much others would find if
    // they got into it. Shared with nobody, but it is searched.
    'pol.open-devices': 'very',
    'pol.targeted-group': 'very', // women like her
    'pol.displaced': 'home',
    'pol.smear': 'never',
    'pol.legal-pressure': 'never',
    // They took the phones and let them go: she answers "not detained" (the case says so).
    'pol.detention': 'no',
    'pol.colleague-detained': 'no', // assumed: not mentioned
    'pol.named-listed': 'no',
    'pol.surveillance': 'never', // assumed: the searches are asked at the checkpoint item
    'pol.intimate-images': 'no',
    'pol.account-takeover': 'no', // assumed: not mentioned
    'pol.checkpoint-search': 'several', // last month and three months ago
  },
  expect: {
    levels: {
      political: ['high', 'moderate'],
      economic: ['high', 'moderate'],
      physical: ['moderate', 'high'],
      emotional: ['moderate', 'high'],
      spiritual: ['moderate', 'high'],
    },
    kinds: {
      political: 'threats',
      economic: 'exposure',
      physical: 'threats',
      emotional: 'exposure',
      spiritual: 'exposure',
    },
    flags: [],
    blocks: [],
    crisis: false,
    // G-LIFE or any relocation. ("a lawyer's number as a top step" is about rank, not presence.)
    mustNotActions: ['act.u.go-safer-place', ...RELOCATION],
    drivers: {
      political: ['pol.checkpoint-search', 'pol.open-devices', 'pol.targeted-group', 'pol.lawyer'],
      economic: ['eco.single-income', 'eco.emergency-savings', 'eco.paid-and-covered', 'eco.dependants'],
      physical: ['phy.feel-endangered', 'phy.guardian-travel', 'phy.watched'],
    },
    strengths: {
      physical: ['phy.check-in'],
      spiritual: ['spi.sustaining-values', 'spi.purpose'],
      emotional: ['emo.someone-to-talk'],
    },
  },
};

export default v;
