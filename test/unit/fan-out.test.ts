import { countRepresentations, newFanOutCounter } from '../../gateway/src/fan-out';

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
