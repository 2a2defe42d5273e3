import type { Vignette } from '../types.ts';

/** V11 — Her husband's violence and her brother's "honour" threat (Yemen, Taiz). */
const v: Vignette = {
  id: 'V11',
  title: 'Her husband\'s violence and her brother\'s "honour" threat (Yemen, Taiz)',
  answers: {
    // She mediates with a women's network that "knows a little"; not said to be registered.
    'pol.organisation': 'informal', // assumed

    // Emotional.
    'emo.someone-to-talk': 'partly',
    'emo.rest-sleep': 'none', // assumed: worn out and on alert very much, small children, violence at home
    'emo.psychosocial-support': 'none',
    'emo.exhaustion': 'very',
    'emo.fear-on-guard': 'very',
    'emo.stress-decisions': 'quite',
    'emo.degrading-treatment': 'several', // insulted and humiliated at home and in gossip
    'emo.attacks-from-within': 'once', // attacked by people of her community
    'emo.not-want-to-live': 'skip', // prefer not to say: fires nothing, is not read as "no"

    // Physical.
    'phy.safety-plan': 'none',
    'phy.check-in': 'partly', // the network, a little
    'phy.org-protocols': 'none', // assumed: the network only knows a little
    'phy.routines-routes': 'often', // checkpoints on the road to Aden
    'phy.unsafe-place': 'very', // home is where the danger is
    'phy.armed-control': 'very', // checkpoints on the road (often)
    // Her husband and brother object to her travelling; not said to be a rule she must obey.
    'phy.guardian-travel': 'a-little', // assumed
    // The question counts threats to kill or seriously hurt "whoever made it, including someone in
    // your family": her brother's threat to kill her (once) and her husband's threats to hurt her
    // (a few times) → a few times.
    'phy.death-threat': 'few',
    'phy.family-targeted': 'no', // nothing against her children from outside
    'phy.watched': 'several', // her brother's friends ask where she goes, a few times
    // Her husband hit her: violence by partner or family is asked apart (phy.home-violence).
    'phy.attack-or-break-in': 'no',
    'phy.sexual-violence': 'no',
    'phy.home-violence': 'hurt-and-threatened', // hit once; threatened by her husband and her brother
    'phy.feel-endangered': 'great',
    'phy.threat-source': 'partner-family',
    'phy.killings-nearby': 'unknown', // assumed: not mentioned
    'phy.doxxed': 'no', // assumed: not mentioned
    'phy.health-limits': 'a-little', // assumed: opened by exhaustion "very"; not mentioned

    // Spiritual.
    'spi.sustaining-values': 'fully',
    'spi.belonging': 'partly',
    'spi.restoring-practices': 'partly', // assumed: not mentioned
    'spi.purpose': 'mostly',
    'spi.losing-hope': 'a-little', // assumed: not mentioned
    'spi.moral-weight': 'a-little', // assumed: not mentioned
    'spi.disconnected': 'a-little', // assumed: not mentioned
    'spi.moral-condemnation': 'once', // a sheikh said women mediators shame their families
    'spi.accused': 'no',
    'spi.kept-out': 'never', // assumed: not mentioned
    'spi.beliefs-attacked': 'never', // assumed: not mentioned
    'spi.faith-leader': 'none', // assumed: the sheikh speaks against women mediators

    // Economic: no threat from outside.
    'eco.emergency-savings': 'none',
    'eco.own-control': 'none', // her husband keeps her money and her ID
    'eco.emergency-grants': 'partly',
    'eco.single-income': 'very', // assumed: she earns nothing; the household lives on her husband's income
    'eco.dependants': 'quite', // small children
    'eco.livelihood-loss': 'never',
    'eco.extortion-theft': 'no',
    'eco.family-pressure': 'never',
    'eco.paid-and-covered': 'none', // paid: no
    'eco.funding-blocked': 'never', // assumed: not mentioned

    // Political.
    'pol.backing': 'partly',
    'pol.lawyer': 'none',
    'pol.documenting': 'none', // keeps records: no
    'pol.digital-help': 'no', // assumed: not mentioned
    'pol.open-devices': 'very', // her husband reads her phone
    'pol.targeted-group': 'quite', // assumed: women mediators, not mentioned
    'pol.displaced': 'home', // assumed: not mentioned
    'pol.smear': 'once', // gossip calling her immoral
    'pol.legal-pressure': 'never',
    'pol.detention': 'no',
    'pol.colleague-detained': 'no', // assumed: not mentioned
    'pol.named-listed': 'no',
    'pol.surveillance': 'often', // her phone read by someone else: her husband
    'pol.intimate-images': 'no',
    'pol.account-takeover': 'no', // assumed: he reads the phone she hands him; no break-in reported
    'pol.checkpoint-search': 'never', // assumed: not mentioned
    'pol.after-international': 'no',
    'pol.authorities-safe': 'no', // assumed: police as a default is barred by the case
  },
  expect: {
    levels: {
      physical: ['severe', 'high'],
      emotional: ['high', 'severe'],
      economic: ['high', 'moderate'],
      political: ['moderate', 'high'],
      spiritual: ['moderate', 'low'],
    },
    kinds: {
      physical: 'threats',
      emotional: 'threats',
      economic: 'exposure',
      political: 'threats',
      spiritual: 'threats',
    },
    flags: ['r1', 'r12', 'r13', 'c3'],
    blocks: ['g.home', 'g.life', 'g.watched', 'g.feel'],
    crisis: false,
    // "agree safety steps with your family", "tell your family", any step that treats her family
    // as protection.
    mustNotActions: [
      'act.fam.agree-steps',
      'act.fam.safe-channel',
      'act.fam.relatives-elsewhere',
      'act.phy.protect-family',
    ],
    drivers: {
      physical: ['phy.feel-endangered', 'phy.death-threat', 'phy.home-violence', 'phy.unsafe-place'],
      emotional: ['emo.degrading-treatment', 'emo.exhaustion', 'emo.fear-on-guard'],
      economic: ['eco.own-control', 'eco.emergency-savings', 'eco.dependants'],
      political: ['pol.surveillance'],
    },
    selfRatedFirst: true,
    strengths: {
      spiritual: ['spi.sustaining-values', 'spi.purpose'],
    },
  },
};

export default v;
