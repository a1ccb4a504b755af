import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dataset } from '../data/dataset';
import { isAdviceRequest } from './advice';
import { answerSchema } from './answer';
import { ask } from './ask';
import { detectLang } from './detect-lang';
import { ADVICE_FOLLOW_UP } from './engine';
import { cleanQuestion, MAX_QUESTION_LENGTH } from './normalize';
import { editDistance } from './spell';

describe('cleanQuestion', () => {
  it('strips control characters, chat markup and mass mentions', () => {
    const clean = cleanQuestion('hei\u0000 <!channel> <@U123> @everyone\u202e hvilke sykehus?');
    expect(clean).toEqual({ ok: true, text: 'hei hvilke sykehus?' });
  });

  it('refuses empty and oversized input with a reason', () => {
    expect(cleanQuestion('   \n\t ')).toEqual({ ok: false, reason: 'empty' });
    expect(cleanQuestion('x'.repeat(MAX_QUESTION_LENGTH + 1))).toEqual({ ok: false, reason: 'too-long' });
    expect(cleanQuestion(42)).toEqual({ ok: false, reason: 'empty' });
  });
});

describe('detectLang', () => {
  it('recognises bokmål with and without æ, ø, å', () => {
    expect(detectLang('Hvilke sykehus deltar i studien?')).toBe('nb');
    expect(detectLang('hvor mange pasienter ble behandlet')).toBe('nb');
    expect(detectLang('Når åpnet studien?')).toBe('nb');
  });

  it('recognises English and defaults to it', () => {
    expect(detectLang('Which hospitals take part in the study?')).toBe('en');
    expect(detectLang('NCT04817956')).toBe('en');
  });
});

describe('isAdviceRequest', () => {
  it('flags personal treatment decisions in both languages', () => {
    for (const q of [
      'Should I stop my chemotherapy?',
      'What dose of olaparib should my father take?',
      'My mother has lung cancer, which drug should she try?',
      'Bør jeg bytte behandling?',
      'Skal jeg ta selpercatinib?',
      'Kan jeg ta olaparib sammen med cellegift?',
      'What are the side effects of my treatment?',
    ]) {
      expect(isAdviceRequest(q), q).toBe(true);
    }
  });

  it('lets questions about how the study works through', () => {
    for (const q of [
      'Could I get a placebo in the study?',
      'Can I be treated in Bergen, please?',
      'Hvordan kan jeg bli med i studien, egentlig?',
      'Is the study treatment safe?',
      'Which drugs are available?',
      'Who decides which drug each patient gets?',
    ]) {
      expect(isAdviceRequest(q), q).toBe(false);
    }
  });
});

describe('editDistance', () => {
  it('counts a transposition as one edit and stops early', () => {
    expect(editDistance('paitents', 'patients', 2)).toBe(1);
    expect(editDistance('hospitls', 'hospitals', 2)).toBe(1);
    expect(editDistance('abc', 'xyzuvw', 2)).toBe(3);
  });
});

