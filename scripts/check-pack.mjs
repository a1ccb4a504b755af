// `npm run pack:check`: what `npm publish` would upload for each published package, checked before
// anyone publishes: the built code, types, README and licence, and nothing else (no tests, fixtures,
// sources, maps or secrets).
import { execFileSync } from 'node:child_process';

const PUBLISHED = ['@impress-norway/core', '@impress-norway/rss'];
const FORBIDDEN = [
  /\.test\./,
  /__fixtures__/,
  /(^|\/)src\//,
  /\.map$/,
  /(^|\/)\.env/,
  /\.pem$|\.key$/,
  /(^|\/)content\//,
];
const REQUIRED = ['package.json', 'README.md', 'LICENSE', 'dist/index.js', 'dist/index.d.ts'];

let failed = false;
for (const name of PUBLISHED) {
  const out = execFileSync('npm', ['pack', '--dry-run', '--json', '--workspace', name], { encoding: 'utf8' });
  const [pack] = JSON.parse(out);
  const files = pack.files.map((f) => f.path);
  const bad = files.filter((f) => FORBIDDEN.some((re) => re.test(f)));
  const missing = REQUIRED.filter((f) => !files.includes(f));
  const kb = (pack.size / 1024).toFixed(1);
  console.log(`${name}: ${files.length} files, ${kb} kB packed`);
  for (const f of bad) console.error(`  must not be published: ${f}`);
  for (const f of missing) console.error(`  missing from the package: ${f}`);
  if (bad.length || missing.length) failed = true;
}
process.exit(failed ? 1 : 0);
