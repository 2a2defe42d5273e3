import type { Vignette } from '../types.ts';

/** V06 — Accused of blasphemy in a sermon (Pakistan, Punjab). */
const v: Vignette = {
  id: 'V06',
  title: 'Accused of blasphemy in a sermon (Pakistan, Punjab)',
  answers: {
    'pol.organisation': 'registered', // assumed: an organisation with an office in Lahore

    // Emotional.
    'emo.someone-to-talk': 'fully', // her husband
    'emo.rest-sleep': 'partly', // assumed: on alert very much
    'emo.psychosocial-support': 'none', // counselling: no
    'emo.exhaustion': 'quite',
    'emo.fear-on-guard': 'very',
    'emo.stress-decisions': 'quite', // assumed: not mentioned
    'emo.degrading-treatment': 'several', // insults online, a few times
    // Not in the case's list. The cleric of her own mosque shamed her in a sermon that went round
    // every WhatsApp group, and her husband's family wants her to stop: "people from your own
    // community attacked, blamed or shamed you" — the answer she would most likely give. Unsure.
    'emo.attacks-from-within': 'several', // assumed
    'emo.not-want-to-live': 'no',

    // Physical.
    'phy.safety-plan': 'none',
    'phy.check-in': 'partly',
    'phy.org-protocols': 'partly', // assumed: the office is far away
    'phy.routines-routes': 'often', // the same way to the centre
    'phy.unsafe-place': 'quite',
    'phy.armed-control': 'not-at-all', // assumed: no armed group or checkpoint mentioned
    'phy.guardian-travel': 'not-at-all', // assumed: her husband supports her work
    // Two messages saying blasphemers do not deserve to live: a threat to her life, a few times.
    'phy.death-threat': 'few',
    'phy.family-targeted': 'no', // nothing against her children
    'phy.watched': 'once', // men asked her neighbour when she leaves home
    'phy.attack-or-break-in': 'no',
    'phy.sexual-violence': 'no',
    'phy.home-violence': 'no', // his family's pressure to stop is not violence or a threat
    'phy.feel-endangered': 'great',
    'phy.threat-source': 'religious-community',
    'phy.killings-nearby': 'yes', // people accused like her killed in the province in the last year
    'phy.doxxed': 'no', // assumed: the clip names her; no address said to be published

    // Spiritual.
    'spi.sustaining-values': 'fully',
    'spi.belonging': 'partly',
    'spi.restoring-practices': 'partly', // assumed: not mentioned
    'spi.purpose': 'mostly',
    'spi.losing-hope': 'a-little', // assumed: not mentioned
    'spi.moral-weight': 'a-little',
    'spi.disconnected': 'quite', // cut off from her faith community
    'spi.moral-condemnation': 'several', // called immoral by religious leaders, a few times
    'spi.accused': 'few', // the sermon and the clip call her a blasphemer
    'spi.kept-out': 'never', // assumed: not said to be turned away
    'spi.beliefs-attacked': 'several',
    'spi.faith-leader': 'partly', // assumed: the case hopes scholars will speak for her; none yet

    // Economic: "other answers show little exposure".
    'eco.emergency-savings': 'partly',
    'eco.own-control': 'fully', // assumed: little exposure
    'eco.emergency-grants': 'mostly', // assumed: little exposure; an organisation in Lahore
    'eco.single-income': 'a-little', // assumed: little exposure
    'eco.dependants': 'a-little', // assumed: little exposure
    'eco.livelihood-loss': 'never',
    'eco.extortion-theft': 'no',
    'eco.family-pressure': 'once', // her husband's family pressures him at work
    'eco.paid-and-covered': 'mostly', // assumed: little exposure
    'eco.funding-blocked': 'never', // assumed: not mentioned

    // Political. 2.0.0's named-listed counts religious leaders among those who name (design §10).
    'pol.backing': 'partly', // the office is far
    'pol.lawyer': 'partly',
    'pol.documenting': 'partly',
    'pol.open-devices': 'a-little', // assumed: not mentioned
    'pol.targeted-group': 'a-little', // assumed: not mentioned
    'pol.displaced': 'home',
    'pol.smear': 'several', // the clip, a few times
    'pol.legal-pressure': 'once', // men demanding a police case
    'pol.criminal-charge': 'no', // none registered yet
    'pol.detention': 'no',
    'pol.colleague-detained': 'no', // assumed: not mentioned
    'pol.named-listed': 'few', // named an enemy of religion publicly
    'pol.surveillance': 'never', // assumed: not mentioned
    'pol.intimate-images': 'no',
    'pol.account-takeover': 'no', // assumed: not mentioned
    'pol.checkpoint-search': 'never', // assumed: not mentioned
    'pol.after-international': 'no',
    'pol.authorities-safe': 'unsure', // assumed: men went to the police to demand a case
  },
  expect: {
    levels: {
      physical: ['severe'],
      political: ['severe', 'high'],
      spiritual: ['high', 'severe'],
      emotional: ['high', 'moderate'],
      economic: ['moderate', 'low'],
    },
    kinds: {
      physical: 'threats',
      political: 'threats',
      spiritual: 'threats',
      emotional: 'threats',
      economic: 'threats',
    },
    flags: ['r1', 'r5', 'r12', 'r14', 'c1', 'c2', 'c3'],
    blocks: ['g.life', 'g.named', 'g.accused', 'g.watched', 'g.feel'],
    crisis: false,
    // "answer the lies" publicly. ("build ties with respected voices" is barred only as a now-step.)
    mustNotActions: ['act.pol.answer-smears'],
    drivers: {
      physical: ['phy.feel-endangered', 'phy.death-threat', 'phy.killings-nearby', 'phy.watched'],
      spiritual: ['spi.accused', 'spi.moral-condemnation', 'spi.disconnected'],
      political: ['pol.named-listed', 'pol.smear', 'pol.legal-pressure'],
      emotional: ['emo.fear-on-guard', 'emo.degrading-treatment'],
    },
    selfRatedFirst: true,
    strengths: {
      spiritual: ['spi.sustaining-values', 'spi.purpose'],
      emotional: ['emo.someone-to-talk'],
    },
  },
};

export default v;
