/** Content codings this server can send, in order of preference. */
export type Coding = 'br' | 'gzip' | 'identity';

const codingCache = new Map<string, Coding>();

/** Picks the best coding the client accepts (RFC 9110 Accept-Encoding, q-values honoured). */
export function pickCoding(header: string | undefined): Coding {
  if (!header) return 'identity';
  const cached = codingCache.get(header);
  if (cached) return cached;
  const coding = parseCoding(header);
  // Clients send a handful of distinct headers; a bounded cache keeps hostile ones from growing it.
  if (codingCache.size < 256) codingCache.set(header, coding);
  return coding;
}

function parseCoding(header: string): Coding {
  const accepted = new Map<string, number>();
  for (const part of header.split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    if (!name) continue;
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    accepted.set(name, q ? Number(q.slice(2)) || 0 : 1);
  }
  const ok = (c: string) => (accepted.get(c) ?? accepted.get('*') ?? 0) > 0;
  if (ok('br')) return 'br';
  if (ok('gzip')) return 'gzip';
  return 'identity';
}

/** True when an If-None-Match header matches one of the representation's entity tags (weak comparison). */
export function etagMatches(header: string, etags: readonly string[]): boolean {
  if (header.trim() === '*') return true;
  const strip = (t: string) => t.trim().replace(/^W\//, '');
  const mine = new Set(etags.map(strip));
  return header.split(',').some((t) => mine.has(strip(t)));
}

/** Norwegian (nb, no, nn) when the client prefers it over English, else English. */
export function pickLang(query: string | null, acceptLanguage: string | undefined): 'en' | 'nb' {
  if (query === 'nb' || query === 'en') return query;
  for (const part of (acceptLanguage ?? '').toLowerCase().split(',')) {
    const tag = part.split(';')[0]?.trim() ?? '';
    if (/^(nb|no|nn)\b/.test(tag)) return 'nb';
    if (/^en\b/.test(tag)) return 'en';
  }
  return 'en';
}
