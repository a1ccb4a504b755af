import { describe, expect, it } from 'vitest';
import { dataset } from '../data/dataset';
import { ask, explain } from './ask';
import { companiesIntent, geneIntent } from './intents/lists';
import { sitesIntent } from './intents/sites';
import { buildPassages } from './passages';
import { excerpt, MAX_SENTENCES } from './shorten';

const data = dataset();
const passages = buildPassages(data);
const byId = new Map(passages.map((p) => [p.id, p]));

describe('passages', () => {
  it('give the study record its own passages: title, design, websites, each milestone, the planned end', () => {
    const s = data.study;
    expect(byId.get(`study:${s.id}:title`)?.text.en).toContain(s.officialTitle);
    for (const w of s.websites) expect(byId.get(`study:${s.id}:websites`)?.text.nb).toContain(w.url);
    for (const m of s.milestones) expect(byId.get(`study:${m.id}`)?.text.en).toContain(m.text.en);
    expect(byId.get(`study:${s.id}:design`)?.text.en).toContain(s.design[0]?.en);
    expect(byId.get(`study:${s.id}:planned-end`)).toBeDefined();
  });

  it("put each publication's identifiers in its text, where an answer can show them", () => {
    for (const p of data.publications) {
      const text = byId.get(`publication:${p.id}`)?.text.en ?? '';
      for (const id of [p.doi, p.pmid, p.pmcid].filter(Boolean)) expect(text).toContain(id);
    }
  });

  it("make every fact of a related trial findable, with the trial's lead and registry number", () => {
    for (const t of data.relatedTrials) {
      for (const [i, f] of t.facts.entries())
        expect(byId.get(`related:${t.id}:${i + 1}`)?.text.en).toContain(f.text.en);
      if (t.registryId) expect(byId.get(`related:${t.id}`)?.text.en).toContain(t.registryId);
    }
  });
});

describe('answers from those passages', () => {
  it('gives the official title and a paper identifier when asked', () => {
    expect(ask('what is the official title of the study?').text).toContain(data.study.officialTitle);
    const paper = data.publications.find((p) => p.doi && p.kind === 'protocol');
    expect(ask('what is the DOI of the protocol paper?').text).toContain(paper?.doi);
  });

  it('does not answer a question about a person at a hospital with the hospital site card', () => {
    const { answer, trace } = explain("what is Åslaug Helland's position at Oslo University Hospital?");
    expect(trace.intent).toBeUndefined();
    expect(answer.text).not.toMatch(/has a study site here/);
    // A plain "does X take part?" still gets the card.
    expect(explain('Does Oslo University Hospital take part?').trace.intent).toBe('sitesIntent');
  });

  it('does not give the site card to a question about something else at a hospital', () => {
    // None of these words is the study's, and there are too many of them to be typos or filler.
    expect(sitesIntent('can I bring homemade soup to Levanger hospital', 'en', data)).toBeUndefined();
    expect(sitesIntent('can I be treated at Levanger hospital', 'en', data)?.kind).toBe('answer');
  });

  it('takes a gene with a drug word, or "for" right before it, for the gene list; not "what is X for"', () => {
    // The intent answers (with the drugs for the gene, or that none is known) or leaves it to retrieval.
    const gene = (q: string) => geneIntent(q, 'en', data);
    expect(gene('is there a drug for RET?')).toBeDefined();
    expect(gene('anything for KRAS?')).toBeDefined();
    expect(geneIntent('har dere noe mot BRAF', 'nb', data)).toBeDefined();
    expect(gene('what is ALK for in a healthy cell')).toBeUndefined();
    expect(gene('how do you test for ALK')).toBeUndefined();
  });

  it('takes "firma" for a company, and "what does X do" for a question about its role, not the site card', () => {
    expect(companiesIntent('hvilke legemiddelfirma er med', 'nb', data)?.kind).toBe('answer');
    expect(sitesIntent('what does Haukeland University Hospital do in IMPRESS', 'en', data)).toBeUndefined();
    expect(sitesIntent('“So what does Haukeland University Hospital do?”', 'en', data)).toBeUndefined();
    expect(sitesIntent('is Haukeland University Hospital in IMPRESS', 'en', data)?.kind).toBe('answer');
  });

  it('orders passages with the learnt reranker, and says so', () => {
    expect(explain('who leads DRUP?').trace.retrieval?.reranked).toBe(true);
  });
});

describe('excerpt', () => {
  const long = 'Alpha is the topic. Beta one. Gamma two. Delta three. Epsilon four. The platelet limit is 75,000.';

  it('keeps the first sentence and the sentences that answer the question, in order', () => {
    const text = excerpt(long, 'what is the platelet limit?');
    expect(text.startsWith('Alpha is the topic.')).toBe(true);
    expect(text).toContain('The platelet limit is 75,000.');
    expect(text.split('. ').length).toBeLessThanOrEqual(MAX_SENTENCES);
  });

  it('takes a synonym of a question word for the word', () => {
    const paper =
      'A paper by Smith. In a journal. Published in 2022. DOI 10.1/x; PMID 123. Protokollartikkelen, åpen. Sju. Åtte.';
    expect(excerpt(paper, 'pubmed id for protokollartikkelen fra 2022?')).toContain('PMID 123');
  });

  it('counts a word and its stem as one match, so ties go to the earlier sentence', () => {
    const text = 'Intro. DRUP one. DRUP two. DRUP three. Protokollartikkelen er her. Six.';
    const shown = excerpt(text, 'DRUP og protokollartikkelen');
    expect(shown).toContain('DRUP three.');
    expect(shown).not.toContain('Protokollartikkelen');
  });

  it('leaves a short passage whole', () => {
    expect(excerpt('One. Two.', 'anything')).toBe('One. Two.');
  });
});

describe('advice model', () => {
  it('does not decline on its own a question with no sign of a person or a decision', () => {
    expect(ask('er olaparib med i studien nå').kind).toBe('answer');
    expect(ask('nyeste partner i september 2023?').kind).not.toBe('advice-declined');
    expect(ask('my mum has lung cancer, should she join impress?').kind).toBe('advice-declined');
  });
});
