import neo4j, { type DateTime, type Integer } from 'neo4j-driver';

/**
 * Converts driver values into plain JSON-friendly values once, at the repository edge:
 * integers are native numbers (the driver runs with disableLosslessIntegers; see
 * docs/decisions/001-integers-and-temporals.md), temporals become ISO-8601 strings,
 * nodes and relationships their properties.
 */
export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  // Strings, numbers and booleans are most values: skip the driver's type checks for them.
  if (typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map(toPlain);
  if (neo4j.isInt(value)) return (value as Integer).toNumber();
  if (
    neo4j.isDateTime(value) ||
    neo4j.isDate(value) ||
    neo4j.isLocalDateTime(value) ||
    neo4j.isTime(value) ||
    neo4j.isLocalTime(value) ||
    neo4j.isDuration(value)
  ) {
    return isoString(value as { toString(): string });
  }
  if (neo4j.isNode(value) || neo4j.isRelationship(value)) {
    return toPlain((value as { properties: unknown }).properties);
  }
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value as Record<string, unknown>)) out[k] = toPlain(v);
  return out;
}

function isoString(value: { toString(): string }): string {
  if (neo4j.isDateTime(value)) {
    const dt = value as DateTime;
    return new Date(dt.toString().replace(/\[.*\]$/, '')).toISOString();
  }
  return value.toString();
}
