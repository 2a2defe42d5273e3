import { RELOCATION, type Vignette } from '../types.ts';

/** V07 — Condemned by clerics, no direct threats (Uganda, Mbarara). */
const v: Vignette = {
  id: 'V07',
  title: 'Condemned by clerics, no direct threats (Uganda, Mbarara)',
  answers: {
    'pol.organisation': 'registered', // assumed: a drop-in centre that rented an office

    // Emotional.
    'emo.someone-to-talk': 'mostly',
    'emo.rest-sleep': 'partly', // assumed: not mentioned; worn out quite a lot
    'emo.psychosocial-support': 'mostly',
    'emo.exhaustion': 'quite',
    'emo.fear-on-guard': 'quite',
    'emo.stress-decisions': 'a-little', // assumed: not mentioned
    'emo.degrading-treatment': 'several', // strangers shout at her and insult her in the market
    'emo.attacks-from-within': 'several', // her family shames her
    'emo.not-want-to-live': 'no',

    // Physical: no threat of any kind; she feels quite in danger.
    'phy.safety-plan': 'mostly', // the coalition's
    'phy.check-in': 'mostly',
    'phy.org-protocols': 'mostly', // assumed: the coalition's safety plan covers the centre
    'phy.routines-routes': 'several', // predictable routes: quite a lot
    'phy.unsafe-place': 'quite', // the new office
    'phy.armed-control': 'not-at-all', // assumed: not mentioned
    'phy.guardian-travel': 'not-at-all', // assumed: not mentioned
    'phy.death-threat': 'no',
    'phy.family-targeted': 'no',
    'phy.watched': 'never',
    'phy.attack-or-break-in': 'no',
    'phy.sexual-violence': 'no',
    'phy.home-violence': 'no', // her family shames her; no violence or threat is reported
    'phy.feel-endangered': 'quite',
    // Not in the case. Preaching against the people she serves has been followed by attacks in
    // the country, but she names none near her in the last year.
    'phy.killings-nearby': 'unknown', // assumed
    'phy.doxxed': 'no', // assumed: not mentioned

    // Spiritual.
    'spi.sustaining-values': 'mostly', // values
    'spi.belonging': 'partly', // a small welcoming group
    'spi.restoring-practices': 'partly',
    'spi.purpose': 'fully',
    'spi.losing-hope': 'quite',
    'spi.moral-weight': 'a-little', // assumed: not mentioned
    'spi.disconnected': 'very', // cut off from what gave her strength
    // Condemned on the radio and in sermons "many times": often. Condemnation is not an
    // accusation of blasphemy or witchcraft (the case says so), so spi.accused is "no".
    'spi.moral-condemnation': 'often',
    'spi.accused': 'no',
    'spi.kept-out': 'once', // her church asked her to leave the choir
    'spi.beliefs-attacked': 'several', // beliefs and identity mocked a few times
    'spi.sacred-land': 'no', // opened by disconnected "very"; nothing of the kind reported
    'spi.mourning-denied': 'no', // as above
    'spi.faith-leader': 'partly', // assumed: only the small welcoming group stands with her

    // Economic.
    'eco.emergency-savings': 'partly',
    'eco.own-control': 'fully', // assumed: not mentioned
    'eco.emergency-grants': 'partly', // assumed: not mentioned
    'eco.single-income': 'quite',
    'eco.dependants': 'a-little', // assumed: not mentioned
    // The landlord made the centre leave its office because of the work: the nearest item is a
    // loss caused by her work (unsure; there is no item for losing premises).
    'eco.livelihood-loss': 'once',
    'eco.extortion-theft': 'no',
    'eco.family-pressure': 'never', // assumed: not mentioned
    'eco.paid-and-covered': 'partly', // assumed: a small centre
    'eco.funding-blocked': 'once', // the bank asked questions about the centre's account

    // Political.
    'pol.backing': 'fully', // the national coalition
    'pol.lawyer': 'fully', // its lawyers
    'pol.documenting': 'mostly',
    'pol.open-devices': 'a-little',
    'pol.targeted-group': 'very',
    'pol.displaced': 'home',
    'pol.smear': 'often', // lies on the radio and online
    'pol.legal-pressure': 'once', // called once by the police to give a statement
    'pol.criminal-charge': 'no',
    'pol.detention': 'no',
    'pol.colleague-detained': 'no', // assumed: not mentioned
    'pol.named-listed': 'no', // not named by officials or armed groups (the case says so)
    'pol.surveillance': 'once',
    'pol.intimate-images': 'no',
    'pol.account-takeover': 'no', // assumed: not mentioned
    'pol.checkpoint-search': 'never', // assumed: not mentioned
    'pol.after-international': 'no',
  },
  expect: {
    levels: {
      spiritual: ['high'],
      political: ['high', 'moderate'],
      emotional: ['high', 'moderate'],
      physical: ['moderate', 'high'],
      economic: ['moderate'],
    },
    kinds: {
      spiritual: 'threats',
      political: 'threats',
      emotional: 'threats',
      physical: 'threats',
      economic: 'threats',
    },
    flags: [],
    blocks: [],
    crisis: false,
    mustNotActions: [...RELOCATION],
    drivers: {
      spiritual: ['spi.moral-condemnation', 'spi.kept-out', 'spi.disconnected'],
      political: ['pol.smear', 'pol.legal-pressure', 'pol.targeted-group'],
      emotional: ['emo.degrading-treatment', 'emo.attacks-from-within', 'emo.fear-on-guard'],
      physical: ['phy.feel-endangered', 'phy.unsafe-place'],
    },
    strengths: {
      political: ['pol.backing', 'pol.lawyer', 'pol.documenting'],
      physical: ['phy.safety-plan', 'phy.check-in'],
      emotional: ['emo.psychosocial-support', 'emo.someone-to-talk'],
      spiritual: ['spi.purpose'],
    },
  },
};

export default v;
