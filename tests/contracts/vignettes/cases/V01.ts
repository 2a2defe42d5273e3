import type { Vignette } from '../types.ts';

/** V01 — Death threats with a strong network behind her (Mexico, Sonora). */
const v: Vignette = {
  id: 'V01',
  title: 'Death threats with a strong network behind her (Mexico, Sonora)',
  answers: {
    // She leads a collective of searching mothers; registered or not, it opens the same follow-ups.
    'pol.organisation': 'informal', // assumed: a collective of mothers, not said to be registered

    // Emotional. "Knows her warning signs (mostly)" has no item in 2.0.0 (emo.warning-signs removed).
    'emo.someone-to-talk': 'fully', // the other mothers
    'emo.rest-sleep': 'partly', // sleep and breaks: a little
    'emo.psychosocial-support': 'partly', // counselling: a little
    'emo.exhaustion': 'quite',
    'emo.fear-on-guard': 'quite',
    'emo.stress-decisions': 'a-little',
    'emo.degrading-treatment': 'never',
    'emo.attacks-from-within': 'never',
    'emo.not-want-to-live': 'no',

    // Physical.
    'phy.safety-plan': 'fully',
    'phy.check-in': 'fully', // someone always knows where she is on searches
    // "Protection measures from the mechanism (mostly)": the nearest 2.0.0 item is the collective's
    // security protocol (the agreed escort on searches). Unsure mapping: the mechanism is the state's.
    'phy.org-protocols': 'mostly',
    'phy.routines-routes': 'often', // remote places on days others can predict
    'phy.unsafe-place': 'quite', // home easy to find and hard to secure
    'phy.armed-control': 'quite', // assumed: the group that threatens her controls the area (case reasoning)
    'phy.guardian-travel': 'not-at-all', // assumed: she travels without a male relative
    // Three voice messages in the last month → "a few times" on the event scale.
    'phy.death-threat': 'few',
    'phy.family-targeted': 'no',
    'phy.watched': 'once', // a truck parked watching her house one evening
    'phy.attack-or-break-in': 'no',
    'phy.sexual-violence': 'no',
    'phy.home-violence': 'no', // assumed: nothing from her family is reported
    'phy.feel-endangered': 'quite',
    'phy.threat-source': 'armed-group', // a group that controls the area near the ranch (reasoning)
    'phy.killings-nearby': 'yes', // a searching mother killed in this state last year
    'phy.doxxed': 'no', // assumed: nothing published about where she lives

    // Spiritual.
    'spi.sustaining-values': 'fully', // faith
    'spi.belonging': 'fully',
    'spi.restoring-practices': 'partly', // time for what restores her: a little
    'spi.purpose': 'fully',
    'spi.losing-hope': 'a-little',
    'spi.moral-weight': 'quite', // grief and what she has seen
    'spi.disconnected': 'not-at-all', // assumed: faith and belonging hold
    'spi.moral-condemnation': 'never',
    'spi.accused': 'no',

    // Economic.
    'eco.emergency-savings': 'none',
    'eco.own-control': 'fully',
    'eco.emergency-grants': 'mostly',
    'eco.single-income': 'very', // selling food she cooks at home
    'eco.dependants': 'quite', // two grandchildren
    'eco.livelihood-loss': 'never',
    'eco.extortion-theft': 'no',
    'eco.family-pressure': 'never', // assumed: not mentioned
    'eco.paid-and-covered': 'none', // assumed: the searches are unpaid; she lives from her cooking
    'eco.funding-blocked': 'never', // assumed: not mentioned

    // Political.
    'pol.backing': 'fully',
    'pol.lawyer': 'fully',
    'pol.documenting': 'fully',
    'pol.open-devices': 'a-little', // assumed: not mentioned
    'pol.targeted-group': 'quite', // assumed: searching mothers are killed in her state
    'pol.displaced': 'home',
    'pol.smear': 'once', // an official said on the radio the collective "invents graves"
    'pol.legal-pressure': 'never',
    'pol.detention': 'no',
    'pol.colleague-detained': 'no', // assumed: not mentioned
    'pol.named-listed': 'no',
    'pol.surveillance': 'skip', // prefer not to say
    'pol.intimate-images': 'no', // assumed: not mentioned
    'pol.checkpoint-search': 'never', // assumed: not mentioned
    'pol.after-international': 'no', // the threats followed a find in the desert
    'pol.authorities-safe': 'some', // assumed: she trusts the federal mechanism, not the local officials
  },
  expect: {
    levels: {
      physical: ['severe'],
      emotional: ['moderate', 'high'],
      spiritual: ['low', 'moderate'],
      economic: ['moderate', 'high'],
      political: ['moderate', 'low'],
    },
    kinds: {
      physical: 'threats',
      emotional: 'exposure',
      spiritual: 'exposure',
      economic: 'exposure',
      political: 'threats',
    },
    flags: ['r1', 'c2', 'c3'],
    blocks: ['g.life', 'g.watched'],
    crisis: false,
    drivers: {
      physical: ['phy.death-threat', 'phy.killings-nearby', 'phy.routines-routes', 'phy.watched'],
      emotional: ['emo.fear-on-guard', 'emo.exhaustion', 'emo.rest-sleep'],
      economic: ['eco.single-income', 'eco.dependants', 'eco.emergency-savings'],
      political: ['pol.smear'],
    },
    strengths: {
      political: ['pol.backing', 'pol.lawyer'],
      physical: ['phy.safety-plan', 'phy.check-in', 'phy.org-protocols'],
      emotional: ['emo.someone-to-talk'],
      spiritual: ['spi.sustaining-values', 'spi.belonging', 'spi.purpose'],
    },
  },
};

export default v;
