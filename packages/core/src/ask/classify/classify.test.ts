import { describe, expect, it } from 'vitest';
import { adviceSignals, scopeSignals } from './advice-signals';
import type { AskModel } from './ask-model';
import { featureKey, featuresOf, words } from './features';
import { type Example, packLinearModel, predict, trainLinearModel, unpackLinearModel } from './linear-model';

describe('features', () => {
  it('mask drugs, genes and numbers, and fold Norwegian letters', () => {
    expect(words('Bør mamma (68) ta olaparib for BRCA2?')).toEqual([
      'bor',
      'mamma',
      'numx',
      'ta',
      'drugx',
      'for',
      'genex',
    ]);
  });

  it('share most character n-grams between a word and its typo', () => {
    const a = featuresOf('bivirkningene');
    const b = featuresOf('bivirkingene');
    const shared = [...a.keys()].filter((k) => b.has(k)).length;
    expect(shared / a.size).toBeGreaterThan(0.4);
  });

  it('name every feature by the same hash at build and run time, character n-grams included', () => {
    // The n-grams are hashed without making their strings; they must still be featureKey('c:...').
    const expected = ['w:drugx', 'w:hei', 'b:<s> hei', 'b:hei drugx', 'c:<he', 'c:<hei>', 'c:ei>', 'c:<dr', 'c:rugx>']
      .map(featureKey)
      .sort();
    const keys = [...featuresOf('hei olaparib').keys()];
    for (const key of expected) expect(keys).toContain(key);
    const grams = (w: string) => [3, 4, 5].reduce((n, k) => n + Math.max(0, w.length + 2 - k + 1), 0);
    expect(new Set(keys).size).toBeLessThanOrEqual(1 + 2 + grams('hei') + grams('drugx') + 1);
  });
});

describe('scope signals', () => {
  it('see the study named, but not another study ("SHIVA-studien") or the English verb "impress"', () => {
    expect(scopeSignals('is IMPRESS-Norway still open?')).toContain('s:names-study');
    expect(scopeSignals('hvem leder impress-studien')).toContain('s:names-study');
    expect(scopeSignals('how do I impress my boss')).not.toContain('s:names-study');
    expect(scopeSignals('hva fant SHIVA-studien ut')).not.toContain('s:names-study');
    expect(scopeSignals('hva viste studien')).toContain('s:names-study');
    expect(scopeSignals('i was impressed by the food')).not.toContain('s:names-study');
    for (const q of [
      'will IMPRESS open a site in Bodø?',
      'did IMPRESS publish results?',
      'how to apply to impress norway',
    ])
      expect(scopeSignals(q), q).toContain('s:names-study');
  });
});

