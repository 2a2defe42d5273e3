import { LIFE_NIGHTS, RELOCATION, type Vignette } from '../types.ts';

/** V19 — She feels in great danger, though little else shows (Mexico, Oaxaca). */
const v: Vignette = {
  id: 'V19',
  title: 'She feels in great danger, though little else shows (Mexico, Oaxaca)',
  answers: {
    // The assembly and the radio; a communal assembly, not said to be registered.
    'pol.organisation': 'informal', // assumed

    // Emotional: no attacks.
    'emo.someone-to-talk': 'fully',
    'emo.rest-sleep': 'partly', // sleep: a little
    'emo.psychosocial-support': 'partly', // assumed: not mentioned
    'emo.exhaustion': 'a-little',
    'emo.fear-on-guard': 'quite',
    'emo.stress-decisions': 'a-little', // assumed: not mentioned
    'emo.degrading-treatment': 'never',
    'emo.attacks-from-within': 'never',
    'emo.not-want-to-live': 'no',

    // Physical.
    'phy.safety-plan': 'mostly',
    'phy.check-in': 'fully',
    'phy.org-protocols': 'mostly', // "we have a protocol"
    'phy.routines-routes': 'several', // routes others can predict: quite a lot
    'phy.unsafe-place': 'a-little',
    // The company has new security men; no checkpoints or armed group named.
    'phy.armed-control': 'a-little', // assumed
    'phy.guardian-travel': 'not-at-all', // assumed: not mentioned
    'phy.death-threat': 'no',
    'phy.family-targeted': 'no',
    // Faces she does not know at the market: not "followed that she could name" (the case says so).
    'phy.watched': 'never',
    'phy.attack-or-break-in': 'no',
    'phy.sexual-violence': 'no',
    'phy.home-violence': 'no',
    'phy.feel-endangered': 'great',
    'phy.killings-nearby': 'no', // one was killed in the region three years ago: outside the window
    'phy.doxxed': 'no', // assumed: not mentioned

    // Spiritual: no threats.
    'spi.sustaining-values': 'fully', // faith and ceremonies
    'spi.belonging': 'fully',
    'spi.restoring-practices': 'fully', // ceremonies
    'spi.purpose': 'fully',
    'spi.losing-hope': 'not-at-all', // assumed: not mentioned
    'spi.moral-weight': 'not-at-all', // assumed: not mentioned
    'spi.disconnected': 'not-at-all', // assumed: not mentioned
    'spi.moral-condemnation': 'never',
    'spi.accused': 'no',

    // Economic: no threats.
    'eco.emergency-savings': 'partly',
    'eco.own-control': 'fully',
    'eco.emergency-grants': 'partly', // assumed: not mentioned
    'eco.single-income': 'quite',
    'eco.dependants': 'a-little', // assumed: not mentioned
    'eco.livelihood-loss': 'never',
    'eco.extortion-theft': 'no',
    'eco.family-pressure': 'never',
    'eco.paid-and-covered': 'none', // assumed: a community radio host is not paid for this work
    'eco.funding-blocked': 'never', // assumed: not mentioned

    // Political.
    'pol.backing': 'fully', // the assembly and the radio
    'pol.lawyer': 'mostly',
    'pol.documenting': 'mostly',
    'pol.open-devices': 'a-little', // assumed: not mentioned
    'pol.targeted-group': 'quite',
    'pol.displaced': 'home',
    // A company spokesman called opponents of the mine "agitators" on the radio, not naming her.
    'pol.smear': 'once',
    'pol.legal-pressure': 'never',
    'pol.detention': 'no',
    'pol.colleague-detained': 'no',
    'pol.named-listed': 'no',
    'pol.surveillance': 'never',
    'pol.intimate-images': 'no',
    'pol.checkpoint-search': 'never', // assumed: not mentioned
    'pol.authorities-safe': 'unsure', // assumed: not mentioned
  },
  expect: {
    levels: {
      physical: ['high'],
      political: ['low', 'moderate'],
      emotional: ['moderate', 'low'],
      spiritual: ['low'],
      economic: ['low', 'moderate'],
    },
    kinds: {
      physical: 'threats',
      political: 'threats',
      emotional: 'exposure',
      economic: 'exposure',
    },
    flags: ['r12'],
    blocks: ['g.feel'],
    crisis: false,
    // G-LIFE steps: changing where she sleeps, relocation.
    mustNotActions: [...LIFE_NIGHTS, ...RELOCATION],
    drivers: {
      physical: ['phy.feel-endangered', 'phy.routines-routes'],
      political: ['pol.smear'], // "if political is moderate"
      emotional: ['emo.fear-on-guard', 'emo.rest-sleep'],
    },
    selfRatedFirst: true,
    strengths: {
      political: ['pol.backing', 'pol.lawyer', 'pol.documenting'],
      physical: ['phy.safety-plan', 'phy.check-in'],
      emotional: ['emo.someone-to-talk'],
      spiritual: ['spi.sustaining-values', 'spi.belonging', 'spi.purpose'],
    },
  },
};

export default v;
