import { RELOCATION, type Vignette } from '../types.ts';

/** V16 — Displaced, leading a women's committee in a camp (Sudan, a camp in eastern Chad). */
const v: Vignette = {
  id: 'V16',
  title: "Displaced, leading a women's committee in a camp (Sudan, a camp in eastern Chad)",
  answers: {
    'pol.organisation': 'informal', // the women's committee of the camp

    // Emotional.
    'emo.someone-to-talk': 'mostly',
    'emo.rest-sleep': 'partly', // assumed: not mentioned
    'emo.psychosocial-support': 'partly', // a psychosocial team visits
    'emo.exhaustion': 'very',
    'emo.fear-on-guard': 'quite',
    'emo.stress-decisions': 'quite', // assumed: not mentioned
    'emo.degrading-treatment': 'once', // harassed at a distribution
    'emo.attacks-from-within': 'never',
    'emo.not-want-to-live': 'no',

    // Physical.
    'phy.safety-plan': 'partly', // the committee
    'phy.check-in': 'partly',
    'phy.org-protocols': 'partly', // assumed: the committee has some agreed steps
    'phy.routines-routes': 'often', // the walk to water and firewood
    'phy.unsafe-place': 'very', // a shelter that cannot be closed
    // A man from the militia that killed in her town is in or around the camp; no checkpoints named.
    'phy.armed-control': 'a-little', // assumed
    'phy.guardian-travel': 'not-at-all', // assumed: not mentioned
    'phy.death-threat': 'no', // no threat to life said to her
    'phy.family-targeted': 'no', // nothing against her children
    'phy.watched': 'once', // a man she recognised from the militia asked where she sleeps
    'phy.attack-or-break-in': 'no',
    'phy.sexual-violence': 'no',
    'phy.home-violence': 'no',
    'phy.feel-endangered': 'quite',
    // She fled the killings in El Geneina; the case names no killing near the camp in the last year.
    'phy.killings-nearby': 'unknown', // assumed
    'phy.doxxed': 'no', // assumed: not mentioned
    'phy.health-limits': 'a-little', // assumed: opened by exhaustion "very"; not mentioned

    // Spiritual: no threats.
    'spi.sustaining-values': 'fully', // faith
    'spi.belonging': 'fully', // the committee
    'spi.restoring-practices': 'partly', // assumed: not mentioned
    'spi.purpose': 'fully',
    'spi.losing-hope': 'a-little', // assumed: not mentioned
    'spi.moral-weight': 'very', // weighed down by what she saw
    'spi.disconnected': 'quite', // cut off from home
    'spi.moral-condemnation': 'never',
    'spi.accused': 'no',
    'spi.kept-out': 'never',
    'spi.beliefs-attacked': 'never', // assumed: not mentioned

    // Economic: no threats.
    'eco.emergency-savings': 'none',
    'eco.own-control': 'none', // she lost her papers
    'eco.emergency-grants': 'none',
    'eco.single-income': 'very', // rations only
    'eco.dependants': 'very', // four children and her mother
    'eco.livelihood-loss': 'never',
    'eco.extortion-theft': 'no',
    'eco.family-pressure': 'never',
    'eco.paid-and-covered': 'none', // paid: no
    'eco.funding-blocked': 'never', // assumed: not mentioned

    // Political.
    'pol.backing': 'partly', // the committee, the camp's protection desk
    'pol.lawyer': 'none',
    'pol.documenting': 'partly',
    'pol.open-devices': 'a-little', // a shared phone
    'pol.targeted-group': 'very', // Masalit
    // A refugee across the border who lost her papers: "not secure if you have no papers" (help).
    'pol.displaced': 'abroad-insecure',
    'pol.smear': 'never',
    'pol.legal-pressure': 'never',
    'pol.detention': 'no',
    'pol.colleague-detained': 'no', // her husband is missing; no colleague is said to be taken
    'pol.named-listed': 'no',
    'pol.surveillance': 'skip', // prefer not to say
    'pol.intimate-images': 'no',
    'pol.checkpoint-search': 'never', // assumed: not mentioned
  },
  expect: {
    levels: {
      physical: ['high', 'moderate'],
      economic: ['high'],
      emotional: ['moderate', 'high'],
      spiritual: ['moderate', 'low'],
      political: ['moderate', 'high'],
    },
    kinds: {
      physical: 'threats',
      economic: 'exposure',
      emotional: 'threats',
      spiritual: 'exposure',
      political: 'exposure',
    },
    flags: [],
    blocks: [],
    crisis: false,
    // Relocation advice; "keep a lawyer's number".
    mustNotActions: [...RELOCATION, 'act.pol.lawyer-contact'],
    drivers: {
      physical: ['phy.watched', 'phy.feel-endangered', 'phy.unsafe-place', 'phy.routines-routes'],
      economic: ['eco.single-income', 'eco.dependants', 'eco.own-control', 'eco.emergency-savings'],
      political: ['pol.targeted-group', 'pol.lawyer'],
      emotional: ['emo.exhaustion', 'emo.degrading-treatment'],
    },
    strengths: {
      spiritual: ['spi.sustaining-values', 'spi.belonging', 'spi.purpose'],
      emotional: ['emo.someone-to-talk'],
    },
  },
};

export default v;
