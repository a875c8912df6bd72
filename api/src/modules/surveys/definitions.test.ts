import { describe, expect, it } from 'vitest';
import type { Graph } from '../../db/graph.js';
import { SurveyDefinitionCache } from './definitions.js';
import { parseQuestions } from './questions.js';

// The cache's bookkeeping, with a stand-in for the one read it makes. Whether a stale definition is
// caught is tested against the real Neo4j (tests/api/surveys.test.ts, "submits against a changed survey").
const QUESTIONS = JSON.stringify(
  parseQuestions([{ id: 'q1', type: 'SHORT_TEXT', label: '【架空】設問', required: true }]),
);

function graphWithSurveys(ids: string[]): { graph: Graph; reads: string[] } {
  const reads: string[] = [];
  const graph = {
    readOne: async (_cypher: string, params: { id: string }) => {
      reads.push(params.id);
      if (!ids.includes(params.id)) return null;
      return {
        s: {
          id: params.id,
          version: 1,
          revision: `rev-${reads.length}`,
          anonymous: false,
          allowEdit: false,
          questionsJson: QUESTIONS,
        },
      };
    },
  } as unknown as Graph;
  return { graph, reads };
}

describe('SurveyDefinitionCache', () => {
  it('reads a survey once, and again only when asked to load it afresh', async () => {
    const { graph, reads } = graphWithSurveys(['a']);
    const cache = new SurveyDefinitionCache();
    const first = await cache.get(graph, 'a');
    expect(first?.questions.map((q) => q.id)).toEqual(['q1']);
    expect(await cache.get(graph, 'a')).toBe(first);
    const fresh = await cache.load(graph, 'a');
    expect(fresh?.revision).not.toBe(first?.revision);
    expect(await cache.get(graph, 'a')).toBe(fresh);
    expect(reads).toEqual(['a', 'a']);
  });

  it('drops the least recently used survey beyond its capacity', async () => {
    const { graph, reads } = graphWithSurveys(['a', 'b', 'c']);
    const cache = new SurveyDefinitionCache(2);
    await cache.get(graph, 'a');
    await cache.get(graph, 'b');
    await cache.get(graph, 'a'); // a is now the most recent
    await cache.get(graph, 'c'); // b goes
    await cache.get(graph, 'a');
    await cache.get(graph, 'b');
    expect(reads).toEqual(['a', 'b', 'c', 'b']);
  });

  it('caches nothing for a survey that does not exist', async () => {
    const { graph, reads } = graphWithSurveys([]);
    const cache = new SurveyDefinitionCache();
    expect(await cache.get(graph, 'x')).toBeNull();
    expect(await cache.get(graph, 'x')).toBeNull();
    expect(reads).toEqual(['x', 'x']);
  });
});
