import { createHash } from 'node:crypto';
import type { z } from 'zod';
import { isoDateSchema } from '../schema/common';
import { type Dataset, datasetSchema } from '../schema/dataset';
import { type Source, sourceSchema } from '../schema/source';
import { studySchema } from '../schema/study';
import { LIST_COLLECTIONS, type ListKey, REFERENCES } from './collections';
import { ContentError, type ContentIssue, formatPath } from './content-error';
import { collectionFiles, type LoadedFile, loadYaml } from './load-files';

interface Located {
  file: LoadedFile;
  index: number | null;
  value: Record<string, unknown>;
}

class Compiler {
  readonly issues: ContentIssue[] = [];
  private sources = new Map<string, Source>();
  checkedOn = '';

  constructor(private readonly root: string) {}

  report(file: LoadedFile | string, path: ReadonlyArray<PropertyKey>, reason: string): void {
    const name = typeof file === 'string' ? file : file.file;
    const line = typeof file === 'string' ? undefined : file.lineOf(path);
    this.issues.push({ file: name, path: formatPath(path), ...(line ? { line } : {}), reason });
  }

  loadAll(name: string): LoadedFile[] {
    const files = collectionFiles(this.root, name);
    return files.map((f) => loadYaml(this.root, f, this.issues)).filter((f): f is LoadedFile => f !== undefined);
  }

  loadMeta(): void {
    const [meta] = this.loadAll('meta');
    if (!meta) {
      this.report('meta.yaml', [], 'missing: meta.yaml must give sourcesCheckedOn');
      return;
    }
    const checked = isoDateSchema.safeParse((meta.data as { sourcesCheckedOn?: unknown })?.sourcesCheckedOn);
    if (checked.success && checked.data.length === 10) this.checkedOn = checked.data;
    else this.report(meta, ['sourcesCheckedOn'], 'must be a YYYY-MM-DD date');
  }

  loadSources(): void {
    for (const file of this.loadAll('sources')) {
      if (!Array.isArray(file.data)) {
        this.report(file, [], 'expected a list of sources');
        continue;
      }
      for (const [index, raw] of file.data.entries()) {
        const parsed = sourceSchema.safeParse(raw);
        if (!parsed.success) this.zodIssues(file, [index], parsed.error);
        else if (this.sources.has(parsed.data.id))
          this.report(file, [index, 'id'], `duplicate source id "${parsed.data.id}"`);
        else this.sources.set(parsed.data.id, parsed.data);
      }
    }
  }

  zodIssues(file: LoadedFile, base: PropertyKey[], error: z.ZodError): void {
    for (const issue of error.issues) this.report(file, [...base, ...issue.path], issue.message);
  }

