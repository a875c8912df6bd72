import { describe, expect, it } from 'vitest';
import { conditionCss, cssString } from './condition-css';

describe('conditionCss (conditional questions without JavaScript)', () => {
  it('hides a question until one of its values is checked, only where :has() is supported', () => {
    const css = conditionCss([
      { id: 'q1', showIf: null },
      { id: 'q2', showIf: { questionId: 'q1', values: ['yes', 'maybe'] } },
    ]);
    expect(css.startsWith('@supports selector(:has(*)) {')).toBe(true);
    expect(css).toContain(
      '.survey-form:not(:has(input[name="a\\2e q1"][value="yes"]:checked, input[name="a\\2e q1"][value="maybe"]:checked)) [data-question="q2"] { display: none; }',
    );
    expect(conditionCss([{ id: 'q1', showIf: null }])).toBe('');
  });

  it('hides a question whose parent question is itself hidden (one rule per condition up the chain)', () => {
    const css = conditionCss([
      { id: 'a', showIf: null },
      { id: 'b', showIf: { questionId: 'a', values: ['x'] } },
      { id: 'c', showIf: { questionId: 'b', values: ['y'] } },
    ]);
    const rulesForC = css
      .split('\n')
      .filter((line) => line.endsWith('[data-question="c"] { display: none; }'));
    expect(rulesForC).toHaveLength(2);
    expect(rulesForC.join()).toContain('[name="a\\2e b"]');
    expect(rulesForC.join()).toContain('[name="a\\2e a"]');
  });

  it('escapes values so nothing leaves the string or the style element', () => {
    const escaped = cssString('"></style><script>はい');
    expect(escaped).not.toMatch(/[<>]|"[^"]*"[^"]/);
    expect(escaped).toBe('"\\22 \\3e \\3c \\2f style\\3e \\3c script\\3e \\306f \\3044 "');
    // A cycle in conditions (refused by the API) cannot loop here.
    expect(() =>
      conditionCss([
        { id: 'a', showIf: { questionId: 'b', values: ['1'] } },
        { id: 'b', showIf: { questionId: 'a', values: ['1'] } },
      ]),
    ).not.toThrow();
  });
});
