import { answerFetcher, dedupeSubgraphQueries, type SubgraphAnswer, type SubgraphCall } from '../../gateway/src/server';

/** A subgraph stand-in that answers when told to, counting the calls it received. */
function pendingSubgraph() {
  const calls: string[] = [];
  const waiting: Array<(a: SubgraphAnswer) => void> = [];
  const call: SubgraphCall = (_input, init) => {
    calls.push(String(init?.body));
    return new Promise((resolve) => waiting.push(resolve));
  };
  const answerAll = (body: string) => {
    for (const resolve of waiting.splice(0))
      resolve({ status: 200, statusText: 'OK', headers: new Headers({ 'content-type': 'application/json' }), body });
  };
  return { call, calls, answerAll };
}

const query = (q: string) => ({ method: 'POST', body: JSON.stringify({ query: q }), headers: { authorization: 'Bearer t' } });

describe('subgraph calls', () => {
  test('the same query in flight is sent once; each caller gets its own parsed answer', async () => {
    const subgraph = pendingSubgraph();
    const fetcher = answerFetcher(dedupeSubgraphQueries(subgraph.call));
    const both = Promise.all([fetcher('http://s/graphql', query('{ a }')), fetcher('http://s/graphql', query('{ a }'))]);
    await Promise.resolve();
    subgraph.answerAll('{"data":{"a":[1,2]}}');
    const [r1, r2] = await both;
    expect(subgraph.calls).toHaveLength(1);
    const [j1, j2] = (await Promise.all([r1.json(), r2.json()])) as Array<{ data: { a: number[] } }>;
    expect(j1).toEqual({ data: { a: [1, 2] } });
    // Apollo merges into the parsed answer: two callers must never share one object.
    expect(j1).not.toBe(j2);
    expect(r1.ok).toBe(true);
    expect(r1.headers.get('content-type')).toBe('application/json');
    expect(await r2.text()).toBe('{"data":{"a":[1,2]}}');
  });

  test('a mutation is never shared, and a query after it is sent again', async () => {
    const subgraph = pendingSubgraph();
    const fetcher = answerFetcher(dedupeSubgraphQueries(subgraph.call));
    const first = fetcher('http://s/graphql', query('{ a }'));
    const m1 = fetcher('http://s/graphql', query('mutation { b }'));
    const m2 = fetcher('http://s/graphql', query('mutation { b }'));
    const second = fetcher('http://s/graphql', query('{ a }'));
    await Promise.resolve();
    subgraph.answerAll('{"data":{}}');
    await Promise.all([first, m1, m2, second]);
    expect(subgraph.calls).toHaveLength(4);
  });

  test('an answer with an error status is passed on as not ok, with its status', async () => {
    const call: SubgraphCall = () =>
      Promise.resolve({ status: 503, statusText: 'Service Unavailable', headers: new Headers(), body: 'down' });
    const r = await answerFetcher(call)('http://s/graphql', query('{ a }'));
    expect([r.ok, r.status, r.statusText, await r.text()]).toEqual([false, 503, 'Service Unavailable', 'down']);
  });
});
