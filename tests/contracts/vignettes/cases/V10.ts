import { ORGANISATION_ACTIONS, type Vignette } from '../types.ts';

/** V10 — Working alone, no organisation (Cameroon, North-West region). */
const v: Vignette = {
  id: 'V10',
  title: 'Working alone, no organisation (Cameroon, North-West region)',
  answers: {
    'pol.organisation': 'none',

    // Emotional: no attacks.
    'emo.someone-to-talk': 'partly',
    'emo.rest-sleep': 'partly', // assumed: not mentioned
    'emo.psychosocial-support': 'none',
    'emo.exhaustion': 'quite',
    'emo.fear-on-guard': 'quite',
    'emo.stress-decisions': 'a-little', // assumed: not mentioned
    'emo.degrading-treatment': 'never',
    'emo.attacks-from-within': 'never',
    'emo.not-want-to-live': 'no',

    // Physical.
    'phy.safety-plan': 'none',
    'phy.check-in': 'partly',
    // "Risky roads and checkpoints (often)" is one fact in the case; 2.0.0 asks it twice: how often
    // her routes are risky or predictable, and how much armed groups and checkpoints control where
    // she moves (fighters and soldiers, checkpoints: very).
    'phy.routines-routes': 'often',
    'phy.armed-control': 'very',
    'phy.unsafe-place': 'quite',
    'phy.guardian-travel': 'not-at-all', // assumed: she rides her motorbike alone
    'phy.death-threat': 'no',
    'phy.family-targeted': 'no',
    // "Soldiers noted her face and asked her name (once)": the case lists it as a physical threat;
    // the nearest 2.0.0 item is being watched or asked about.
    'phy.watched': 'once',
    // The slashed tyres are asked under economic (her motorbike is what she earns with), as the case does.
    'phy.attack-or-break-in': 'no',
    'phy.sexual-violence': 'no',
    'phy.home-violence': 'no', // assumed: not mentioned
    'phy.feel-endangered': 'quite',
    // Not in the case. She documents attacks on schools in her region, where teachers (her own
    // former work) are attacked: the answer she would most likely give. Unsure.
    'phy.killings-nearby': 'yes', // assumed
    'phy.doxxed': 'no', // assumed: not mentioned

    // Spiritual: no threats.
    'spi.sustaining-values': 'fully', // faith
    'spi.belonging': 'mostly', // her church
    'spi.restoring-practices': 'mostly', // assumed: not mentioned
    'spi.purpose': 'fully',
    'spi.losing-hope': 'a-little', // assumed: not mentioned
    'spi.moral-weight': 'a-little', // assumed: not mentioned
    'spi.disconnected': 'not-at-all', // assumed: not mentioned
    'spi.moral-condemnation': 'never',
    'spi.accused': 'no',

    // Economic.
    'eco.emergency-savings': 'none',
    'eco.own-control': 'fully', // controls her documents
    'eco.emergency-grants': 'none',
    'eco.single-income': 'very', // she sells produce at the market
    'eco.dependants': 'quite',
    'eco.livelihood-loss': 'never', // no loss of her market income
    'eco.extortion-theft': 'stolen-damaged', // her motorbike tyres slashed, once
    'eco.family-pressure': 'never', // assumed: not mentioned
    // Hidden without an organisation (the item asks about an organisation paying her); answered
    // as the case says: nobody pays her for this work.
    'eco.paid-and-covered': 'none',

    // Political.
    'pol.backing': 'none', // nobody would speak up publicly
    'pol.lawyer': 'none',
    'pol.documenting': 'mostly', // records of incidents
    'pol.open-devices': 'quite',
    'pol.targeted-group': 'quite',
    'pol.displaced': 'home', // assumed: she still lives where she taught
    // Called a traitor to one side or the other online, several times: lies and insults.
    'pol.smear': 'several',
    'pol.legal-pressure': 'never',
    'pol.detention': 'no',
    'pol.colleague-detained': 'no', // assumed: she works alone
    'pol.named-listed': 'no', // not named by an armed group or officials themselves (the case says so)
    'pol.surveillance': 'never', // assumed: the phone search is asked at the checkpoint item
    'pol.intimate-images': 'no',
    'pol.account-takeover': 'no', // assumed: not mentioned
    'pol.checkpoint-search': 'once', // soldiers went through her photos at a checkpoint
    'pol.after-international': 'no',
  },
  expect: {
    levels: {
      political: ['high', 'moderate'],
      economic: ['high', 'moderate'],
      physical: ['moderate', 'high'],
      emotional: ['moderate'],
      spiritual: ['low'],
    },
    kinds: {
      political: 'threats',
      economic: 'threats',
      physical: 'threats',
      emotional: 'exposure',
    },
    flags: [],
    blocks: [],
    crisis: false,
    // "tell your organisation", "agree on a lighter load with your team", "review office safety
    // with your organisation", "any step that presumes an employer".
    mustNotActions: [...ORGANISATION_ACTIONS],
    drivers: {
      political: ['pol.smear', 'pol.backing', 'pol.lawyer', 'pol.open-devices'],
      // "unpaid for this work" is eco.paid-and-covered, hidden without an organisation.
      economic: ['eco.extortion-theft', 'eco.single-income', 'eco.emergency-savings', 'eco.paid-and-covered'],
      // "risky roads often" is both phy.routines-routes and phy.armed-control (see above).
      physical: ['phy.feel-endangered', 'phy.routines-routes', 'phy.armed-control', 'phy.safety-plan'],
    },
    strengths: {
      political: ['pol.documenting'],
      spiritual: ['spi.sustaining-values', 'spi.belonging', 'spi.purpose'],
      economic: ['eco.own-control'],
    },
  },
};

export default v;