  /** Replaces every `sources: [id, ...]` list, at any depth, with the source records. */
  resolveSources(node: unknown, file: LoadedFile, path: PropertyKey[]): unknown {
    if (Array.isArray(node)) return node.map((v, i) => this.resolveSources(v, file, [...path, i]));
    if (node === null || typeof node !== 'object') return node;
    const out: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(node)) {
      if (key === 'sources' && Array.isArray(value)) {
        out[key] = value.map((ref, i) => this.resolveSource(ref, file, [...path, key, i]));
      } else {
        out[key] = this.resolveSources(value, file, [...path, key]);
      }
    }
    return out;
  }

  resolveSource(ref: unknown, file: LoadedFile, path: PropertyKey[]): unknown {
    if (typeof ref !== 'string') return ref;
    const source = this.sources.get(ref);
    if (!source) this.report(file, path, `unknown source id "${ref}" (add it to sources.yaml)`);
    return source ?? ref;
  }

  parseEntity<T>(schema: z.ZodType<T>, located: Located): T | undefined {
    const base = located.index === null ? [] : [located.index];
    const withAsOf = { asOf: this.checkedOn, ...located.value };
    const resolved = this.resolveSources(withAsOf, located.file, base);
    const parsed = schema.safeParse(resolved);
    if (!parsed.success) return void this.zodIssues(located.file, base, parsed.error);
    this.checkFutureAsOf(parsed.data, located.file, base);
    return parsed.data;
  }

  /** No `asOf`, at any depth, may be later than the day the sources were read. */
  checkFutureAsOf(node: unknown, file: LoadedFile, path: PropertyKey[]): void {
    if (Array.isArray(node)) {
      for (const [i, v] of node.entries()) this.checkFutureAsOf(v, file, [...path, i]);
    } else if (node && typeof node === 'object') {
      for (const [key, value] of Object.entries(node)) {
        if (key === 'sources') continue;
        if (key === 'asOf' && typeof value === 'string' && value > this.checkedOn) {
          this.report(file, [...path, key], `asOf ${value} is after sourcesCheckedOn ${this.checkedOn}`);
        } else this.checkFutureAsOf(value, file, [...path, key]);
      }
    }
  }

  listCollection<T>(key: ListKey): { items: T[]; where: Map<string, Located> } {
    const { name, schema } = LIST_COLLECTIONS[key];
    const items: T[] = [];
    const where = new Map<string, Located>();
    for (const file of this.loadAll(name)) {
      const list = Array.isArray(file.data) ? file.data : [file.data];
      for (const [i, value] of list.entries()) {
        const index = Array.isArray(file.data) ? i : null;
        const base = index === null ? [] : [i];
        if (value === null || typeof value !== 'object') {
          this.report(file, base, 'expected a mapping');
          continue;
        }
        const located = { file, index, value: value as Record<string, unknown> };
        const entity = this.parseEntity(schema as unknown as z.ZodType<T>, located);
        if (!entity) continue;
        const id = (entity as unknown as { id: string }).id;
        if (where.has(id)) {
          this.report(file, [...base, 'id'], `duplicate ${key} id "${id}"`);
          continue;
        }
        where.set(id, located);
        items.push(entity);
      }
    }
    return { items, where };
  }

  checkReferences(dataset: Record<string, unknown>, where: Map<string, Map<string, Located>>): void {
    for (const { from, field, to } of REFERENCES) {
      const known = where.get(to) ?? new Map();
      const entities = from === 'study' ? [dataset.study] : (dataset[from] as unknown[]);
      for (const entity of entities as Array<Record<string, unknown>>) {
        const raw = entity?.[field];
        const ids = (Array.isArray(raw) ? raw : raw == null ? [] : [raw]) as string[];
        for (const id of ids) {
          if (known.has(id)) continue;
          const loc = from === 'study' ? undefined : where.get(from)?.get(entity.id as string);
          const base = loc?.index == null ? [] : [loc.index];
          this.report(loc?.file ?? 'study.yaml', [...base, field], `"${id}" does not name any ${to} entry`);
        }
      }
    }
  }
}

/**
 * Reads, validates and compiles the content folder into a {@link Dataset}.
 * Throws a {@link ContentError} naming the file, field path and reason of every problem.
 */
export function compileContent(root: string): Dataset {
  const c = new Compiler(root);
  c.loadMeta();
  c.loadSources();
  const [studyFile] = c.loadAll('study');
  const study = studyFile
    ? c.parseEntity(studySchema, {
        file: studyFile,
        index: null,
        value: (studyFile.data ?? {}) as Record<string, unknown>,
      })
    : c.report('study.yaml', [], 'missing: study.yaml is required');
  const dataset: Record<string, unknown> = { study };
  const where = new Map<string, Map<string, Located>>();
  for (const key of Object.keys(LIST_COLLECTIONS) as ListKey[]) {
    const { items, where: ids } = c.listCollection(key);
    dataset[key] = items;
    where.set(key, ids);
  }
  if (c.issues.length === 0) c.checkReferences(dataset, where);
  if (c.issues.length > 0) throw new ContentError(c.issues);
  dataset.sources = [...sourcesIn(dataset).values()].sort((a, b) => a.id.localeCompare(b.id));
  const contentHash = createHash('sha256').update(JSON.stringify(dataset)).digest('hex').slice(0, 16);
  const meta = { sourcesCheckedOn: c.checkedOn, contentHash };
  return datasetSchema.parse({ meta, ...dataset });
}

/** Every source cited anywhere in the dataset, by id (only cited sources are shipped). */
function sourcesIn(node: unknown, found = new Map<string, Source>()): Map<string, Source> {
  if (Array.isArray(node)) for (const v of node) sourcesIn(v, found);
  else if (node && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      if (key === 'sources' && Array.isArray(value)) for (const s of value as Source[]) found.set(s.id, s);
      else sourcesIn(value, found);
    }
  }
  return found;
}
