import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

const VERSION = 'v1';

/**
 * Authenticated encryption (AES-256-GCM) for secrets stored in the database, such as Slack bot
 * tokens. The key comes from the environment; a tampered or wrongly keyed value fails to open.
 */
export class SecretBox {
  private readonly key: Buffer;

  /**
   * @param key - 32 bytes, as base64 or hex (for example from `openssl rand -base64 32`).
   */
  constructor(key: string) {
    const bytes = /^[0-9a-f]{64}$/i.test(key) ? Buffer.from(key, 'hex') : Buffer.from(key, 'base64');
    if (bytes.length !== 32)
      throw new Error('the encryption key must be 32 bytes, base64 or hex (openssl rand -base64 32)');
    this.key = bytes;
  }

  /** Encrypts text into `v1.<iv>.<tag>.<ciphertext>` (base64url parts). */
  seal(plain: string): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv);
    const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    return [VERSION, iv, cipher.getAuthTag(), body]
      .map((p) => (typeof p === 'string' ? p : p.toString('base64url')))
      .join('.');
  }

  /** Decrypts what {@link seal} produced; throws if the value was altered or the key differs. */
  open(sealed: string): string {
    const [version, iv, tag, body] = sealed.split('.');
    if (version !== VERSION || !iv || !tag || body === undefined) throw new Error('not a sealed value');
    const decipher = createDecipheriv('aes-256-gcm', this.key, Buffer.from(iv, 'base64url'));
    decipher.setAuthTag(Buffer.from(tag, 'base64url'));
    return Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]).toString('utf8');
  }
}
