import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { evaluationTexts, sameText } from '../../eval/corpus.mjs';

const src = join(dirname(fileURLToPath(import.meta.url)), '..');
/** The package's own code and tests; generated files and question fixtures are data, not code. */
const sourceFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? e.name === 'generated' || e.name === '__fixtures__'
        ? []
        : sourceFiles(join(dir, e.name))
      : e.name.endsWith('.ts')
        ? [join(dir, e.name)]
        : [],
  );
const STRING = /'((?:[^'\\\n]|\\.)*)'|"((?:[^"\\\n]|\\.)*)"|`((?:[^`\\]|\\.)*)`/g;
/** Shorter strings ("pertuzumab") are names, not questions. */
const MIN_WORDS = 3;

describe('evaluation questions', () => {
  it('appear nowhere in the code or its tests word for word, so nothing is special-cased for them', () => {
    const evaluation = evaluationTexts();
    const found = sourceFiles(src).flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(STRING)]
        .map((m) => m[1] ?? m[2] ?? m[3] ?? '')
        .filter((s) => sameText(s).split(' ').length >= MIN_WORDS && evaluation.has(sameText(s)))
        .map((s) => `${file.slice(src.length + 1)}: ${s}`),
    );
    expect(found).toEqual([]);
  });
});
