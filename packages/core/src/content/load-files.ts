import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { type Document, isMap, isSeq, LineCounter, parseDocument } from 'yaml';
import type { ContentIssue } from './content-error';

/** A parsed YAML file, with what is needed to point at a line. */
export interface LoadedFile {
  file: string;
  data: unknown;
  lineOf(path: ReadonlyArray<PropertyKey>): number | undefined;
}

function lineLocator(doc: Document, counter: LineCounter) {
  return (path: ReadonlyArray<PropertyKey>): number | undefined => {
    // Walk up until a node exists: a missing field is reported at its parent's line.
    for (let n = path.length; n >= 0; n--) {
      const node = doc.getIn(path.slice(0, n) as unknown[], true) as { range?: [number, number, number] } | undefined;
      if (node && typeof node === 'object' && node.range) return counter.linePos(node.range[0]).line;
    }
    return undefined;
  };
}

/** Parses one YAML file; syntax errors become issues with their line. */
export function loadYaml(root: string, path: string, issues: ContentIssue[]): LoadedFile | undefined {
  const file = relative(root, path);
  const counter = new LineCounter();
  const doc = parseDocument(readFileSync(path, 'utf8'), { lineCounter: counter, prettyErrors: false });
  if (doc.errors.length > 0) {
    for (const err of doc.errors) {
      const line = counter.linePos(err.pos[0]).line;
      issues.push({ file, path: '', ...(line ? { line } : {}), reason: `YAML syntax: ${err.message.split('\n')[0]}` });
    }
    return undefined;
  }
  const data = doc.toJS({ maxAliasCount: 100 });
  const contents = doc.contents;
  if (contents !== null && !isMap(contents) && !isSeq(contents)) {
    issues.push({ file, path: '', reason: 'expected a mapping or a list at the top level' });
    return undefined;
  }
  return { file, data, lineOf: lineLocator(doc, counter) };
}

/** Lists the YAML files of a collection: `name.yaml`, or every `*.yaml` in the folder `name/`, sorted. */
export function collectionFiles(root: string, name: string): string[] {
  const single = join(root, `${name}.yaml`);
  const folder = join(root, name);
  const files: string[] = [];
  if (existsSync(single)) files.push(single);
  if (existsSync(folder) && statSync(folder).isDirectory()) {
    for (const entry of readdirSync(folder).sort()) {
      if (entry.endsWith('.yaml') || entry.endsWith('.yml')) files.push(join(folder, entry));
    }
  }
  return files;
}
