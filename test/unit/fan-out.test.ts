import { buildSchema, parse } from 'graphql';
import { countRepresentations, listCostCheck, newFanOutCounter } from '../../gateway/src/fan-out';

const reps = (n: number, type = 'HeadlineMeasure') => Array.from({ length: n }, (_, i) => ({ __typename: type, id: `m${i}` }));

describe('the entity representation cap (countRepresentations)', () => {
  test("counts Apollo's $representations", () => {
    const counter = newFanOutCounter();
    countRepresentations(counter, { representations: reps(3) }, 10);
    expect(counter).toEqual({ representations: 3, exceeded: false });
  });

  test("counts every list of a call Hive batched from several entity fetches, and not a client's own list", () => {
    const counter = newFanOutCounter();
    countRepresentations(
      counter,
      { _v0_representations: reps(4), _v1_representations: reps(2, 'Plan'), areas: ['kent'], ids: [{ id: 1 }] },
      10,
    );
    expect(counter).toEqual({ representations: 6, exceeded: false });
  });

  test('past the cap the fetch fails and the operation is marked', () => {
    const counter = newFanOutCounter();
    countRepresentations(counter, { representations: reps(6) }, 10);
    expect(() => countRepresentations(counter, { representations: reps(5) }, 10)).toThrow(/^Entity limit of 10 exceeded/);
    expect(counter.exceeded).toBe(true);
    // Every further fetch of that operation is refused too, even one without representations past the cap.
    expect(() => countRepresentations(counter, { representations: reps(1) }, 10)).toThrow(/Entity limit/);
  });
});

describe('the list-cost estimate (listCostCheck)', () => {
  const schema = buildSchema(`
    type Figure { value: Float }
    type Measure { name: String, figures(first: Int): [Figure!]! }
    type Query { measures(first: Int): [Measure!]! }
  `);
  const document = parse(`query Q($m: Int, $f: Int) { measures(first: $m) { name figures(first: $f) { value } } }`);
  const limits = { maxListCost: 1_000, listSize: 10, maxRepresentations: 150 };
  // measures(first: m) { name figures(first: f) { value } } costs m * (1 + 1 + 2f)
  const cheap = { m: 5, f: 10 }; // 110
  const costly = { m: 50, f: 100 }; // 10,100

  test("refuses an operation over the limit by its variables' values, and lets a smaller one through", () => {
    const check = listCostCheck(limits);
    expect(() => check(schema, document, 'Q', cheap)).not.toThrow();
    expect(() => check(schema, document, 'Q', costly)).toThrow(/^Query list cost limit of 1000 exceeded, found 10100/);
  });

  test('a remembered cost gives the same answer every time, whatever came before it', () => {
    const check = listCostCheck(limits);
    for (let i = 0; i < 3; i++) {
      expect(() => check(schema, document, 'Q', costly)).toThrow(/found 10100/);
      expect(() => check(schema, document, 'Q', cheap)).not.toThrow();
    }
  });

  test('variables too deeply nested to serialise are estimated without the table, and left to validation', () => {
    const check = listCostCheck(limits);
    const deep = JSON.parse(`{"m":${'['.repeat(50_000)}${']'.repeat(50_000)}}`) as Record<string, unknown>;
    expect(() => JSON.stringify(deep)).toThrow(RangeError);
    expect(() => check(schema, document, 'Q', deep)).not.toThrow();
    expect(() => check(schema, document, 'Q', costly)).toThrow(/found 10100/);
  });

  test('the costs remembered for one document are bounded, and still right after the table is emptied', () => {
    const check = listCostCheck(limits);
    for (let page = 0; page < 600; page++) check(schema, document, 'Q', { ...cheap, page });
    expect(() => check(schema, document, 'Q', costly)).toThrow(/found 10100/);
    expect(() => check(schema, document, 'Q', cheap)).not.toThrow();
  });
});
