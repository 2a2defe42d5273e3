import type { Vignette } from '../types.ts';

/** V08 — A close colleague detained ten days ago (Nicaragua, Managua). */
const v: Vignette = {
  id: 'V08',
  title: 'A close colleague detained ten days ago (Nicaragua, Managua)',
  answers: {
    // The organisation's legal status was cancelled in 2022; the collective carries on informally.
    'pol.organisation': 'informal',

    // Emotional: nothing done to her.
    'emo.someone-to-talk': 'partly', // someone to talk to openly: a little
    'emo.rest-sleep': 'none', // "I hardly sleep"
    'emo.psychosocial-support': 'none',
    'emo.exhaustion': 'quite',
    'emo.fear-on-guard': 'very',
    'emo.stress-decisions': 'quite',
    'emo.degrading-treatment': 'never',
    'emo.attacks-from-within': 'never',
    'emo.not-want-to-live': 'no',

    // Physical: no threats, not followed; she feels quite in danger.
    'phy.safety-plan': 'partly',
    'phy.check-in': 'partly',
    'phy.org-protocols': 'partly', // assumed: the collective works informally
    'phy.routines-routes': 'once', // assumed: she sells cosmetics; not mentioned
    'phy.unsafe-place': 'a-little', // assumed: not mentioned
    'phy.armed-control': 'a-little', // assumed: police patrols; no checkpoints mentioned
    'phy.death-threat': 'no',
    'phy.family-targeted': 'no',
    'phy.watched': 'never',
    'phy.attack-or-break-in': 'no',
    'phy.sexual-violence': 'no',
    'phy.home-violence': 'no',
    'phy.feel-endangered': 'quite',
    'phy.killings-nearby': 'unknown', // assumed: the case speaks of arrests, not of killings
    'phy.doxxed': 'no', // assumed: not mentioned

    // Spiritual: no threats.
    'spi.sustaining-values': 'mostly', // faith
    'spi.belonging': 'partly',
    'spi.restoring-practices': 'partly', // assumed: not mentioned
    'spi.purpose': 'mostly', // assumed: not mentioned
    'spi.losing-hope': 'quite',
    'spi.moral-weight': 'a-little', // assumed: not mentioned
    'spi.disconnected': 'a-little', // assumed: not mentioned
    'spi.moral-condemnation': 'never',
    'spi.accused': 'no',

    // Economic.
    'eco.emergency-savings': 'none',
    'eco.own-control': 'mostly', // controls her documents
    'eco.emergency-grants': 'partly',
    'eco.single-income': 'very', // she sells cosmetics and earns for three
    'eco.dependants': 'very', // her teenage son and her mother
    'eco.livelihood-loss': 'never', // no loss of her own job
    'eco.extortion-theft': 'no',
    'eco.family-pressure': 'never', // assumed: not mentioned
    'eco.paid-and-covered': 'none', // assumed: the collective does not pay her
    'eco.funding-blocked': 'several', // money from abroad for the collective blocked, a few times

    // Political.
    'pol.backing': 'partly', // networks abroad
    'pol.lawyer': 'none', // those who took such cases have left
    'pol.documenting': 'partly',
    'pol.digital-help': 'no', // assumed: no one left at home to help
    'pol.open-devices': 'quite', // the group chat is on it
    'pol.targeted-group': 'very',
    'pol.displaced': 'home',
    // A pro-government page called the collective "coup plotters" once: counted as lies, as the
    // case says; she herself was not named.
    'pol.smear': 'once',
    'pol.legal-pressure': 'never',
    'pol.detention': 'no',
    'pol.colleague-detained': 'yes', // taken ten days ago; nobody knows where she is held
    'pol.named-listed': 'no',
    'pol.surveillance': 'several',
    'pol.intimate-images': 'no',
    'pol.account-takeover': 'no', // assumed: watched, not taken over
    'pol.checkpoint-search': 'never', // assumed: not mentioned
    'pol.after-international': 'no',
    'pol.authorities-safe': 'no', // the police took her colleague
  },
  expect: {
    levels: {
      political: ['high', 'severe'],
      economic: ['high', 'moderate'],
      emotional: ['high', 'moderate'],
      physical: ['moderate'],
      spiritual: ['moderate', 'low'],
    },
    kinds: {
      political: 'threats',
      economic: 'threats',
      emotional: 'exposure',
      physical: 'threats',
      spiritual: 'exposure',
    },
    flags: ['r10'],
    blocks: ['g.colleague'],
    crisis: false,
    // G-LIFE's "change where you sleep tonight".
    mustNotActions: ['act.u.go-safer-place'],
    drivers: {
      political: ['pol.colleague-detained', 'pol.surveillance', 'pol.targeted-group', 'pol.lawyer'],
      // "she alone earns for three": one income and others depending on it.
      economic: ['eco.funding-blocked', 'eco.single-income', 'eco.dependants', 'eco.emergency-savings'],
      emotional: ['emo.fear-on-guard', 'emo.rest-sleep', 'emo.someone-to-talk'],
    },
    strengths: {
      spiritual: ['spi.sustaining-values'],
      economic: ['eco.own-control'],
    },
  },
};

export default v;
