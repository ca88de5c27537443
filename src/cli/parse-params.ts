// `--param key=value` options of `kg query`: numbers become numbers, true and false booleans, the rest strings.
import { ConfigError } from '../errors.js';

const NUMBER = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?$/;

export function parseParamValue(raw: string): string | number | boolean {
  if (raw === 'true') return true;
  if (raw === 'false') return false;
  if (NUMBER.test(raw)) {
    const n = Number(raw);
    if (Number.isFinite(n) && (!Number.isInteger(n) || Number.isSafeInteger(n))) return n;
  }
  return raw;
}

export function parseParams(pairs: string[]): Record<string, string | number | boolean> {
  const out: Record<string, string | number | boolean> = {};
  for (const pair of pairs) {
    const at = pair.indexOf('=');
    const key = at > 0 ? pair.slice(0, at) : '';
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(key)) {
      throw new ConfigError(
        `--param: "${pair}" is not key=value with a parameter name. Expecting e.g. --param name=Kerrigan.`,
      );
    }
    out[key] = parseParamValue(pair.slice(at + 1));
  }
  return out;
}

/** Commander collector for a repeatable option. */
export const collectValues = (value: string, previous: string[] = []): string[] => [...previous, value];
