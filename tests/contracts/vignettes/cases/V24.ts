import { LIFE_NIGHTS, RELOCATION, type Vignette } from '../types.ts';

/** V24 — Detained overnight after a march, phone taken (Kenya, Nairobi). */
const v: Vignette = {
  id: 'V24',
  title: 'Detained overnight after a march, phone taken (Kenya, Nairobi)',
  answers: {
    // A community social justice centre in a network of centres; not said to be registered.
    'pol.organisation': 'informal', // assumed

    // Emotional.
    'emo.someone-to-talk': 'fully',
    'emo.rest-sleep': 'partly', // "since then I sleep badly": a little
    'emo.psychosocial-support': 'partly', // counselling: a little
    'emo.exhaustion': 'a-little', // assumed: not mentioned
    'emo.fear-on-guard': 'quite',
    'emo.stress-decisions': 'a-little', // assumed: not mentioned
    'emo.degrading-treatment': 'once', // sexual comments and insults in the cell
    'emo.attacks-from-within': 'never',
    'emo.not-want-to-live': 'no',

    // Physical.
    'phy.safety-plan': 'mostly',
    'phy.check-in': 'mostly',
    'phy.org-protocols': 'mostly', // assumed: the centres' network has agreed steps
    'phy.routines-routes': 'several', // predictable routes: quite a lot
    'phy.unsafe-place': 'a-little', // assumed: not mentioned
    'phy.armed-control': 'a-little', // assumed: police acting outside the law; no checkpoints named
    'phy.guardian-travel': 'not-at-all', // assumed: not mentioned
    'phy.death-threat': 'no',
    'phy.family-targeted': 'no',
    'phy.watched': 'never', // not followed
    // Pushed around and bruised during the arrest: an attack on her body ("including while you
    // were held").
    'phy.attack-or-break-in': 'body',
    // The sexual comments in the cell were insults (asked under emotional), not a threat of
    // sexual violence (the case says: no sexual threat).
    'phy.sexual-violence': 'no',
    'phy.home-violence': 'no',
    'phy.feel-endangered': 'quite',
    // The centre documents police killings of residents; the case names no defender killed or
    // attacked near her in the last year beyond her own arrest.
    'phy.killings-nearby': 'unknown', // assumed
    'phy.doxxed': 'no', // assumed: not mentioned
    'phy.health-limits': 'a-little', // opened by the attack; bruises, nothing lasting said

    // Spiritual: no threats.
    'spi.sustaining-values': 'mostly', // faith
    'spi.belonging': 'fully',
    'spi.restoring-practices': 'partly', // assumed: not mentioned
    'spi.purpose': 'fully',
    'spi.losing-hope': 'a-little', // assumed: not mentioned
    'spi.moral-weight': 'a-little', // assumed: she documents killings
    'spi.disconnected': 'not-at-all', // assumed: not mentioned
    'spi.moral-condemnation': 'never',
    'spi.accused': 'no',

    // Economic: no threats.
    'eco.emergency-savings': 'partly',
    'eco.own-control': 'fully', // assumed: not mentioned
    'eco.emergency-grants': 'partly', // assumed: not mentioned
    'eco.single-income': 'quite', // a small stipend
    'eco.dependants': 'a-little', // assumed: not mentioned
    'eco.livelihood-loss': 'never',
    'eco.extortion-theft': 'no', // the phone was kept for a night and given back
    'eco.family-pressure': 'never',
    'eco.paid-and-covered': 'partly', // a small stipend
    'eco.funding-blocked': 'never', // assumed: not mentioned

    // Political.
    'pol.backing': 'fully', // the centre and the network of centres
    'pol.lawyer': 'mostly', // a volunteer lawyer of the bar association
    'pol.documenting': 'fully',
    'pol.open-devices': 'very', // no lock
    'pol.targeted-group': 'quite',
    'pol.displaced': 'home',
    'pol.smear': 'once',
    // Released without charge. The questioning happened while she was held, which pol.detention
    // asks; no summons, complaint or case followed, so she answers "never" here. Unsure: the help
    // counts "police questioning" as legal pressure.
    'pol.legal-pressure': 'never',
    'pol.detention': 'yes', // one night at a police station
    'pol.colleague-detained': 'no', // assumed: not mentioned
    'pol.named-listed': 'no',
    // Her phone in their hands for a night, with signs it was opened: "your phone taken and given
    // back" (surveillance) and "someone got into your phone" (account-takeover) both fit.
    'pol.surveillance': 'once',
    'pol.intimate-images': 'no',
    'pol.account-takeover': 'once',
    'pol.impersonation': 'never', // assumed: not mentioned
    'pol.digital-help': 'yes', // assumed: the centres' network
    'pol.checkpoint-search': 'never', // the phone was taken at the arrest, not at a checkpoint
    'pol.after-international': 'no',
    'pol.authorities-safe': 'no', // the police arrested her
  },
  expect: {
    levels: {
      political: ['high'],
      physical: ['moderate', 'high'],
      emotional: ['moderate', 'high'],
      economic: ['low', 'moderate'],
      spiritual: ['low'],
    },
    kinds: {
      political: 'threats',
      physical: 'threats',
      emotional: 'threats',
      economic: 'exposure',
    },
    flags: ['r9'],
    blocks: ['g.detained'],
    crisis: false,
    // G-LIFE or relocation; G-CHARGE (she was not charged).
    mustNotActions: [
      ...LIFE_NIGHTS,
      ...RELOCATION,
      'act.charge.know-rights',
      'act.charge.prepare-arrest',
      'act.charge.backing-observers',
    ],
    drivers: {
      political: [
        'pol.detention',
        'pol.surveillance',
        'pol.account-takeover',
        'pol.open-devices',
        'pol.targeted-group',
      ],
      physical: ['phy.attack-or-break-in', 'phy.feel-endangered'],
      emotional: ['emo.degrading-treatment', 'emo.rest-sleep'],
    },
    strengths: {
      political: ['pol.backing', 'pol.lawyer', 'pol.documenting'],
      physical: ['phy.safety-plan', 'phy.check-in'],
      emotional: ['emo.someone-to-talk'],
      spiritual: ['spi.belonging', 'spi.purpose'],
    },
  },
};

export default v;