describe('advice signals', () => {
  it('see asking whether something is wise, and looking fitter than one is, in both languages', () => {
    expect(adviceSignals('er det lurt for min far å vente')).toContain('s:person+decision');
    expect(adviceSignals('is it wise for her to wait')).toContain('s:decision');
    expect(adviceSignals('how can my dad seem fitter at the screening')).toContain('s:person+bend');
    expect(adviceSignals('kan mor se litt sprekere ut enn hun er')).toContain('s:person+bend');
  });

  it('see how much time someone has left, and being made well, in both languages', () => {
    expect(adviceSignals('hvor lang tid har far igjen med denne kreften')).toContain('s:person+prognosis');
    expect(adviceSignals('vil legemiddelet gjøre henne frisk')).toContain('s:person+prognosis');
    expect(adviceSignals('how much time does my mum have')).toContain('s:person+prognosis');
    expect(adviceSignals('passer impress for meg')).toContain('s:person+decision');
    expect(adviceSignals('er det trygt å kjøre bil på medisinen')).toContain('s:condition');
  });

  it('do not take wondering, "better" in general or a drug working better for a decision', () => {
    expect(adviceSignals('jeg har lurt på hvilke sykehus som deltar')).not.toContain('s:person+decision');
    expect(adviceSignals('er det bedre å teste blod eller vev?')).not.toContain('s:decision');
    expect(adviceSignals('is it better to test blood or tissue?')).not.toContain('s:decision');
    expect(adviceSignals('kan medisinen virke bedre enn standardbehandling?')).not.toContain('s:bend');
  });

  it('take halving or doubling a dose for a dose, but not half the day or half the patients', () => {
    expect(adviceSignals('can I halve it if I feel sick')).toContain('s:person+dose');
    expect(adviceSignals('kan jeg halvere dosen selv')).toContain('s:person+dose');
    expect(adviceSignals('mum sleeps half the day, what fitness does IMPRESS ask for')).not.toContain('s:dose');
    expect(adviceSignals('fikk halvparten av pasientene min behandling')).not.toContain('s:dose');
  });

  it('see dialect pronouns, a good idea for someone, and a forgotten medicine', () => {
    expect(adviceSignals('kan eg ta koronavaksina no som eg står på studiemedisin')).toContain('s:person+dose');
    expect(adviceSignals('is it a good idea for my aunt to push for the study')).toContain('s:person+decision');
    expect(adviceSignals('jeg glemte medisinen i morges, hva gjør jeg nå')).toContain('s:person+dose');
    expect(adviceSignals('forgot my login for the intranet')).not.toContain('s:dose');
    expect(adviceSignals('kan pasienter med tidligere MI delta')).not.toContain('s:person');
    expect(adviceSignals('kan mora mi ta vaksine no')).toContain('s:person+dose');
  });

  it('do not take asking how to be tested, or a good idea in general, for a decision', () => {
    expect(adviceSignals('How can I ask to be tested for IMPRESS?')).not.toContain('s:person+decision');
    expect(adviceSignals('er det en god ide at vi har nasjonale studier')).not.toContain('s:person+decision');
  });

  it('see dialect "æ", compound doses, capsules, beer, blood thinners and being on a drug, in both languages', () => {
    expect(adviceSignals('kan æ ta en pils i kveld når æ står på studiemedisin')).toContain('s:person+dose');
    expect(adviceSignals('glemte kveldsdosen i går, hva nå')).toContain('s:dose');
    expect(adviceSignals('can my mum open the capsules and mix them in yoghurt')).toContain('s:person+dose');
    expect(adviceSignals('which blood thinners can my dad take while on the study drug')).toContain('s:person+dose');
  });

  it('see asking whether a symptom is normal or will pass, contraception, and calling the doctor', () => {
    expect(adviceSignals('is it normal for me to be this tired on the drug')).toContain('s:person+condition');
    expect(adviceSignals('svimmelheten min, går det over av seg selv')).toContain('s:person+condition');
    expect(adviceSignals('holder p-piller som prevensjon for meg i studien')).toContain('s:person+condition');
  });

  it('see pushing past the study’s decision about someone as bending the rules', () => {
    expect(adviceSignals('they turned my sister down, can we appeal that')).toContain('s:person+bend');
    expect(adviceSignals('hvordan kan jeg overtale legen min til å sende prøven')).toContain('s:person+bend');
  });

  it('see one patient on a drug, holding it, pressuring the doctor, being cancer-free and "lurere"', () => {
    expect(adviceSignals('pt on lorlatinib w/ new rash, hold or continue?')).toContain('s:person+dose');
    expect(adviceSignals('pasient på studielegemiddel har feber')).toContain('s:person+condition');
    expect(adviceSignals('how do I pressure him into referring me')).toContain('s:person+bend');
    expect(adviceSignals('blir jeg kreftfri av dette')).toContain('s:person+prognosis');
    expect(adviceSignals('er det lurere for meg å vente')).toContain('s:person+decision');
    // Travelling to the study is its procedure; travelling on treatment is not.
    expect(adviceSignals('må jeg reise til Oslo for å delta')).toEqual(['s:person']);
    expect(adviceSignals('kan jeg reise på ferie')).toContain('s:person+condition');
  });

  it('take going on with a treatment for a dose decision, as stopping is', () => {
    expect(adviceSignals('her heart function fell on the study drug, should she keep going')).toContain(
      's:person+dose',
    );
    expect(adviceSignals('LVEF ned til 45 etter åtte uker med studiemedisin. fortsette?')).toContain('s:dose');
    expect(adviceSignals('will the study carry on until 2045')).not.toContain('s:dose');
  });

  it('take being better off with one treatment than another for a choice', () => {
    expect(adviceSignals('er det bedre med impress eller privat behandling i utlandet')).toContain('s:decision');
    expect(adviceSignals('would she be better off with impress or another trial')).toContain('s:decision');
  });

  it("take asking what the bot would do in someone's place for a decision", () => {
    expect(adviceSignals('hadde du meldt deg på om det var deg')).toContain('s:person+decision');
    expect(adviceSignals('would you sign up if you were me')).toContain('s:person+decision');
    expect(adviceSignals('hva hadde du gjort i mitt sted')).toContain('s:person+decision');
  });

  it('do not take a sister trial or a "søsterstudie" for a relative', () => {
    expect(adviceSignals('is there a danish sister trial?')).not.toContain('s:person');
    expect(adviceSignals('hvilke søsterstudier finnes i norden')).not.toContain('s:person');
    expect(adviceSignals('my sister has cancer, should she join')).toContain('s:person+decision');
  });

  it('take a bare "i" for English "I" only beside a verb, since short Norwegian questions read as English', () => {
    expect(adviceSignals('nyeste partner i september 2023?')).not.toContain('s:person');
    expect(adviceSignals('should i ask to join?')).toContain('s:person');
    expect(adviceSignals('i have lung cancer, is it worth it')).toContain('s:person+decision');
  });

  it('see a person and a decision, in both languages', () => {
    expect(adviceSignals('is it worth it for my father')).toContain('s:person+decision');
    expect(adviceSignals('hva ville du valgt for pappa')).toContain('s:person+decision');
    expect(adviceSignals('kan han ta det sammen med blodtrykksmedisinen')).toContain('s:person+dose');
    expect(adviceSignals('Which hospitals take part?')).toEqual([]);
  });

  it('read Norwegian "i", "bor", "var" and "råd" as the ordinary words they usually are', () => {
    for (const q of [
      'Hvor mange pasienter bor i Helse Nord-regionen og deltar i studien?',
      'Hvilke legemidler kan man velge mellom i IMPRESS?',
      'Hvem gir råd til pasienter i studien?',
      'Hva var resultatet i 2024?',
    ])
      expect(adviceSignals(q), q).not.toContain('s:person+decision');
    expect(adviceSignals('bør mamma prøve olaparib')).toContain('s:person+decision');
  });
});

