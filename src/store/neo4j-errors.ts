// Maps neo4j-driver errors to kg's error classes, with one line that names the server (never the password) and
// says what to check: refused credentials, an unreachable server, a missing database, a query the server refused.
import { KgError, QueryError, StoreAuthError, StoreUnavailableError, errorMessage } from '../errors.js';

export interface Neo4jTarget {
  /** The URI as shown to people: without any user or password part. */
  uri: string;
  database: string | null;
  username: string | null;
  /** Only used to scrub it from messages; never shown. */
  password: string | null;
}

/** The URI without a `user:password@` part. */
export function displayUri(uri: string): string {
  return uri.replace(/^([a-z0-9+.-]+:\/\/)[^@/]*@/i, '$1');
}

function codeOf(e: unknown): string {
  const code = (e as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : '';
}

/** The server's own text, on one line, without the password should it ever appear. */
function serverText(e: unknown, target: Neo4jTarget): string {
  let text = errorMessage(e).replace(/\s+/g, ' ').trim();
  if (target.password) text = text.split(target.password).join('***');
  return text.replace(/\.$/, '');
}

const AUTH_CODES = new Set([
  'Neo.ClientError.Security.Unauthorized',
  'Neo.ClientError.Security.AuthenticationRateLimit',
  'Neo.ClientError.Security.CredentialsExpired',
  'Neo.ClientError.Security.TokenExpired',
]);

const UNAVAILABLE_CODES = new Set([
  'ServiceUnavailable',
  'SessionExpired',
  'Neo.TransientError.General.DatabaseUnavailable',
  'Neo.ClientError.Database.DatabaseNotFound',
]);

/** Whether the error means the server, the database or the credentials are the problem, not the query. */
export function isConnectionError(e: unknown): boolean {
  const code = codeOf(e);
  return AUTH_CODES.has(code) || UNAVAILABLE_CODES.has(code);
}

/** A kg error for a driver error; `where` names the operation (`neo4j store`, `query`, `writeFragments` ...). */
export function mapNeo4jError(e: unknown, target: Neo4jTarget, where = 'neo4j store'): KgError {
  if (e instanceof KgError) return e;
  const code = codeOf(e);
  const db = target.database ?? 'the default database';
  const dbName = target.database ? `database "${target.database}"` : db;
  const text = serverText(e, target);
  if (code === 'Neo.ClientError.Security.AuthenticationRateLimit') {
    return new StoreAuthError(
      `${where}: ${target.uri} refused too many failed logins for a while (${text}). ` +
        'Expecting NEO4J_USERNAME and NEO4J_PASSWORD to be right; wait a few seconds before trying again.',
      { cause: e },
    );
  }
  if (code === 'Neo.ClientError.Security.CredentialsExpired') {
    return new StoreAuthError(
      `${where}: ${target.uri} requires a new password for user "${target.username ?? 'neo4j'}". ` +
        'Expecting a password set once with neo4j-admin or cypher-shell, then given in NEO4J_PASSWORD.',
      { cause: e },
    );
  }
  if (AUTH_CODES.has(code)) {
    const who = target.username
      ? `the password of user "${target.username}"`
      : 'a login without credentials (NEO4J_USERNAME and NEO4J_PASSWORD are not set)';
    return new StoreAuthError(
      `${where}: ${target.uri} refused ${who}. Expecting NEO4J_USERNAME and NEO4J_PASSWORD of a user of that server.`,
      { cause: e },
    );
  }
  if (code === 'Neo.ClientError.Database.DatabaseNotFound') {
    return new StoreUnavailableError(
      `${where}: ${target.uri} has no ${dbName}. ` +
        'Expecting NEO4J_DATABASE to name an existing database (Neo4j Community has only "neo4j"), or unset.',
      { cause: e },
    );
  }
  if (code === 'Neo.TransientError.General.DatabaseUnavailable') {
    return new StoreUnavailableError(
      `${where}: ${dbName} on ${target.uri} is not available (${text}). Expecting it to be started and online.`,
      { cause: e },
    );
  }
  if (UNAVAILABLE_CODES.has(code) || isNetworkError(e)) {
    const chain = causeChain(e);
    if (/certificate is not trusted|self[- ]signed|unable to verify|CERT_/i.test(chain)) {
      return new StoreUnavailableError(
        `${where}: ${target.uri} presented a certificate this machine does not trust (${certReason(chain)}). ` +
          'Expecting a certificate signed by a known authority; for your own authority set NODE_EXTRA_CA_CERTS to ' +
          'its certificate file, or use neo4j+ssc:// to accept a self-signed certificate.',
        { cause: e },
      );
    }
    const check = /^(neo4j|bolt)\+s/i.test(target.uri)
      ? 'check NEO4J_URI, that the server is running and that its certificate is trusted'
      : 'check NEO4J_URI and that the server is running (use neo4j+s:// if it requires encryption)';
    return new StoreUnavailableError(
      `${where}: cannot reach Neo4j at ${target.uri} (${shortReason(chain)}). Expecting a Neo4j server there: ${check}.`,
      { cause: e },
    );
  }
  return new QueryError(`${where}: ${target.uri} refused the query (${code || 'error'}: ${text}).`, { cause: e });
}

/** The messages of an error and its causes, on one line: the driver puts the real reason in a cause. */
function causeChain(e: unknown): string {
  const parts: string[] = [];
  for (let c: unknown = e, depth = 0; c && depth < 5; c = (c as { cause?: unknown }).cause, depth++) {
    parts.push(errorMessage(c));
  }
  return parts.join(' / ').replace(/\s+/g, ' ');
}

function certReason(text: string): string {
  const code = /responded with: ([A-Z_]+)/.exec(text)?.[1] ?? /\b([A-Z_]+_CERT[A-Z_]*)\b/.exec(text)?.[1];
  return code ? code.toLowerCase().replaceAll('_', ' ') : 'not trusted';
}

function isNetworkError(e: unknown): boolean {
  const code = codeOf(e);
  return ['ECONNREFUSED', 'ECONNRESET', 'ENOTFOUND', 'ETIMEDOUT', 'EHOSTUNREACH', 'EAI_AGAIN'].includes(code);
}

/** The driver's long "could not perform discovery ... routing table ..." texts, cut to their first clause. */
function shortReason(text: string): string {
  if (/ECONNREFUSED|connection refused/i.test(text)) return 'connection refused';
  if (/closed by server/i.test(text)) return 'the server closed the connection';
  if (/No routing servers available|Could not perform discovery/i.test(text)) return 'no server answered';
  if (/timed? ?out/i.test(text)) return 'timed out';
  if (/ENOTFOUND|getaddrinfo/i.test(text)) return 'unknown host';
  const cut = text.split(/[.;]\s/)[0];
  return cut.length > 160 ? `${cut.slice(0, 157)}...` : cut;
}
