import { existsSync, readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { etagOf, sendBody } from './respond';

/** The static files of the page, by name, with their content types. */
const ASSETS = { 'ask.js': 'text/javascript; charset=utf-8', 'site.css': 'text/css; charset=utf-8' } as const;
type AssetName = keyof typeof ASSETS;

// The files live in the package's web-assets/ folder; this module runs from src/web (tests) or dist (built).
function assetDir(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 4; i++) {
    const candidate = join(dir, 'web-assets');
    if (existsSync(candidate)) return candidate;
    dir = dirname(dir);
  }
  throw new Error('web-assets/ not found beside the server package');
}

let loaded: Map<string, { body: Buffer; type: string; version: string }> | undefined;
function assets() {
  if (!loaded) {
    const dir = assetDir();
    loaded = new Map(
      Object.entries(ASSETS).map(([name, type]) => {
        const body = readFileSync(join(dir, name));
        return [name, { body, type, version: etagOf(body).slice(1, 9) }];
      }),
    );
  }
  return loaded;
}

/** The URL of an asset, versioned by its content so browsers may keep it for a year. */
export function assetPath(name: AssetName): string {
  return `/assets/${name}?v=${assets().get(name)?.version}`;
}

/** Serves `/assets/<name>`; false when there is no such asset. */
export function serveAsset(req: IncomingMessage, res: ServerResponse, url: URL): boolean {
  const asset = assets().get(url.pathname.slice('/assets/'.length));
  if (!asset) return false;
  const current = url.searchParams.get('v') === asset.version;
  sendBody(req, res, asset.body, {
    contentType: asset.type,
    cacheControl: current ? 'public, max-age=31536000, immutable' : 'public, max-age=300',
  });
  return true;
}
