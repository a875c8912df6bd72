/** Where `npm test` put the running stack; a clear failure when the tests run without it. */
export function testNeo4jUri(): string {
  const uri = process.env.NEO4J_URI;
  if (!uri) {
    throw new Error(
      'NEO4J_URI is not set: run the tests with `npm test`, which starts a real Neo4j for them.',
    );
  }
  return uri;
}

export function portalUrl(): string {
  return process.env.PORTAL_URL ?? 'http://127.0.0.1:3000';
}
