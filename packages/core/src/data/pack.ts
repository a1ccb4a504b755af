import type { Dataset } from '../schema/dataset';
import type { Source } from '../schema/source';

/** The dataset as shipped: each source stored once, entities refer to sources by id. */
export interface PackedDataset {
  sources: Source[];
  data: unknown;
}

function mapSources(node: unknown, fn: (list: unknown[]) => unknown[]): unknown {
  if (Array.isArray(node)) return node.map((v) => mapSources(v, fn));
  if (node === null || typeof node !== 'object') return node;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) {
    out[key] = key === 'sources' && Array.isArray(value) ? fn(value) : mapSources(value, fn);
  }
  return out;
}

/** Replaces every embedded source with its id; the inverse of {@link unpack}. */
export function pack(dataset: Dataset): PackedDataset {
  const { sources, ...rest } = dataset;
  return { sources, data: mapSources(rest, (list) => (list as Source[]).map((s) => s.id)) };
}

/** Restores embedded sources; every entity shares the one object per source. */
export function unpack(packed: PackedDataset): Dataset {
  const byId = new Map(packed.sources.map((s) => [s.id, s]));
  const data = mapSources(packed.data, (list) =>
    (list as string[]).map((id) => {
      const source = byId.get(id);
      if (!source) throw new Error(`packed dataset refers to unknown source "${id}"`);
      return source;
    }),
  ) as Omit<Dataset, 'sources'>;
  return { ...data, sources: packed.sources };
}
