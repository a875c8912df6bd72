import type { Graph } from '../../db/graph.js';
import { parseStoredQuestions, type QuestionDef } from './questions.js';

/**
 * What a submit validates answers against: a survey's questions and answering rules at one revision.
 * `revision` is `toString(s.updatedAt)` at full precision ('' when unset, as the submit compares it);
 * every change of a survey sets updatedAt, and the submit statement stores nothing unless the survey
 * is still at this revision (responses.ts).
 */
export interface SurveyDefinition {
  id: string;
  revision: string;
  version: number;
  questions: QuestionDef[];
  anonymous: boolean;
  allowEdit: boolean;
}

const READ_DEFINITION = `
  MATCH (s:Survey {id: $id})
  RETURN s { .id, .version, .questionsJson, .anonymous, .allowEdit, revision: coalesce(toString(s.updatedAt), '') } AS s`;

/**
 * Survey definitions per process, so a submit is one statement instead of a read and a write.
 * Holds no viewer data and grants nothing: access, open and close times and the revision are checked
 * by the submit statement itself. Least recently used entries go first.
 */
export class SurveyDefinitionCache {
  private readonly entries = new Map<string, SurveyDefinition>();

  constructor(private readonly capacity = 256) {}

  /** The cached definition, else read through `graph` (null when there is no such survey). */
  async get(graph: Graph, id: string): Promise<SurveyDefinition | null> {
    const hit = this.entries.get(id);
    if (hit) {
      this.entries.delete(id);
      this.entries.set(id, hit);
      return hit;
    }
    return this.load(graph, id);
  }

  /** Reads the definition afresh (after the submit statement found the cached one stale). */
  async load(graph: Graph, id: string): Promise<SurveyDefinition | null> {
    const row = await graph.readOne<{
      s: Omit<SurveyDefinition, 'questions'> & { questionsJson: string };
    }>(READ_DEFINITION, { id });
    if (!row) {
      this.entries.delete(id);
      return null;
    }
    const { questionsJson, ...rest } = row.s;
    const definition: SurveyDefinition = { ...rest, questions: parseStoredQuestions(questionsJson) };
    this.entries.delete(id);
    this.entries.set(id, definition);
    if (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value!);
    return definition;
  }
}
