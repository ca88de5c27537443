// Starts the local Neo4j Community 5.26 of tests/neo4j-server/ (building it with Maven the first time) as a child
// process, waits for its "ready" line, and stops it. `npm run neo4j` runs it in the foreground for development.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync, utimesSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const SERVER_DIR = path.join(ROOT, 'tests', 'neo4j-server');
const CLASSPATH_FILE = path.join(SERVER_DIR, 'target', 'classpath.txt');
const JAVA_DIR = path.join(SERVER_DIR, 'src/main/java/kg/neo4jserver');
const sources = () => [path.join(SERVER_DIR, 'pom.xml'), ...readdirSync(JAVA_DIR).map((f) => path.join(JAVA_DIR, f))];
const MAIN_CLASS = 'kg.neo4jserver.DevServer';

/** Whether `java` (17 or newer) and `mvn` can be run; a reason when not. */
export function checkTools() {
  const java = spawnSync('java', ['-version'], { encoding: 'utf8' });
  if (java.error || java.status !== 0) return { ok: false, reason: 'java is not on the PATH (Java 17+ is needed)' };
  const version = /version "(\d+)/.exec(`${java.stderr}${java.stdout}`);
  if (!version || Number(version[1]) < 17) {
    return { ok: false, reason: `java is version ${version ? version[1] : 'unknown'}; Java 17+ is needed` };
  }
  const mvn = spawnSync('mvn', ['-v'], { encoding: 'utf8' });
  if (mvn.error || mvn.status !== 0) return { ok: false, reason: 'mvn (Maven) is not on the PATH' };
  return { ok: true, reason: '' };
}

/** Builds the server project when target/classpath.txt is missing or older than its sources. */
export function buildServer() {
  const built = existsSync(CLASSPATH_FILE) ? statSync(CLASSPATH_FILE).mtimeMs : 0;
  if (built && sources().every((f) => statSync(f).mtimeMs <= built)) return;
  const args = ['-B', '-q', 'package'];
  const r = spawnSync('mvn', args, { cwd: SERVER_DIR, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  if (r.error || r.status !== 0) {
    const output = `${r.stdout ?? ''}${r.stderr ?? ''}`.trim().slice(-4000);
    throw new Error(
      `neo4j-server: "mvn ${args.join(' ')}" failed in ${SERVER_DIR}. Expecting Maven to reach Maven Central.\n${output}`,
    );
  }
  // Maven leaves an unchanged classpath file untouched: mark this build as the newest.
  const now = new Date();
  utimesSync(CLASSPATH_FILE, now, now);
}

/** The Neo4j version the server project builds against (from its pom.xml). */
export function neo4jVersion() {
  const pom = readFileSync(path.join(SERVER_DIR, 'pom.xml'), 'utf8');
  return /<neo4j\.version>([^<]+)</.exec(pom)?.[1] ?? 'unknown';
}

/** A TCP port nobody listens on right now. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

/**
 * Starts the server and resolves once Bolt accepts connections.
 * `quickStart` trades peak speed for a JVM that is fast from its first queries (C1 compiler only): right for a
 * test run, which lasts a few minutes; leave it off for benchmarks and long development sessions.
 * `tls` is a folder for a self-signed certificate (localhost, 127.0.0.1): Bolt then requires TLS, and the
 * certificate to trust is `tls/public.crt`.
 * `fixedHeap` starts the JVM with its whole heap (-Xms as -Xmx, as Neo4j's own memory recommendation does):
 * right for benchmarks, where a heap that grows from the JVM default (1/64 of the RAM) collects garbage more often.
 * @param {{ port?: number, host?: string, password?: string | null, heap?: string, timeoutMs?: number,
 *   quickStart?: boolean, fixedHeap?: boolean, tls?: string, log?: (line: string) => void }} options
 */
export async function startNeo4jServer(options = {}) {
  const host = options.host ?? '127.0.0.1';
  const port = options.port ?? 7687;
  const timeoutMs = options.timeoutMs ?? 180_000;
  const log = options.log ?? (() => {});
  buildServer();
  const classpath = [path.join(SERVER_DIR, 'target', 'classes'), readFileSync(CLASSPATH_FILE, 'utf8').trim()].join(
    path.delimiter,
  );
  const env = { ...process.env, KG_NEO4J_SERVER_PASSWORD: options.password ?? '' };
  const heap = options.heap ?? process.env.KG_NEO4J_HEAP ?? '1g';
  const child = spawn(
    'java',
    [
      `-Xmx${heap}`,
      ...(options.fixedHeap ? [`-Xms${heap}`] : []),
      ...(options.quickStart ? ['-XX:TieredStopAtLevel=1'] : []),
      '-cp',
      classpath,
      MAIN_CLASS,
      '--host',
      host,
      '--port',
      String(port),
      ...(options.tls ? ['--tls', path.resolve(options.tls)] : []),
      '--stop-on-eof',
    ],
    { cwd: SERVER_DIR, env, stdio: ['pipe', 'pipe', 'pipe'] },
  );
  const uri = `bolt://${host}:${port}`;
  let stderrTail = '';
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (chunk) => {
    stderrTail = (stderrTail + chunk).slice(-4000);
    for (const line of chunk.split('\n')) if (line.trim()) log(line);
  });
  const exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));

  const ready = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      reject(new Error(`neo4j-server: not ready on ${uri} after ${timeoutMs / 1000} s. Expecting a "ready" line.`));
    }, timeoutMs);
    let buffered = '';
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk) => {
      buffered += chunk;
      let nl;
      while ((nl = buffered.indexOf('\n')) >= 0) {
        const line = buffered.slice(0, nl);
        buffered = buffered.slice(nl + 1);
        log(line);
        if (line.startsWith('neo4j-server: ready')) {
          clearTimeout(timer);
          resolve(line);
        }
      }
    });
    exited.then(({ code, signal }) => {
      clearTimeout(timer);
      reject(
        new Error(
          `neo4j-server: exited (${signal ?? `code ${code}`}) before it was ready on ${uri}.` +
            ` Expecting a free port and Java 17+.\n${stderrTail.trim()}`,
        ),
      );
    });
  }).catch(async (e) => {
    child.kill('SIGTERM');
    await exited;
    throw e;
  });

  let stopping;
  return {
    uri,
    host,
    port,
    ready,
    certificate: options.tls ? path.join(path.resolve(options.tls), 'public.crt') : null,
    pid: child.pid,
    /** Stops the server (SIGTERM, then SIGKILL after 30 s) and resolves when it has exited. */
    stop() {
      stopping ??= (async () => {
        if (child.exitCode !== null || child.signalCode !== null) return;
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
        await exited;
        clearTimeout(timer);
      })();
      return stopping;
    },
  };
}

