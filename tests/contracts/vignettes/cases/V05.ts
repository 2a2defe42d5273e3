import type { Vignette } from '../types.ts';

/** V05 — Red-tagged often, a terrorism charge, watched, house entered (Philippines, Negros). */
const v: Vignette = {
  id: 'V05',
  title: 'Red-tagged often, a terrorism charge, watched, house entered (Philippines, Negros)',
  answers: {
    'pol.organisation': 'registered', // assumed: a peasant women's organisation with lawyers

    // Emotional.
    'emo.someone-to-talk': 'mostly',
    'emo.rest-sleep': 'partly', // assumed: not mentioned; on alert very much
    'emo.psychosocial-support': 'partly', // counselling: a little
    'emo.exhaustion': 'quite',
    'emo.fear-on-guard': 'very',
    'emo.stress-decisions': 'quite',
    'emo.degrading-treatment': 'several', // sexualised insults online, a few times
    'emo.attacks-from-within': 'never',
    'emo.not-want-to-live': 'no',

    // Physical.
    'phy.safety-plan': 'partly',
    'phy.check-in': 'mostly',
    'phy.org-protocols': 'partly', // assumed: not mentioned
    'phy.routines-routes': 'often',
    'phy.unsafe-place': 'quite',
    'phy.armed-control': 'quite', // assumed: the army's anti-insurgency campaign in the province
    'phy.guardian-travel': 'not-at-all', // assumed: not mentioned
    'phy.death-threat': 'no', // no direct threat to life
    'phy.family-targeted': 'no', // nothing against her children
    'phy.watched': 'several', // men on motorbikes photographed the house several times
    // Someone entered her house while she was out and took her laptop: a break-in, not an attack on her.
    'phy.attack-or-break-in': 'place',
    'phy.sexual-violence': 'no',
    'phy.home-violence': 'no', // assumed: not mentioned; her husband's job loss is economic
    'phy.feel-endangered': 'great',
    'phy.killings-nearby': 'yes', // red-tagged people killed in the province in the last year
    'phy.doxxed': 'no', // assumed: the posters name her; no address said to be published

    // Spiritual: church partners stand with her.
    'spi.sustaining-values': 'fully',
    'spi.belonging': 'mostly',
    'spi.restoring-practices': 'partly', // assumed: not mentioned
    'spi.purpose': 'mostly', // assumed: not mentioned
    'spi.losing-hope': 'a-little',
    'spi.moral-weight': 'a-little', // assumed: not mentioned
    'spi.disconnected': 'not-at-all', // assumed: not mentioned
    'spi.moral-condemnation': 'never',
    'spi.accused': 'no',

    // Economic.
    'eco.emergency-savings': 'none',
    'eco.own-control': 'mostly', // assumed: the frozen account is the organisation's
    'eco.emergency-grants': 'mostly',
    'eco.single-income': 'quite',
    'eco.dependants': 'very', // two children; her husband lost his job
    'eco.livelihood-loss': 'never', // assumed: her own work is not said to be lost
    'eco.extortion-theft': 'no', // the laptop is counted once, as the break-in (phy.attack-or-break-in)
    'eco.family-pressure': 'once', // her husband lost his job after the posters
    'eco.paid-and-covered': 'partly', // assumed: a paralegal in a peasant organisation
    'eco.funding-blocked': 'several', // the account questioned a few times, then frozen

    // Political.
    'pol.backing': 'fully',
    'pol.lawyer': 'fully',
    'pol.documenting': 'mostly',
    'pol.digital-help': 'yes', // assumed: her organisation and its partners can help
    'pol.open-devices': 'quite', // the laptop is gone
    'pol.targeted-group': 'very',
    'pol.displaced': 'home',
    'pol.smear': 'often',
    'pol.legal-pressure': 'often', // subpoenas
    'pol.criminal-charge': 'yes', // financing terrorism
    'pol.detention': 'no',
    'pol.colleague-detained': 'no', // charged with four others; no one said to be held
    'pol.named-listed': 'many', // called a rebel, many times in the last three months
    'pol.surveillance': 'several',
    'pol.intimate-images': 'no',
    'pol.account-takeover': 'no', // assumed: watched, not taken over
    'pol.checkpoint-search': 'never', // assumed: not mentioned
    'pol.after-international': 'no',
    'pol.authorities-safe': 'no', // the army campaign red-tags her
  },
  expect: {
    levels: {
      political: ['severe'],
      physical: ['severe'],
      emotional: ['high', 'severe'],
      economic: ['high', 'moderate'],
      spiritual: ['low', 'moderate'],
    },
    kinds: {
      political: 'threats',
      physical: 'threats',
      emotional: 'threats',
      economic: 'threats',
      spiritual: 'exposure',
    },
    flags: ['r5', 'r8', 'r12', 'c1'],
    blocks: ['g.named', 'g.charge', 'g.watched', 'g.feel'],
    crisis: false,
    mustNotActions: ['act.pol.answer-smears'], // a personal public reply to the red-tagging
    drivers: {
      political: ['pol.named-listed', 'pol.criminal-charge', 'pol.legal-pressure', 'pol.surveillance'],
      physical: ['phy.feel-endangered', 'phy.watched', 'phy.attack-or-break-in', 'phy.killings-nearby'],
      emotional: ['emo.fear-on-guard', 'emo.degrading-treatment'],
      economic: ['eco.funding-blocked', 'eco.family-pressure', 'eco.emergency-savings', 'eco.dependants'],
    },
    selfRatedFirst: true,
    strengths: {
      political: ['pol.lawyer', 'pol.backing', 'pol.documenting'],
      physical: ['phy.check-in'],
      economic: ['eco.emergency-grants'],
      spiritual: ['spi.sustaining-values'],
    },
  },
};

export default v;