describe('linear model', () => {
  const examples: Example[] = [
    ...['should my mum take it', 'is it worth a try for dad', 'what dose should I take'].map(
      (q): Example => ({ features: featuresOf(q), label: 1 }),
    ),
    ...['which hospitals take part', 'who is the sponsor', 'when did the study start'].map(
      (q): Example => ({ features: featuresOf(q), label: 0 }),
    ),
  ];

  it('learns to separate two classes, the same on every run, and survives packing', () => {
    const model = trainLinearModel(examples, { epochs: 30 });
    expect(trainLinearModel(examples, { epochs: 30 }).weights).toEqual(model.weights);
    const packed = unpackLinearModel(packLinearModel(model));
    for (const ex of examples) {
      expect(Math.round(predict(model, ex.features))).toBe(ex.label);
      expect(Math.abs(predict(packed, ex.features) - predict(model, ex.features))).toBeLessThan(0.05);
    }
  });
});

describe('the engine and its model', () => {
  it('refuses a model built for other features, and answers by rules alone without one', async () => {
    const { Engine } = await import('../engine');
    const { dataset } = await import('../../data/dataset');
    const model = (await import('../../generated/ask-model.json')).default as unknown as AskModel;
    expect(() => new Engine(dataset(), { ...model, buckets: 1 << 10 })).toThrow(/npm run build/);
    const rulesOnly = new Engine(dataset());
    expect(rulesOnly.ask('Should my mother take olaparib?').kind).toBe('advice-declined');
    expect(rulesOnly.ask('Which hospitals in Helse Vest are taking part?').kind).toBe('answer');
    expect(rulesOnly.ask('What is the capital of France?').kind).toBe('no-answer');
  });
});
