import { Neo4jError, type Driver } from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { Graph, AUTO_COMMIT_ATTEMPTS } from './graph.js';

// The retry policy of auto-commit statements, with a stand-in driver whose sessions fail as told.
// (The reads themselves run against the real Neo4j in every API test.)
function driverFailing(errors: Error[]): {
  driver: Driver;
  runs: () => number;
  closed: () => number;
  modes: string[];
} {
  let runs = 0;
  let closed = 0;
  const modes: string[] = [];
  const driver = {
    session: ({ defaultAccessMode }: { defaultAccessMode: string }) => (
      modes.push(defaultAccessMode),
      {
        run: async () => {
          runs += 1;
          const error = errors.shift();
          if (error) throw error;
          return { records: [{ toObject: () => ({ x: 1 }) }] };
        },
        close: async () => {
          closed += 1;
        },
      }
    ),
  } as unknown as Driver;
  return { driver, runs: () => runs, closed: () => closed, modes };
}

const transient = () =>
  new Neo4jError('leader switch', 'Neo.TransientError.General.DatabaseUnavailable', '50N00', 'transient');
const syntax = () => new Neo4jError('bad', 'Neo.ClientError.Statement.SyntaxError', '42001', 'syntax');

describe('Graph.readRows (auto-commit reads)', () => {
  it('retries a retryable error and counts the statement once', async () => {
    const { driver, runs, closed, modes } = driverFailing([transient(), transient()]);
    const graph = new Graph(driver, undefined);
    await expect(graph.readRows('RETURN 1 AS x')).resolves.toEqual([{ x: 1 }]);
    expect(modes).toEqual(['READ', 'READ', 'READ']);
    expect(runs()).toBe(3);
    expect(closed()).toBe(3);
    expect(graph.counter.count).toBe(1);
  });

  it('passes on an error that is not retryable at once', async () => {
    const { driver, runs } = driverFailing([syntax()]);
    await expect(new Graph(driver, undefined).readOne('RETURN')).rejects.toThrow('bad');
    expect(runs()).toBe(1);
  });

  it(`gives up after ${AUTO_COMMIT_ATTEMPTS} attempts`, async () => {
    const { driver, runs } = driverFailing(Array.from({ length: AUTO_COMMIT_ATTEMPTS + 1 }, transient));
    await expect(new Graph(driver, undefined).readRows('RETURN 1')).rejects.toThrow('leader switch');
    expect(runs()).toBe(AUTO_COMMIT_ATTEMPTS);
  }, 10_000);
});

describe('Graph.writeIdempotent (auto-commit writes safe to repeat)', () => {
  it('runs in write sessions and retries a retryable error as reads do', async () => {
    const { driver, runs, modes } = driverFailing([transient()]);
    const graph = new Graph(driver, undefined);
    await expect(graph.writeIdempotent('CREATE (n) RETURN 1 AS x')).resolves.toEqual([{ x: 1 }]);
    expect(runs()).toBe(2);
    expect(modes).toEqual(['WRITE', 'WRITE']);
    expect(graph.counter.count).toBe(1);
  });

  it('passes on an error that is not retryable at once', async () => {
    const { driver, runs } = driverFailing([syntax()]);
    await expect(new Graph(driver, undefined).writeIdempotent('CREATE')).rejects.toThrow('bad');
    expect(runs()).toBe(1);
  });
});
