import type { Vignette } from '../types.ts';

/** V17 — Reprisals after briefing a UN meeting (Syria). */
const v: Vignette = {
  id: 'V17',
  title: 'Reprisals after briefing a UN meeting (Syria)',
  answers: {
    'pol.organisation': 'informal', // "my group has no registered office at home"

    // Emotional.
    'emo.someone-to-talk': 'fully',
    'emo.rest-sleep': 'partly', // assumed: not mentioned
    'emo.psychosocial-support': 'mostly',
    'emo.exhaustion': 'quite',
    'emo.fear-on-guard': 'quite',
    'emo.stress-decisions': 'a-little', // assumed: not mentioned
    'emo.degrading-treatment': 'often', // sexualised insults
    'emo.attacks-from-within': 'once', // attacked by people in her own community
    'emo.not-want-to-live': 'no',

    // Physical.
    'phy.safety-plan': 'mostly',
    'phy.check-in': 'mostly',
    'phy.org-protocols': 'partly', // assumed: an unregistered group
    'phy.routines-routes': 'several', // known routes: quite a lot
    'phy.unsafe-place': 'a-little', // assumed: not mentioned
    'phy.armed-control': 'quite', // assumed: armed factions and security offices hold the area
    'phy.guardian-travel': 'not-at-all', // assumed: she travelled to Geneva
    'phy.death-threat': 'once', // a comment said traitors end up in ditches
    'phy.family-targeted': 'once', // her brother called in and questioned about her
    'phy.watched': 'never', // not seen being followed
    'phy.attack-or-break-in': 'no',
    'phy.sexual-violence': 'no',
    'phy.home-violence': 'no',
    'phy.feel-endangered': 'quite',
    'phy.threat-source': 'armed-group', // pages linked to an armed faction
    'phy.killings-nearby': 'unknown', // assumed: not mentioned
    'phy.doxxed': 'once', // a page posted her photo and her neighbourhood

    // Spiritual.
    'spi.sustaining-values': 'mostly',
    'spi.belonging': 'mostly',
    'spi.restoring-practices': 'partly', // assumed: not mentioned
    'spi.purpose': 'fully', // assumed: not mentioned
    'spi.losing-hope': 'a-little', // assumed: not mentioned
    'spi.moral-weight': 'a-little', // assumed: not mentioned
    'spi.disconnected': 'not-at-all', // assumed: not mentioned
    'spi.moral-condemnation': 'once', // called immoral on a religious page
    'spi.accused': 'no',
    'spi.kept-out': 'never', // assumed: not mentioned
    'spi.beliefs-attacked': 'never', // assumed: not mentioned
    'spi.faith-leader': 'partly', // assumed: not mentioned

    // Economic: no threats.
    'eco.emergency-savings': 'mostly',
    'eco.own-control': 'fully', // assumed: not mentioned
    'eco.emergency-grants': 'mostly', // assumed: international groups stand with her
    'eco.single-income': 'quite', // assumed: one international fund pays her
    'eco.dependants': 'a-little', // assumed: not mentioned
    'eco.livelihood-loss': 'never',
    'eco.extortion-theft': 'no',
    'eco.family-pressure': 'never', // her brother was questioned, not pressured at work
    'eco.paid-and-covered': 'mostly', // paid by an international fund
    'eco.funding-blocked': 'never', // assumed: not mentioned

    // Political.
    'pol.backing': 'fully', // international groups
    'pol.lawyer': 'fully', // her own and colleagues' legal skills
    'pol.documenting': 'fully',
    'pol.digital-help': 'yes', // assumed: international groups stand with her
    'pol.open-devices': 'a-little',
    'pol.targeted-group': 'quite',
    'pol.displaced': 'home', // assumed: she lives in her neighbourhood at home
    'pol.smear': 'often',
    'pol.legal-pressure': 'never',
    'pol.detention': 'no',
    'pol.colleague-detained': 'no', // assumed: not mentioned
    'pol.named-listed': 'few', // called a traitor and a foreign agent by an armed faction's pages
    // Attempts to get into her accounts are asked by pol.account-takeover ("tried to get into").
    'pol.surveillance': 'never', // assumed
    'pol.intimate-images': 'no',
    'pol.account-takeover': 'few',
    'pol.impersonation': 'never', // assumed: not mentioned
    'pol.checkpoint-search': 'never', // assumed: not mentioned
    'pol.after-international': 'yes', // after she spoke at a UN meeting in Geneva
    'pol.authorities-safe': 'no', // a security office questioned her brother
  },
  expect: {
    levels: {
      political: ['high', 'severe'],
      physical: ['high', 'severe'],
      emotional: ['high', 'moderate'],
      economic: ['low'],
      spiritual: ['low', 'moderate'],
    },
    kinds: {
      political: 'threats',
      physical: 'threats',
      emotional: 'threats',
      spiritual: 'threats',
    },
    flags: ['r1', 'r4', 'r5'],
    blocks: ['g.life', 'g.named', 'g.family'],
    crisis: false,
    mustNotActions: ['act.pol.answer-smears'], // a personal public reply
    drivers: {
      political: ['pol.named-listed', 'pol.smear', 'pol.account-takeover'],
      physical: ['phy.death-threat', 'phy.family-targeted', 'phy.doxxed', 'phy.feel-endangered'],
      emotional: ['emo.degrading-treatment', 'emo.attacks-from-within'],
    },
    strengths: {
      political: ['pol.backing', 'pol.lawyer', 'pol.documenting'],
      emotional: ['emo.psychosocial-support', 'emo.someone-to-talk'],
      physical: ['phy.safety-plan', 'phy.check-in'],
      economic: ['eco.emergency-savings', 'eco.paid-and-covered'],
    },
  },
};

export default v;
