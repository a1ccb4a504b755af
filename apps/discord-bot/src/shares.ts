import { randomBytes } from 'node:crypto';

/** What "Post publicly" reproduces: the command, its query or button value, and the language. */
export interface ShareEntry {
  command?: string;
  query?: string;
  action?: string;
  lang: 'nb' | 'en';
}

/**
 * Discord button ids hold at most 100 characters, too few for a question, so shared answers are
 * kept here under a short key. Bounded, oldest first out; after a restart the button says to ask again.
 */
export class ShareCache {
  private readonly entries = new Map<string, ShareEntry>();

  constructor(private readonly max = 5000) {}

  put(entry: ShareEntry): string {
    const key = randomBytes(9).toString('base64url');
    this.entries.set(key, entry);
    if (this.entries.size > this.max) this.entries.delete(this.entries.keys().next().value as string);
    return key;
  }

  get(key: string): ShareEntry | undefined {
    return this.entries.get(key);
  }
}
