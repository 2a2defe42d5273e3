import type { Vignette } from '../types.ts';

/** V21 — In exile, her family at home threatened (Myanmar, in exile in Thailand). */
const v: Vignette = {
  id: 'V21',
  title: 'In exile, her family at home threatened (Myanmar, in exile in Thailand)',
  answers: {
    // An organisation in exile that pays a small stipend; not said to be registered in Thailand.
    'pol.organisation': 'informal', // assumed

    // Emotional: no attacks on her.
    'emo.someone-to-talk': 'mostly',
    'emo.rest-sleep': 'partly', // assumed: not mentioned
    'emo.psychosocial-support': 'partly', // counselling: a little
    'emo.exhaustion': 'quite',
    'emo.fear-on-guard': 'very', // on alert for her family
    'emo.stress-decisions': 'quite',
    'emo.degrading-treatment': 'never',
    'emo.attacks-from-within': 'never',
    'emo.not-want-to-live': 'no',

    // Physical.
    'phy.safety-plan': 'mostly',
    'phy.check-in': 'mostly',
    'phy.org-protocols': 'partly', // assumed: not mentioned
    'phy.routines-routes': 'once', // known routes: a little
    'phy.unsafe-place': 'a-little', // a room hard to secure: a little
    // Mae Sot, across the border; no armed control of where she lives is reported.
    'phy.armed-control': 'a-little', // assumed
    'phy.death-threat': 'no', // no threat to her own life
    // Soldiers came to her parents' house and said they would be arrested; they took her brother
    // for two days: the visit and the detention → a few times.
    'phy.family-targeted': 'few',
    'phy.watched': 'never', // not followed here
    'phy.attack-or-break-in': 'no',
    'phy.sexual-violence': 'no',
    'phy.home-violence': 'no',
    'phy.feel-endangered': 'quite',
    'phy.killings-nearby': 'unknown', // assumed: not mentioned
    'phy.doxxed': 'no', // a wanted list names her; no address or whereabouts said to be published

    // Spiritual: no threats.
    'spi.sustaining-values': 'mostly', // Buddhist practice
    'spi.belonging': 'mostly', // the exile community
    'spi.restoring-practices': 'partly', // assumed: not mentioned
    'spi.purpose': 'mostly', // assumed: not mentioned
    'spi.losing-hope': 'a-little', // assumed: not mentioned
    'spi.moral-weight': 'very', // guilt for her family
    'spi.disconnected': 'a-little', // assumed: in exile, with her practice and community
    'spi.moral-condemnation': 'never',
    'spi.accused': 'no',

    // Economic: no threats to her income.
    'eco.emergency-savings': 'none',
    'eco.own-control': 'partly', // her passport expired and cannot be renewed
    'eco.emergency-grants': 'partly',
    'eco.single-income': 'very', // one small stipend
    'eco.dependants': 'quite', // she sends part of it home
    'eco.livelihood-loss': 'never',
    'eco.extortion-theft': 'no',
    'eco.family-pressure': 'never', // her family's danger is asked under physical
    'eco.paid-and-covered': 'partly', // a small stipend
    'eco.funding-blocked': 'never', // assumed: not mentioned

    // Political.
    'pol.backing': 'mostly', // the organisation in exile
    'pol.lawyer': 'partly',
    'pol.documenting': 'fully',
    'pol.open-devices': 'a-little',
    'pol.targeted-group': 'very',
    'pol.displaced': 'abroad-insecure', // no valid visa
    'pol.smear': 'several', // lies in state media, a few times
    // A warrant is legal pressure (design §10 point 3; the help says charges count too), so the
    // criminal-charge follow-up is asked.
    'pol.legal-pressure': 'once',
    'pol.criminal-charge': 'yes', // a warrant for incitement
    'pol.detention': 'no',
    'pol.colleague-detained': 'no', // her brother's detention is asked under physical (family)
    'pol.named-listed': 'once', // on a wanted list published by state media
    'pol.surveillance': 'never', // assumed: not mentioned
    'pol.intimate-images': 'no',
    'pol.account-takeover': 'no', // assumed: not mentioned
    'pol.checkpoint-search': 'never', // assumed: not mentioned
    'pol.after-international': 'no',
    'pol.authorities-safe': 'no', // her status could lead to detention
  },
  expect: {
    levels: {
      physical: ['high', 'severe'],
      political: ['high', 'severe'],
      emotional: ['high', 'moderate'],
      economic: ['high', 'moderate'],
      spiritual: ['moderate', 'high'],
    },
    kinds: {
      physical: 'threats',
      political: 'threats',
      emotional: 'exposure',
      economic: 'exposure',
      spiritual: 'exposure',
    },
    flags: ['r4', 'r5', 'r8'],
    blocks: ['g.named', 'g.charge', 'g.family'],
    crisis: false,
    mustNotActions: ['act.pol.answer-smears'], // a personal public reply to the wanted list
    drivers: {
      physical: ['phy.family-targeted', 'phy.feel-endangered'],
      political: ['pol.named-listed', 'pol.criminal-charge', 'pol.displaced', 'pol.targeted-group'],
      emotional: ['emo.fear-on-guard', 'emo.stress-decisions', 'emo.exhaustion'],
      economic: ['eco.single-income', 'eco.dependants', 'eco.emergency-savings', 'eco.own-control'],
    },
    strengths: {
      political: ['pol.backing', 'pol.documenting'],
      physical: ['phy.safety-plan', 'phy.check-in'],
      emotional: ['emo.someone-to-talk'],
      spiritual: ['spi.sustaining-values', 'spi.belonging'],
    },
  },
};

export default v;
