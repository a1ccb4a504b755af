import type { ExampleVote, ScopeNeighbours } from './classify/examples';
import type { Hit } from './retrieval';

/** What `ask()` decided on the way to an answer, for maintainers (`impress ask --explain`). */
export interface Trace {
  /** The question after spelling correction. */
  corrected?: string;
  /** The one sentence of several that asks, when it leads the intents and retrieval (focus.ts). */
  asked?: string;
  /**
   * `personal`: the model and a person's own dose, prognosis or symptoms, or bending the rules for
   * them, which decline like a rule.
   */
  advice?: {
    signals: string[];
    rule: boolean;
    personal: boolean;
    p?: number;
    threshold?: number;
    verdict: 'rule' | 'model' | 'no';
    /**
     * Why the model, though over its threshold, did not decide: `context` when the person is only
     * context for a general question, `how-to` when the question asks how one joins, `procedure`
     * when it asks about the study's procedures (paying, travelling to it, placebo, signing up).
     */
    overruled?: 'context' | 'how-to' | 'procedure';
  };
  /**
   * The passages of the content entities the question names (sites, drugs, companies, related trials,
   * people, organisations), as the scope model sees them: in the question as typed, before spelling
   * correction (a name with one typo still links).
   */
  entities?: string[];
  /** `neighbours`: what the nearest example questions say (when the model has them). */
  scope?: { p?: number; threshold?: number; confident?: number; neighbours?: ScopeNeighbours };
  /** The question is about hospital practicalities, employment or a market price (off-topic.ts): out of scope by rule. */
  offTopic?: boolean;
  /** The structured intent that answered, if one did. */
  intent?: string;
  /** `reranked` when the learnt reranker ordered the hits (their scores are the word index's). */
  retrieval?: {
    coverage: number;
    inScope: boolean;
    reranked: boolean;
    /** The reranker's margin of its first passage over its second (log-odds; Infinity without one). */
    margin: number;
    hits: Array<{ id: string; score: number }>;
    /** The passages the nearest example questions vote for, with their share of the votes. */
    votes: Array<{ id: string; share: number }>;
  };
}

const round2 = (n: number) => Math.round(n * 100) / 100;

/** The retrieval part of a trace: the top five hits and the three passages most voted for. */
export function retrievalTrace(
  found: { hits: readonly Hit[]; margin: number; votes?: Map<string, ExampleVote> },
  coverage: number,
  inScope: boolean,
  reranked: boolean,
): NonNullable<Trace['retrieval']> {
  return {
    coverage,
    inScope,
    reranked,
    margin: found.margin,
    hits: found.hits.slice(0, 5).map((h) => ({ id: h.passage.id, score: round2(h.score) })),
    votes: [...(found.votes ?? [])]
      .sort((a, b) => b[1].share - a[1].share)
      .slice(0, 3)
      .map(([id, v]) => ({ id, share: round2(v.share) })),
  };
}
