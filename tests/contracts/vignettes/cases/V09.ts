import { RELOCATION, type Vignette } from '../types.ts';

/** V09 — Sextortion after her account was broken into (Iraq, Baghdad). */
const v: Vignette = {
  id: 'V09',
  title: 'Sextortion after her account was broken into (Iraq, Baghdad)',
  answers: {
    'pol.organisation': 'registered', // assumed: she runs workshops for an organisation

    // Emotional.
    'emo.someone-to-talk': 'partly', // one friend
    'emo.rest-sleep': 'partly', // assumed: not mentioned; terrified
    'emo.psychosocial-support': 'none',
    'emo.exhaustion': 'quite',
    'emo.fear-on-guard': 'very',
    'emo.stress-decisions': 'very',
    'emo.degrading-treatment': 'several', // sexual harassment online, a few times
    'emo.attacks-from-within': 'never',
    'emo.not-want-to-live': 'no',

    // Physical: no threat in person; she feels quite in danger (of what her family might do).
    'phy.safety-plan': 'none',
    'phy.check-in': 'mostly',
    'phy.org-protocols': 'partly', // assumed: not mentioned
    'phy.routines-routes': 'once', // assumed: not mentioned
    'phy.unsafe-place': 'a-little', // assumed: not mentioned
    'phy.armed-control': 'a-little', // assumed: Baghdad, checkpoints; not mentioned
    'phy.death-threat': 'no',
    'phy.family-targeted': 'no',
    'phy.watched': 'never',
    'phy.attack-or-break-in': 'no',
    // The threat is to share images, asked under political; nothing sexual was threatened in person.
    'phy.sexual-violence': 'no',
    // She fears how her family will react; nobody at home has threatened her yet (R13 would take
    // over if she reported a threat from home).
    'phy.home-violence': 'no',
    'phy.feel-endangered': 'quite',
    'phy.killings-nearby': 'unknown', // assumed: not mentioned
    'phy.doxxed': 'no', // assumed: not mentioned

    // Spiritual: no threats.
    'spi.sustaining-values': 'fully',
    'spi.belonging': 'mostly',
    'spi.restoring-practices': 'partly', // assumed: not mentioned
    'spi.purpose': 'mostly', // assumed: not mentioned
    'spi.losing-hope': 'a-little', // assumed: not mentioned
    'spi.moral-weight': 'a-little',
    'spi.disconnected': 'not-at-all', // assumed: not mentioned
    'spi.moral-condemnation': 'never',
    'spi.accused': 'no',

    // Economic: no threats; a teacher, her salary is her own.
    'eco.emergency-savings': 'partly',
    'eco.own-control': 'partly', // her father keeps her passport
    'eco.emergency-grants': 'none', // assumed: not mentioned
    'eco.single-income': 'quite', // assumed: her teacher's salary
    'eco.dependants': 'not-at-all', // assumed: not mentioned
    'eco.livelihood-loss': 'never',
    'eco.extortion-theft': 'no', // the demand for money is part of the image threat (R3), not property
    'eco.family-pressure': 'never',
    'eco.paid-and-covered': 'mostly', // paid fairly
    'eco.funding-blocked': 'never', // assumed: not mentioned

    // Political.
    'pol.backing': 'partly', // she will not tell her organisation
    'pol.lawyer': 'none',
    'pol.documenting': 'partly', // screenshots on the same phone
    'pol.digital-help': 'no', // she told only one friend
    'pol.open-devices': 'very', // one password, no two-step login
    'pol.targeted-group': 'quite', // women in public life
    'pol.displaced': 'home',
    'pol.smear': 'never', // no lies spread yet
    'pol.legal-pressure': 'never',
    'pol.detention': 'no',
    'pol.colleague-detained': 'no',
    'pol.named-listed': 'no',
    // Not in the case's list. Someone got into her cloud and took private photos: a sign that
    // someone watches her accounts, once (the takeover itself is asked apart).
    'pol.surveillance': 'once', // assumed
    // Private photos and a faked nude picture, with a demand, threatened to be shared: he wrote
    // three times in three weeks → a few times.
    'pol.intimate-images': 'few',
    'pol.account-takeover': 'once', // her Instagram taken over
    'pol.impersonation': 'never', // assumed: not mentioned
    'pol.checkpoint-search': 'never', // assumed: not mentioned
    'pol.authorities-safe': 'unsure', // whether to report, and with whose help, is still open
  },
  expect: {
    levels: {
      political: ['high'],
      emotional: ['high', 'severe'],
      physical: ['moderate', 'high'],
      spiritual: ['low'],
      economic: ['low', 'moderate'],
    },
    kinds: {
      political: 'threats',
      emotional: 'threats',
      physical: 'threats',
      economic: 'exposure',
    },
    flags: ['r3'],
    blocks: ['g.image'],
    crisis: false,
    // Relocation; G-LIFE's nights and G-SEXUAL's medical care after an assault; a public reply.
    mustNotActions: [
      ...RELOCATION,
      'act.u.go-safer-place',
      'act.u.not-alone-nights',
      'act.sex.medical-72h',
      'act.pol.answer-smears',
    ],
    drivers: {
      political: ['pol.intimate-images', 'pol.account-takeover', 'pol.open-devices', 'pol.lawyer'],
      emotional: ['emo.degrading-treatment', 'emo.stress-decisions', 'emo.fear-on-guard'],
      physical: ['phy.feel-endangered', 'phy.safety-plan'],
    },
    strengths: {
      spiritual: ['spi.sustaining-values', 'spi.belonging'],
      physical: ['phy.check-in'],
      economic: ['eco.paid-and-covered'], // her own salary
    },
  },
};

export default v;
