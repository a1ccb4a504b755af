/** One problem found in a content file. */
export interface ContentIssue {
  /** Path of the content file, relative to the content folder. */
  file: string;
  /** Field path inside the file, such as `[3].title.nb`. */
  path: string;
  /** 1-based line in the file, when it can be located. */
  line?: number;
  /** What is wrong. */
  reason: string;
}

/** Formats a field path the way people read it: `[3].title.nb`. */
export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  return path.map((key, i) => (typeof key === 'number' ? `[${key}]` : `${i === 0 ? '' : '.'}${String(key)}`)).join('');
}

/** Thrown when content files do not validate; the message names each file, field path and reason. */
export class ContentError extends Error {
  readonly issues: ContentIssue[];

  constructor(issues: ContentIssue[]) {
    const lines = issues.map((i) => `  ${i.file}${i.line ? `:${i.line}` : ''} ${i.path || '(root)'}: ${i.reason}`);
    super(`Content is invalid (${issues.length} problem${issues.length === 1 ? '' : 's'}):\n${lines.join('\n')}`);
    this.name = 'ContentError';
    this.issues = issues;
  }
}