function parseArgs(argv) {
  const out = {
    port: Number(process.env.KG_NEO4J_PORT || 7687),
    host: '127.0.0.1',
    password: null,
    tls: undefined,
    buildOnly: false,
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = argv[i + 1];
    if (a === '--port') out.port = Number(value);
    else if (a === '--host') out.host = value;
    else if (a === '--password') out.password = value;
    else if (a === '--tls') out.tls = value;
    else if (a === '--build') {
      out.buildOnly = true;
      continue;
    } else if (a === '--help') {
      console.log('Usage: npm run neo4j [-- --port 7687] [--host 127.0.0.1] [--password SECRET] [--tls DIR] [--build]');
      console.log('  --tls DIR  require TLS with a self-signed certificate written to DIR/public.crt');
      console.log('  --build  only build tests/neo4j-server (Maven) and exit');
      process.exit(0);
    } else {
      console.error(`neo4j-server: unknown argument "${a}". Expecting --port, --host, --password, --tls or --build.`);
      process.exit(2);
    }
    i++;
  }
  if (!Number.isInteger(out.port) || out.port < 1 || out.port > 65535) {
    console.error(`neo4j-server: --port "${out.port}" is not a port. Expecting a number from 1 to 65535.`);
    process.exit(2);
  }
  return out;
}

async function foreground() {
  const args = parseArgs(process.argv.slice(2));
  const tools = checkTools();
  if (!tools.ok) {
    console.error(
      `neo4j-server: ${tools.reason}. Expecting Java 17+ and Maven (apt-get install openjdk-17-jdk-headless maven).`,
    );
    process.exit(1);
  }
  if (args.buildOnly) {
    buildServer();
    console.log(`neo4j-server: built ${SERVER_DIR} (Neo4j ${neo4jVersion()})`);
    return;
  }
  console.log('neo4j-server: building tests/neo4j-server (first time only) and starting Neo4j...');
  const server = await startNeo4jServer({ ...args, log: (line) => console.log(line) });
  const uri = server.certificate ? `neo4j+s://localhost:${server.port}` : server.uri;
  if (server.certificate) console.log(`neo4j-server: trust it with  export NODE_EXTRA_CA_CERTS=${server.certificate}`);
  console.log(
    `neo4j-server: use it with  export NEO4J_URI=${uri}` +
      (args.password ? ` NEO4J_USERNAME=neo4j NEO4J_PASSWORD=...` : '') +
      '   (Ctrl-C stops it and deletes its data)',
  );
  const stop = () => server.stop().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  foreground().catch((e) => {
    console.error(e instanceof Error ? e.message : String(e));
    process.exit(1);
  });
}
