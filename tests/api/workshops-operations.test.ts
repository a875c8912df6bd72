import { readFileSync } from 'node:fs';
import { buildASTSchema, concatAST, parse, validate, type DocumentNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { loadTypeDefs } from '../../api/src/schema.js';
import { OPERATION_LIMITS, operationLimitRules } from '../../api/src/security/limits.js';

// The portal's workshop and knowledge operations must pass the API's operation limits (depth, cost,
// tokens): the API rejects a whole document when one branch is too deep, even under @include(if: false).
const DOCUMENTS = ['web/app/graphql/workshops.graphql', 'web/app/graphql/knowledge.graphql'];

describe('workshop and knowledge operations of the portal', () => {
  const schema = buildASTSchema(concatAST(loadTypeDefs().map((sdl) => parse(sdl))));

  it.each(DOCUMENTS)('%s stays within the API limits', (file) => {
    const source = readFileSync(file, 'utf8');
    const document: DocumentNode = parse(source, { maxTokens: OPERATION_LIMITS.maxTokens });
    const fragments = document.definitions.filter((d) => d.kind === 'FragmentDefinition');
    for (const operation of document.definitions.filter((d) => d.kind === 'OperationDefinition')) {
      const single: DocumentNode = { kind: document.kind, definitions: [operation, ...fragments] };
      const used = validate(schema, single, operationLimitRules()).filter(
        (e) => !/Fragment ".*" is never used/.test(e.message),
      );
      expect(
        used.map((e) => e.message),
        operation.name?.value,
      ).toEqual([]);
    }
  });
});
