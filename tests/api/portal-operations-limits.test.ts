import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  buildASTSchema,
  concatAST,
  parse,
  print,
  specifiedRules,
  validate,
  visit,
  type DefinitionNode,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import { loadTypeDefs } from '../../api/src/schema.js';
import { OPERATION_LIMITS, operationLimitRules } from '../../api/src/security/limits.js';

// Checks every portal operation the way the API would receive it: the operation plus the
// fragments it spreads, parsed with the API's token limit and validated with the API's rules.
// No database is needed, so an operation over a limit fails here rather than as a 500 page.

const OPERATIONS_DIR = fileURLToPath(new URL('../../web/app/graphql/', import.meta.url));

const schema = buildASTSchema(concatAST(loadTypeDefs().map((sdl) => parse(sdl))));

const definitions: { file: string; node: DefinitionNode }[] = readdirSync(OPERATIONS_DIR)
  .filter((f) => f.endsWith('.graphql'))
  .sort()
  .flatMap((file) =>
    parse(readFileSync(`${OPERATIONS_DIR}/${file}`, 'utf8')).definitions.map((node) => ({ file, node })),
  );

// Fragments are shared across files, as codegen treats web/app/graphql/ as one document set.
const fragments = new Map<string, FragmentDefinitionNode>();
for (const { node } of definitions) {
  if (node.kind === 'FragmentDefinition') fragments.set(node.name.value, node);
}

const operations = definitions.flatMap(({ file, node }) =>
  node.kind === 'OperationDefinition' ? [{ file, name: node.name?.value ?? '(anonymous)', node }] : [],
);

/** The operation's source as the portal sends it: the operation and every fragment it reaches. */
function requestDocument(operation: OperationDefinitionNode): string {
  const used = new Set<string>();
  const pending: DefinitionNode[] = [operation];
  while (pending.length > 0) {
    visit(pending.pop()!, {
      FragmentSpread(spread) {
        const name = spread.name.value;
        if (used.has(name) || !fragments.has(name)) return;
        used.add(name);
        pending.push(fragments.get(name)!);
      },
    });
  }
  return [operation, ...[...used].map((name) => fragments.get(name)!)].map((d) => print(d)).join('\n\n');
}

/** Error messages for one operation: empty when the API would accept it. */
function limitViolations(source: string): string[] {
  let document;
  try {
    document = parse(source, { maxTokens: OPERATION_LIMITS.maxTokens });
  } catch (error) {
    return [`tokens (max ${OPERATION_LIMITS.maxTokens}): ${(error as Error).message}`];
  }
  return validate(schema, document, [...specifiedRules, ...operationLimitRules()]).map((e) => e.message);
}

describe('every portal operation stays within the API operation limits', () => {
  it('finds the portal operations', () => {
    expect(operations.length).toBeGreaterThan(10);
  });

  it.each(operations.map((op) => [`${op.name} (${op.file})`, op] as const))('%s', (_label, op) => {
    const violations = limitViolations(requestDocument(op.node));
    expect(violations, `${op.name} in web/app/graphql/${op.file}:\n  ${violations.join('\n  ')}`).toEqual([]);
  });
});

describe('the check reports each limit', () => {
  it('depth', () => {
    const depth = OPERATION_LIMITS.maxDepth;
    const nested = `{ prefectures ${'{ borders '.repeat(depth)}{ code }${' }'.repeat(depth)} }`;
    expect(limitViolations(nested).join('\n')).toMatch(`depth limit of ${depth} exceeded`);
  });

  it('cost', () => {
    const list = (field: string) => `${field}(first: 100) { edges { node { id from { id displayName } } } }`;
    const wide = `{ ${list('handoffs')} ${list('peerRequests')} }`;
    expect(limitViolations(wide).join('\n')).toMatch(`Cost limit of ${OPERATION_LIMITS.maxCost} exceeded`);
  });

  it('aliases', () => {
    const aliases = Array.from(
      { length: OPERATION_LIMITS.maxAliases + 1 },
      (_, i) => `a${i}: languages { code }`,
    );
    expect(limitViolations(`{ ${aliases.join(' ')} }`).join('\n')).toMatch(/alias/i);
  });

  it('tokens', () => {
    expect(limitViolations(`{ ${'__typename '.repeat(OPERATION_LIMITS.maxTokens)} }`)[0]).toMatch(/^tokens/);
  });
});
