// Types of scripts/neo4j-server.mjs, for the TypeScript test setup that starts the local Neo4j.

export const SERVER_DIR: string;

export function checkTools(): { ok: boolean; reason: string };

export function buildServer(): void;

export function freePort(): Promise<number>;

export interface StartedNeo4jServer {
  uri: string;
  host: string;
  port: number;
  /** The server's "ready" line. */
  ready: string;
  /** With `tls`: the self-signed certificate (PEM) to trust. */
  certificate: string | null;
  pid: number | undefined;
  stop(): Promise<void>;
}

export function startNeo4jServer(options?: {
  port?: number;
  host?: string;
  password?: string | null;
  heap?: string;
  timeoutMs?: number;
  /** C1 compiler only: fast from the first query, slower at peak (for test runs). */
  quickStart?: boolean;
  /** -Xms as -Xmx: the whole heap from the start (for benchmarks). */
  fixedHeap?: boolean;
  /** A folder for a self-signed certificate (localhost, 127.0.0.1): Bolt then requires TLS. */
  tls?: string;
  log?: (line: string) => void;
}): Promise<StartedNeo4jServer>;
