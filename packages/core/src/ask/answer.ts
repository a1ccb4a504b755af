import { z } from 'zod';
import { isoDateSchema, langSchema } from '../schema/common';
import { sourceSchema } from '../schema/source';

/** What kind of reply `ask()` gives. */
export const answerKindSchema = z.enum(['answer', 'no-answer', 'advice-declined']);
/** `answer`: a sourced answer; `no-answer`: out of scope or not known; `advice-declined`: personal medical advice. */
export type AnswerKind = z.infer<typeof answerKindSchema>;

/** A pointer to another entry that may help. */
export const relatedSchema = z.strictObject({ kind: z.string(), id: z.string(), title: z.string() });
/** A pointer to another entry that may help. */
export type Related = z.infer<typeof relatedSchema>;

/** The reply to a question: short plain text in the question's language, with sources and as-of date. */
export const answerSchema = z.strictObject({
  kind: answerKindSchema,
  lang: langSchema,
  /** A few sentences of plain prose; never markup that a chat platform would execute. */
  text: z.string().min(1),
  sources: z.array(sourceSchema),
  /** How current the answer is: the as-of date of the facts it draws on. */
  asOf: isoDateSchema,
  related: z.array(relatedSchema),
});
/** The reply to a question. */
export type Answer = z.infer<typeof answerSchema>;
