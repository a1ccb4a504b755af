import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';

/** Values written before key ids and associated data; still opened (with the current key), never written. */
const LEGACY = 'v1';
const VERSION = 'v2';
/** GCM takes tags from 4 bytes unless told otherwise; a short tag makes forgery far easier. */
const TAG_BYTES = 16;
const KEY_ERROR = 'the encryption key must be 32 bytes, base64 or hex (openssl rand -base64 32)';

/** Reads a key strictly: 64 hex digits, or base64 that decodes to 32 bytes and encodes back the same. */
function readKey(key: string): Buffer {
  const k = key.trim();
  if (/^[0-9a-f]{64}$/i.test(k)) return Buffer.from(k, 'hex');
  const bytes = Buffer.from(k, 'base64');
  // Buffer.from ignores stray characters and padding, so the round trip is what makes this strict.
  if (bytes.length !== 32 || bytes.toString('base64').replace(/=+$/, '') !== k.replace(/=+$/, ''))
    throw new Error(KEY_ERROR);
  return bytes;
}

/** A short public name of a key (first 8 hex digits of its SHA-256), stored with each value. */
const keyId = (key: Buffer) => createHash('sha256').update(key).digest('hex').slice(0, 8);

/**
 * Authenticated encryption (AES-256-GCM, 16-byte tags) for secrets stored in the database, such as
 * Slack bot tokens. Each value names its key by id and can be bound to its row with associated data,
 * so a value copied to another row does not open. Keys rotate by passing the old ones as `previous`:
 * values they sealed still open, and everything sealed from then on uses the current key.
 */
export class SecretBox {
  private readonly key: Buffer;
  private readonly id: string;
  private readonly keys = new Map<string, Buffer>();

  /**
   * @param key - 32 bytes, as base64 or hex (for example from `openssl rand -base64 32`).
   * @param previous - Earlier keys, to open values sealed before a rotation.
   */
  constructor(key: string, previous: readonly string[] = []) {
    this.key = readKey(key);
    this.id = keyId(this.key);
    for (const k of [key, ...previous].map(readKey)) if (!this.keys.has(keyId(k))) this.keys.set(keyId(k), k);
  }

  /** Encrypts text into `v2.<key id>.<iv>.<tag>.<ciphertext>`, bound to `aad` (e.g. the row id). */
  seal(plain: string, aad = ''): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv, { authTagLength: TAG_BYTES });
    cipher.setAAD(Buffer.from(aad, 'utf8'));
    const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    return [VERSION, this.id, ...[iv, cipher.getAuthTag(), body].map((p) => p.toString('base64url'))].join('.');
  }

  /** Decrypts what {@link seal} produced with the same `aad`; throws if altered, moved or keyed otherwise. */
  open(sealed: string, aad = ''): string {
    const parts = sealed.split('.');
    let key: Buffer | undefined;
    let rest: string[];
    if (parts[0] === VERSION && parts.length === 5) {
      key = this.keys.get(parts[1] as string);
      if (!key) throw new Error(`sealed with key ${parts[1]}, which is not configured`);
      rest = parts.slice(2);
    } else if (parts[0] === LEGACY && parts.length === 4) {
      key = this.key;
      rest = parts.slice(1);
    } else throw new Error('not a sealed value');
    const [iv, tag, body] = rest.map((p) => Buffer.from(p, 'base64url')) as [Buffer, Buffer, Buffer];
    if (tag.length !== TAG_BYTES) throw new Error('not a sealed value (bad tag length)');
    const decipher = createDecipheriv('aes-256-gcm', key, iv, { authTagLength: TAG_BYTES });
    decipher.setAuthTag(tag);
    if (parts[0] === VERSION) decipher.setAAD(Buffer.from(aad, 'utf8'));
    return Buffer.concat([decipher.update(body), decipher.final()]).toString('utf8');
  }
}
