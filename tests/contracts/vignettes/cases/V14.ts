import { RELOCATION, type Vignette } from '../types.ts';

/** V14 — A smear campaign, then her income goes (Guatemala, Alta Verapaz). */
const v: Vignette = {
  id: 'V14',
  title: 'A smear campaign, then her income goes (Guatemala, Alta Verapaz)',
  answers: {
    // A community radio and its network; not said to be registered.
    'pol.organisation': 'informal', // assumed

    // Emotional.
    'emo.someone-to-talk': 'fully',
    'emo.rest-sleep': 'partly', // assumed: not mentioned
    'emo.psychosocial-support': 'partly', // counselling: a little
    'emo.exhaustion': 'quite',
    'emo.fear-on-guard': 'a-little',
    'emo.stress-decisions': 'a-little', // assumed: not mentioned
    'emo.degrading-treatment': 'several', // sexualised insults, a few times
    'emo.attacks-from-within': 'once', // criticised by someone in her own movement
    'emo.not-want-to-live': 'no',

    // Physical: no threats; she feels a little in danger.
    'phy.safety-plan': 'mostly',
    'phy.check-in': 'mostly',
    'phy.org-protocols': 'partly', // assumed: a community radio
    'phy.routines-routes': 'several', // risky roads: quite a lot
    'phy.unsafe-place': 'a-little', // assumed: not mentioned
    'phy.armed-control': 'a-little', // assumed: company guards around the evictions; not mentioned
    'phy.guardian-travel': 'not-at-all', // assumed: not mentioned
    'phy.death-threat': 'no',
    'phy.family-targeted': 'no', // her sister's demotion is asked under economic (family pressure)
    'phy.watched': 'never',
    'phy.attack-or-break-in': 'no',
    'phy.sexual-violence': 'no',
    'phy.home-violence': 'no',
    'phy.feel-endangered': 'a-little',

    // Spiritual: no threats.
    'spi.sustaining-values': 'fully', // ceremonies and faith
    'spi.belonging': 'fully',
    'spi.restoring-practices': 'fully', // ceremonies
    'spi.purpose': 'fully',
    'spi.losing-hope': 'a-little', // assumed: not mentioned
    'spi.moral-weight': 'not-at-all', // assumed: not mentioned
    'spi.disconnected': 'not-at-all', // assumed: not mentioned
    'spi.moral-condemnation': 'never',
    'spi.accused': 'no',

    // Economic.
    'eco.emergency-savings': 'partly',
    'eco.own-control': 'fully',
    'eco.emergency-grants': 'none',
    'eco.single-income': 'quite',
    'eco.dependants': 'quite',
    // The advertisers pulled out and the NGO stopped calling her: lost work and clients, a few times.
    'eco.livelihood-loss': 'several',
    'eco.extortion-theft': 'no',
    'eco.family-pressure': 'once', // her sister moved to a worse post
    'eco.paid-and-covered': 'none', // paid with cover: no
    'eco.funding-blocked': 'never', // assumed: the adverts were her own income, asked above

    // Political.
    'pol.backing': 'mostly', // the community and the radio network
    'pol.lawyer': 'mostly', // a collective of Indigenous lawyers
    'pol.documenting': 'fully',
    'pol.open-devices': 'a-little',
    'pol.targeted-group': 'very',
    'pol.displaced': 'home',
    'pol.smear': 'often', // lies and sexualised insults, many posts
    'pol.legal-pressure': 'never',
    'pol.detention': 'no',
    'pol.colleague-detained': 'no', // assumed: not mentioned
    // "Not named by officials or armed groups (the pages are anonymous)" — the case says so.
    'pol.named-listed': 'no',
    'pol.surveillance': 'once',
    // "Worse things about my body" are sexualised insults, not intimate images.
    'pol.intimate-images': 'no',
    'pol.account-takeover': 'no', // assumed: not mentioned
    'pol.checkpoint-search': 'never', // assumed: not mentioned
    'pol.after-international': 'no',
  },
  expect: {
    levels: {
      economic: ['high'],
      political: ['high', 'moderate'],
      emotional: ['moderate', 'high'],
      physical: ['low', 'moderate'],
      spiritual: ['low'],
    },
    kinds: {
      economic: 'threats',
      political: 'threats',
      emotional: 'threats',
      physical: 'exposure',
    },
    flags: [],
    blocks: [],
    crisis: false,
    mustNotActions: [...RELOCATION],
    drivers: {
      economic: [
        'eco.livelihood-loss',
        'eco.family-pressure',
        'eco.paid-and-covered',
        'eco.emergency-grants',
      ],
      political: ['pol.smear', 'pol.targeted-group'],
      emotional: ['emo.degrading-treatment', 'emo.exhaustion'],
    },
    strengths: {
      political: ['pol.backing', 'pol.lawyer', 'pol.documenting'],
      emotional: ['emo.someone-to-talk'],
      spiritual: ['spi.sustaining-values', 'spi.restoring-practices', 'spi.belonging', 'spi.purpose'],
      physical: ['phy.safety-plan', 'phy.check-in'],
      economic: ['eco.own-control'],
    },
  },
};

export default v;
