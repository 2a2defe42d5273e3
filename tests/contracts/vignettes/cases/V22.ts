import { ORGANISATION_ACTIONS, type Vignette } from '../types.ts';

/** V22 — One death threat, alone, no organisation (Afghan defender in exile, Islamabad). */
const v: Vignette = {
  id: 'V22',
  title: 'One death threat, alone, no organisation (Afghan defender in exile, Islamabad)',
  answers: {
    'pol.organisation': 'none',

    // Emotional: no attacks.
    'emo.someone-to-talk': 'partly',
    'emo.rest-sleep': 'partly', // assumed: not mentioned
    'emo.psychosocial-support': 'none',
    'emo.exhaustion': 'quite',
    'emo.fear-on-guard': 'quite',
    'emo.stress-decisions': 'quite', // assumed: waiting for resettlement with an expired visa
    'emo.degrading-treatment': 'never',
    'emo.attacks-from-within': 'never',
    'emo.not-want-to-live': 'no',

    // Physical.
    'phy.safety-plan': 'none',
    'phy.check-in': 'partly',
    'phy.routines-routes': 'once', // she rarely goes out: a little
    'phy.unsafe-place': 'quite', // a room hard to secure
    // Police checks of Afghans in the city; no armed group controls where she lives.
    'phy.armed-control': 'a-little', // assumed
    // "We know you are in Islamabad, we will find you": a threat to her life, once.
    'phy.death-threat': 'once',
    'phy.family-targeted': 'no', // nothing against her daughter
    'phy.watched': 'never', // not followed that she knows
    'phy.attack-or-break-in': 'no',
    'phy.sexual-violence': 'no',
    'phy.home-violence': 'no',
    'phy.feel-endangered': 'quite',
    'phy.threat-source': 'other-unknown', // an unknown number
    'phy.killings-nearby': 'skip', // prefer not to say: she does not know
    'phy.doxxed': 'no', // the message says they know her city; nothing published

    // Spiritual: no threats.
    'spi.sustaining-values': 'fully', // faith
    'spi.belonging': 'partly',
    'spi.restoring-practices': 'partly', // assumed: not mentioned
    'spi.purpose': 'mostly', // assumed: not mentioned
    'spi.losing-hope': 'a-little', // assumed: not mentioned
    'spi.moral-weight': 'a-little', // assumed: not mentioned
    'spi.disconnected': 'quite', // cut off from home
    'spi.moral-condemnation': 'never',
    'spi.accused': 'no',
    'spi.kept-out': 'never', // opened by disconnected "quite"; nothing of the kind
    'spi.beliefs-attacked': 'never', // assumed: not mentioned

    // Economic: no threats.
    'eco.emergency-savings': 'none',
    'eco.own-control': 'mostly', // her passport in hand
    'eco.emergency-grants': 'none',
    'eco.single-income': 'very', // money her sister sends
    'eco.dependants': 'quite', // her daughter
    'eco.livelihood-loss': 'never',
    'eco.extortion-theft': 'no',
    'eco.family-pressure': 'never',
    // Hidden without an organisation; answered as the case says (paid: no).
    'eco.paid-and-covered': 'none',

    // Political: every threat "never".
    'pol.backing': 'partly', // a former colleague abroad
    'pol.lawyer': 'none',
    'pol.documenting': 'none', // keeps records: no
    'pol.open-devices': 'quite',
    'pol.targeted-group': 'very', // Afghans like her
    'pol.displaced': 'abroad-insecure', // her visa has expired and Afghans are being sent back
    'pol.smear': 'never',
    'pol.legal-pressure': 'never',
    'pol.detention': 'no',
    'pol.colleague-detained': 'no',
    'pol.named-listed': 'no',
    'pol.surveillance': 'never',
    'pol.intimate-images': 'no',
    'pol.account-takeover': 'no', // assumed: not mentioned
    'pol.checkpoint-search': 'never', // assumed: she rarely goes out
    'pol.after-international': 'no',
    'pol.authorities-safe': 'no', // her expired visa puts her at risk of being sent back
  },
  expect: {
    levels: {
      physical: ['high'],
      political: ['high', 'moderate'],
      economic: ['high', 'moderate'],
      emotional: ['moderate', 'high'],
      spiritual: ['moderate', 'low'],
    },
    kinds: {
      physical: 'threats',
      political: 'exposure',
      economic: 'exposure',
      emotional: 'exposure',
      spiritual: 'exposure',
    },
    flags: ['r1'],
    blocks: ['g.life'],
    crisis: false,
    // "tell your organisation" or any organisation-based step without a fallback: the
    // organisation-gated "tell people who can act" must give way to its fallback.
    mustNotActions: [...ORGANISATION_ACTIONS, 'act.u.tell-people-today'],
    drivers: {
      physical: ['phy.death-threat', 'phy.feel-endangered', 'phy.unsafe-place', 'phy.safety-plan'],
      political: ['pol.displaced', 'pol.targeted-group', 'pol.lawyer', 'pol.open-devices'],
      economic: ['eco.single-income', 'eco.emergency-savings', 'eco.dependants'],
    },
    strengths: {
      spiritual: ['spi.sustaining-values'],
      economic: ['eco.own-control'], // her passport in hand
    },
  },
};

export default v;
