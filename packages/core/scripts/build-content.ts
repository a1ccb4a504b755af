/**
 * Compiles content/*.yaml into src/generated/dataset.json, so the published package needs no YAML
 * parser at run time. A broken content file fails here with its file, line, field path and reason.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compileContent } from '../src/content/compile';
import { ContentError } from '../src/content/content-error';
import { pack } from '../src/data/pack';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
try {
  const dataset = compileContent(join(root, 'content'));
  const out = join(root, 'src', 'generated', 'dataset.json');
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, `${JSON.stringify(pack(dataset))}\n`);
  const counts = Object.entries(dataset)
    .filter(([, v]) => Array.isArray(v))
    .map(([k, v]) => `${k} ${(v as unknown[]).length}`)
    .join(', ');
  console.log(`content: compiled ${counts} (hash ${dataset.meta.contentHash})`);
} catch (error) {
  if (error instanceof ContentError) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}
