import { LIFE_NIGHTS, type Vignette } from '../types.ts';

/** V04 — Named once in an armed group's pamphlet (Colombia, Catatumbo). */
const v: Vignette = {
  id: 'V04',
  title: "Named once in an armed group's pamphlet (Colombia, Catatumbo)",
  answers: {
    'pol.organisation': 'registered', // assumed: an association of women farmers

    // Emotional.
    'emo.someone-to-talk': 'mostly',
    'emo.rest-sleep': 'partly', // "I sleep badly since"
    'emo.psychosocial-support': 'none',
    'emo.exhaustion': 'a-little',
    'emo.fear-on-guard': 'quite',
    'emo.stress-decisions': 'a-little', // assumed: not mentioned
    'emo.degrading-treatment': 'never',
    'emo.attacks-from-within': 'never',
    'emo.not-want-to-live': 'no',

    // Physical.
    'phy.safety-plan': 'none',
    'phy.check-in': 'partly',
    'phy.org-protocols': 'partly', // assumed: the association has no full security protocol
    'phy.routines-routes': 'often', // the same road every day
    'phy.unsafe-place': 'quite', // isolated farmhouse
    'phy.armed-control': 'very', // assumed: armed groups hold the region (the pamphlet, the killings)
    'phy.guardian-travel': 'not-at-all', // assumed: she rides alone
    // The pamphlet made no threat to her life she could name.
    'phy.death-threat': 'no',
    'phy.family-targeted': 'no',
    'phy.watched': 'never',
    'phy.attack-or-break-in': 'no',
    'phy.sexual-violence': 'no',
    'phy.home-violence': 'no', // assumed: not mentioned
    'phy.feel-endangered': 'quite',
    'phy.killings-nearby': 'yes', // leaders killed in the region this year
    // A list with her name, not her address or whereabouts.
    'phy.doxxed': 'no',

    // Spiritual: no threats; "other exposure small".
    'spi.sustaining-values': 'fully',
    'spi.belonging': 'fully',
    'spi.restoring-practices': 'mostly', // assumed: "other exposure small"
    'spi.purpose': 'mostly',
    'spi.losing-hope': 'not-at-all', // assumed: "other exposure small"
    'spi.moral-weight': 'a-little', // assumed: leaders killed near her
    'spi.disconnected': 'not-at-all', // assumed: "other exposure small"
    'spi.moral-condemnation': 'never',
    'spi.accused': 'no',

    // Economic.
    'eco.emergency-savings': 'none',
    'eco.own-control': 'mostly',
    'eco.emergency-grants': 'none',
    'eco.single-income': 'very', // the farm; substitution payments late
    'eco.dependants': 'quite',
    'eco.livelihood-loss': 'never',
    'eco.extortion-theft': 'no',
    'eco.family-pressure': 'never', // assumed: not mentioned
    'eco.paid-and-covered': 'none', // assumed: the association does not pay her
    'eco.funding-blocked': 'never', // assumed: the late payments are the state's to her, not the association's funding

    // Political.
    'pol.backing': 'mostly', // the association
    'pol.lawyer': 'partly', // the ombudsman
    'pol.documenting': 'partly', // a photo of the pamphlet
    'pol.open-devices': 'quite',
    'pol.targeted-group': 'very',
    'pol.displaced': 'home',
    'pol.smear': 'never',
    'pol.legal-pressure': 'never',
    'pol.detention': 'no',
    'pol.colleague-detained': 'no', // assumed: not mentioned
    // Named a collaborator of the enemy in a pamphlet signed by an armed group, three weeks ago.
    'pol.named-listed': 'once',
    'pol.surveillance': 'never',
    'pol.intimate-images': 'no',
    'pol.account-takeover': 'no', // assumed: not mentioned
    'pol.checkpoint-search': 'never', // assumed: not mentioned
    'pol.after-international': 'no',
    'pol.authorities-safe': 'some', // she told the municipal ombudsman
  },
  expect: {
    levels: {
      political: ['high', 'severe'],
      physical: ['high', 'moderate'],
      emotional: ['moderate'],
      spiritual: ['low'],
      economic: ['moderate', 'high'],
    },
    kinds: { political: 'threats', physical: 'threats', emotional: 'exposure', economic: 'exposure' },
    flags: ['r5'],
    blocks: ['g.named'],
    crisis: false,
    // "plan how to answer the lies" (a public reply); G-LIFE's own steps (no threat to life).
    mustNotActions: ['act.pol.answer-smears', ...LIFE_NIGHTS],
    drivers: {
      political: ['pol.named-listed', 'pol.targeted-group'],
      physical: ['phy.feel-endangered', 'phy.killings-nearby', 'phy.routines-routes', 'phy.safety-plan'],
      economic: ['eco.single-income', 'eco.emergency-savings', 'eco.dependants'],
    },
    strengths: {
      political: ['pol.backing'],
      spiritual: ['spi.sustaining-values', 'spi.belonging'],
      emotional: ['emo.someone-to-talk'],
    },
  },
};

export default v;
