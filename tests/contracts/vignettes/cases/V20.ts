import { RELOCATION, type Vignette } from '../types.ts';

/** V20 — Many small attacks, none of them serious (Tunisia, Sfax). */
const v: Vignette = {
  id: 'V20',
  title: 'Many small attacks, none of them serious (Tunisia, Sfax)',
  answers: {
    'pol.organisation': 'registered', // assumed: "my association is strong"

    // Emotional.
    'emo.someone-to-talk': 'fully',
    'emo.rest-sleep': 'partly', // assumed: not mentioned
    'emo.psychosocial-support': 'partly', // counselling: a little
    'emo.exhaustion': 'quite',
    'emo.fear-on-guard': 'a-little',
    'emo.stress-decisions': 'a-little', // assumed: not mentioned
    'emo.degrading-treatment': 'several', // insults online, several times
    'emo.attacks-from-within': 'once', // criticised publicly by someone in her own movement
    'emo.not-want-to-live': 'no',

    // Physical: every threat "never"; she feels a little in danger.
    'phy.safety-plan': 'mostly',
    'phy.check-in': 'mostly',
    'phy.org-protocols': 'mostly', // assumed: a strong association
    'phy.routines-routes': 'once', // assumed: not mentioned
    'phy.unsafe-place': 'a-little', // assumed: not mentioned
    'phy.armed-control': 'not-at-all', // assumed: not mentioned
    'phy.death-threat': 'no',
    'phy.family-targeted': 'no',
    'phy.watched': 'never',
    'phy.attack-or-break-in': 'no',
    'phy.sexual-violence': 'no',
    'phy.home-violence': 'no',
    'phy.feel-endangered': 'a-little',

    // Spiritual.
    'spi.sustaining-values': 'fully', // values
    'spi.belonging': 'mostly',
    'spi.restoring-practices': 'partly', // assumed: not mentioned
    'spi.purpose': 'fully',
    'spi.losing-hope': 'a-little', // assumed: not mentioned
    'spi.moral-weight': 'a-little', // assumed: not mentioned
    'spi.disconnected': 'not-at-all', // assumed: not mentioned
    'spi.moral-condemnation': 'once', // called immoral by a conservative commentator
    'spi.accused': 'no',
    'spi.kept-out': 'never', // assumed: not mentioned
    'spi.beliefs-attacked': 'once',
    'spi.faith-leader': 'none', // assumed: not mentioned

    // Economic.
    'eco.emergency-savings': 'partly',
    'eco.own-control': 'fully', // assumed: not mentioned
    'eco.emergency-grants': 'partly', // assumed: not mentioned
    'eco.single-income': 'quite',
    'eco.dependants': 'a-little', // assumed: not mentioned
    'eco.livelihood-loss': 'once', // a client cancelled a contract
    'eco.extortion-theft': 'no',
    'eco.family-pressure': 'never', // assumed: not mentioned
    'eco.paid-and-covered': 'partly', // assumed: she lives from clients, not from the association
    'eco.funding-blocked': 'never', // assumed: not mentioned

    // Political. "Refused entry to a municipal meeting once" has no 2.0.0 item and is not among
    // the case's answers; it is left out.
    'pol.backing': 'fully', // her association
    'pol.lawyer': 'fully', // a lawyer friend
    'pol.documenting': 'mostly',
    'pol.open-devices': 'a-little',
    'pol.targeted-group': 'quite',
    'pol.displaced': 'home',
    'pol.smear': 'several', // a few posts spreading lies
    'pol.legal-pressure': 'once', // a neighbour's complaint; called to give a statement
    'pol.criminal-charge': 'no', // a statement is legal pressure, not a charge (help text)
    'pol.detention': 'no',
    'pol.colleague-detained': 'no',
    'pol.named-listed': 'no',
    'pol.surveillance': 'once',
    'pol.intimate-images': 'no',
    'pol.account-takeover': 'no', // assumed: not mentioned
    'pol.after-international': 'no',
  },
  expect: {
    levels: {
      political: ['moderate', 'high'],
      emotional: ['moderate', 'high'],
      economic: ['moderate', 'low'],
      spiritual: ['low', 'moderate'],
      physical: ['low'],
    },
    kinds: {
      political: 'threats',
      emotional: 'threats',
      economic: 'threats',
      spiritual: 'threats',
    },
    flags: [],
    blocks: [],
    crisis: false,
    mustNotActions: [...RELOCATION],
    drivers: {
      political: ['pol.smear', 'pol.legal-pressure', 'pol.surveillance'],
      emotional: ['emo.degrading-treatment', 'emo.attacks-from-within', 'emo.exhaustion'],
      economic: ['eco.livelihood-loss'],
    },
    strengths: {
      political: ['pol.backing', 'pol.lawyer', 'pol.documenting'],
      emotional: ['emo.someone-to-talk'],
      spiritual: ['spi.sustaining-values', 'spi.purpose', 'spi.belonging'],
      physical: ['phy.safety-plan', 'phy.check-in'],
    },
  },
};

export default v;
