import type { Vignette } from '../types.ts';

/** V03 — She skips every political threat question; her office is watched (Libya, Tripoli). */
const v: Vignette = {
  id: 'V03',
  title: 'She skips every political threat question; her office is watched (Libya, Tripoli)',
  answers: {
    'pol.organisation': 'informal', // assumed: "a women's group", not said to be registered

    // Emotional.
    'emo.someone-to-talk': 'mostly',
    'emo.rest-sleep': 'partly',
    'emo.psychosocial-support': 'none',
    'emo.exhaustion': 'quite',
    'emo.fear-on-guard': 'quite',
    'emo.stress-decisions': 'a-little',
    'emo.degrading-treatment': 'once', // harassed on the street once
    'emo.attacks-from-within': 'never',
    'emo.not-want-to-live': 'no',

    // Physical.
    'phy.safety-plan': 'partly',
    'phy.check-in': 'partly',
    'phy.org-protocols': 'partly', // assumed: a small group with few security rules
    'phy.routines-routes': 'several', // routes others can predict: quite a lot
    'phy.unsafe-place': 'a-little', // workplace hard to secure: a little
    'phy.armed-control': 'very', // "armed groups run the neighbourhoods"
    'phy.guardian-travel': 'not-at-all', // assumed: not mentioned
    'phy.death-threat': 'no',
    'phy.family-targeted': 'no',
    // Men from an armed group's "security" office sit outside most days and ask about her.
    'phy.watched': 'often',
    'phy.attack-or-break-in': 'no',
    'phy.sexual-violence': 'no',
    'phy.home-violence': 'no', // assumed: not mentioned
    'phy.feel-endangered': 'quite',
    'phy.killings-nearby': 'unknown', // assumed: she names no such case
    'phy.doxxed': 'no', // assumed: not mentioned

    // Spiritual: every question "prefer not to say".
    'spi.sustaining-values': 'skip',
    'spi.belonging': 'skip',
    'spi.restoring-practices': 'skip',
    'spi.purpose': 'skip',
    'spi.losing-hope': 'skip',
    'spi.moral-weight': 'skip',
    'spi.disconnected': 'skip',
    'spi.moral-condemnation': 'skip',
    'spi.accused': 'skip',

    // Economic.
    'eco.emergency-savings': 'partly',
    'eco.own-control': 'mostly',
    'eco.emergency-grants': 'none',
    'eco.single-income': 'quite', // she teaches at a school to live
    'eco.dependants': 'a-little',
    'eco.livelihood-loss': 'never',
    'eco.extortion-theft': 'no',
    'eco.family-pressure': 'never', // assumed: not mentioned
    'eco.paid-and-covered': 'partly', // fairly paid: a little
    'eco.funding-blocked': 'never', // assumed: not mentioned

    // Political: she skipped every threat question, including the new ones and those her other
    // answers open (account takeover, checkpoint search): "I do not want to write anything about
    // who is doing what to me".
    'pol.backing': 'partly',
    'pol.lawyer': 'none',
    'pol.documenting': 'none', // keeps records: no
    'pol.open-devices': 'very', // shared with her sister
    'pol.targeted-group': 'quite',
    'pol.displaced': 'home', // assumed: not mentioned
    'pol.smear': 'skip',
    'pol.legal-pressure': 'skip',
    'pol.detention': 'skip',
    'pol.colleague-detained': 'skip',
    'pol.named-listed': 'skip',
    'pol.surveillance': 'skip',
    'pol.intimate-images': 'skip',
    'pol.account-takeover': 'skip',
    'pol.checkpoint-search': 'skip',
    // A context question, not a threat: where armed groups run the city, the authorities are not safe.
    'pol.authorities-safe': 'no', // assumed
  },
  expect: {
    levels: {
      political: 'insufficient',
      spiritual: 'insufficient',
      physical: ['high', 'severe'],
      emotional: ['moderate', 'high'],
      economic: ['moderate', 'low'],
    },
    kinds: { physical: 'threats', emotional: 'threats', economic: 'exposure' },
    insufficient: { political: 'threats', spiritual: 'all' },
    exposureOnly: { political: ['moderate', 'high'] },
    flags: ['r6'],
    blocks: ['g.watched'],
    crisis: false,
    // No "lawyer today" as an urgent step (G-NAMED and G-CHARGE are checked as blocks).
    mustNotActions: ['act.u.lawyer'],
    drivers: {
      physical: ['phy.watched', 'phy.feel-endangered', 'phy.routines-routes', 'phy.safety-plan'],
      political: ['pol.open-devices', 'pol.targeted-group', 'pol.lawyer'],
      emotional: ['emo.degrading-treatment', 'emo.fear-on-guard', 'emo.exhaustion'],
    },
    strengths: {
      emotional: ['emo.someone-to-talk'],
      economic: ['eco.own-control'],
    },
  },
};

export default v;
