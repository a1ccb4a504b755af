import type { ScopeNeighbours } from './classify/examples';

/** What `ask()` decided on the way to an answer, for maintainers (`impress ask --explain`). */
export interface Trace {
  /** The question after spelling correction. */
  corrected?: string;
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
     * context for a general question, `how-to` when the question asks how one joins.
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
