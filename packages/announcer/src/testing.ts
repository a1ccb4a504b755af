import { type Update, type UpdateTopic, updates } from '@impress-norway/core';
import type { SourceItem } from './ingest';

/**
 * A new source item for tests and benchmarks: a real update from the dataset under a new id, with its
 * Norwegian title marked (`NB ...`) so a test can tell which language was posted.
 */
export function testItem(id: string, options: { topic?: UpdateTopic; title?: string } = {}): SourceItem {
  const base = updates({ lang: 'en' })[0] as Update;
  const en: Update = { ...base, id, topic: options.topic ?? 'news', title: options.title ?? base.title };
  return { en, nb: { ...en, lang: 'nb', title: `NB ${en.title}` } };
}

export { baseRecord, EDITS, recordBody } from './sources/registry/fixtures';
export { type RegistryAnswer, RegistryDouble } from './sources/registry/registry-double';
