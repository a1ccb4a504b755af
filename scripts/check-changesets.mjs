#!/usr/bin/env node
// Reads every pending changeset as `changeset version` will (front matter naming packages and bumps),
// so a changeset a formatter has rewritten fails CI, not the release.
import readChangesets from '@changesets/read';

const changesets = await readChangesets(process.cwd());
for (const c of changesets) {
  if (c.releases.length === 0) throw new Error(`.changeset/${c.id}.md names no package`);
}
console.log(`${changesets.length} changesets read: ${changesets.map((c) => c.id).join(', ')}`);