describe('ask', () => {
  it('answers in the language of the question, with sources and an as-of date', () => {
    const a = ask('Hvem er sponsoren for studien?');
    expect(a).toMatchObject({ kind: 'answer', lang: 'nb' });
    expect(a.text).toContain('Oslo universitetssykehus');
    expect(a.sources[0]?.url).toMatch(/^https:\/\//);
    expect(a.asOf).toMatch(/^\d{4}/);
  });

  it('honours an explicit language', () => {
    const a = ask('Hvem er sponsoren for studien?', { lang: 'en' });
    expect(a.lang).toBe('en');
    expect(a.text).toContain('Oslo University Hospital');
  });

  it('answers list questions from the typed queries, completely', () => {
    const west = ask('Which hospitals in Helse Vest are taking part?');
    for (const city of ['Bergen', 'Stavanger', 'Haugesund']) expect(west.text).toContain(city);
    const companies = ask('Hvilke legemiddelselskaper er med?');
    for (const c of ['Roche', 'Novartis', 'Eli Lilly', 'Incyte', 'AstraZeneca', 'GSK', 'Johnson & Johnson']) {
      expect(companies.text).toContain(c);
    }
  });

  it('answers the question of a question and its context, and knows a region by its counties', () => {
    // The context sentence would otherwise keep the site list from answering.
    // Rogaland's sites are listed with the rest of its region (Helse Vest), which the reply names.
    const west = ask('Hvilke sykehus i Rogaland er med i studien? Tanten min bor på Jæren og lurer.');
    for (const name of ['Helse Vest', 'Stavanger', 'Haugesund']) expect(west.text).toContain(name);
    const south = ask('Which hospitals in Agder take part? My uncle lives in a small town there.');
    expect(south.text).toContain('Kristiansand');
  });

  it('finds a cohort for a gene and says so plainly when none is documented', () => {
    expect(ask('finnes det en kohort for brca?').text).toContain('olaparib');
    const kras = ask('Is there a cohort for KRAS?');
    expect(kras.kind).toBe('no-answer');
    expect(kras.text).toContain('KRAS');
    expect(kras.sources.length).toBeGreaterThan(0);
  });

  it('tolerates typos and Norwegian without æ, ø, å', () => {
    expect(ask('wich hospitls take part in nothern norway').text).toMatch(/Tromsø/);
    expect(ask('nar apnet studien for pasienter').text).toMatch(/2021/);
  });

  it('declines personal medical advice with a pointer to the doctor', () => {
    const a = ask('Bør min far slutte med cellegiften?');
    expect(a.kind).toBe('advice-declined');
    expect(a.lang).toBe('nb');
    expect(a.text).toMatch(/lege/);
  });

  it('says no-answer outside the study and points to the website', () => {
    const a = ask('What is the capital of France?');
    expect(a.kind).toBe('no-answer');
    expect(a.text).toContain('impress-norway.no');
  });

  it('returns honest not-known answers', () => {
    const a = ask('Are travel costs to study visits covered?');
    expect(a.text).toMatch(/do not (say|spell out)/);
  });

  it('never echoes markup a chat platform would execute', () => {
    const a = ask('<!channel> @everyone what is the NCT number? <https://evil.example|click>');
    expect(a.text).not.toMatch(/<!|@everyone|<http/);
    expect(a.text).toContain('NCT04817956');
  });

  it('gives a valid Answer for any string and never throws', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 10_000 }), (q) => {
        expect(answerSchema.safeParse(ask(q)).success).toBe(true);
      }),
      { numRuns: 150 },
    );
    fc.assert(
      fc.property(
        fc.array(
          fc.constantFrom('hvilke', 'sykehus', 'BRCA', 'ø', '<!here>', 'should', 'I', '?', ' ', 'kohort', '\u0000'),
          { maxLength: 30 },
        ),
        (words) => {
          expect(answerSchema.safeParse(ask(words.join(' '))).success).toBe(true);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('handles 200 KB of text with a polite request to shorten it', () => {
    const a = ask('hospital '.repeat(25_000));
    expect(a.kind).toBe('no-answer');
    expect(a.text).toMatch(/shorter question/);
  });
});

describe('advice declines', () => {
  it('name content that exists, and add who can take part and how referral works, with their sources', () => {
    const data = dataset();
    for (const id of ADVICE_FOLLOW_UP) expect(data.faq.map((f) => f.id)).toContain(id);
    const a = ask('Should my mother take olaparib for her pancreatic cancer?');
    expect(a.kind).toBe('advice-declined');
    expect(a.text).toContain('treating doctor');
    expect(a.text).toContain('cancer doctor asks for molecular testing');
    expect(a.text).toContain('ECOG performance status 0-2');
    expect(a.sources.length).toBeGreaterThan(1);
    const nb = ask('Bør mora mi prøve olaparib mot kreften i bukspyttkjertelen?');
    expect(nb.kind).toBe('advice-declined');
    expect(nb.text).toContain('ECOG funksjonsstatus 0-2');
  });

  it('take how long someone has, or whether they will survive, for advice by rule', () => {
    expect(isAdviceRequest('how much time does my wife have now')).toBe(true);
    expect(isAdviceRequest('hvor lenge har pappa igjen, tror du')).toBe(true);
    expect(isAdviceRequest('is my brother going to survive this')).toBe(true);
    expect(isAdviceRequest('how long does the study follow patients up')).toBe(false);
  });

  it("decline a question about one's own prognosis or dose even when it names nothing of the study", () => {
    for (const q of ['how long do I have left with this cancer', 'hvor lenge har jeg igjen å leve nå'])
      expect(ask(q).kind, q).toBe('advice-declined');
  });
});
