/**
 * Verified tokens are remembered by their text (the gateway and every subgraph verify the viewer's token on each
 * request): what is remembered must never let through a token that verification itself would refuse.
 */
import { issueDevToken, readAuthConfig, verifyToken } from '@hub/common/platform';

const config = () => readAuthConfig({ GATEWAY_SECRET: process.env.GATEWAY_SECRET, JWT_DEV_SECRET: process.env.JWT_DEV_SECRET });

afterEach(() => jest.useRealTimers());

test('a token verified once is answered again with the same viewer, which cannot be changed', async () => {
  const cfg = config();
  const token = await issueDevToken(cfg, { subject: 'ann', role: 'agency-editor', agency: 'police' });
  const first = await verifyToken(`Bearer ${token}`, cfg);
  const again = await verifyToken(`Bearer ${token}`, cfg);
  expect(again).toBe(first);
  expect(first).toEqual({ subject: 'ann', role: 'agency-editor', agency: 'police' });
  expect(Object.isFrozen(first)).toBe(true);
});

test('a remembered token is refused once it has expired', async () => {
  jest.useFakeTimers({ doNotFake: ['nextTick', 'setImmediate', 'queueMicrotask'], now: new Date('2026-11-30T12:00:00Z') });
  const cfg = config();
  const token = await issueDevToken(cfg, { subject: 'bo', role: 'board' }, '30s');
  await expect(verifyToken(`Bearer ${token}`, cfg)).resolves.toEqual({ subject: 'bo', role: 'board', agency: null });
  jest.setSystemTime(new Date('2026-11-30T12:00:31Z'));
  await expect(verifyToken(`Bearer ${token}`, cfg)).rejects.toThrow(/expired/);
});

test('a token is remembered per configuration: another key does not accept it because this one did', async () => {
  const cfg = config();
  const token = await issueDevToken(cfg, { subject: 'cy', role: 'analyst' });
  await verifyToken(`Bearer ${token}`, cfg);
  const otherKey = readAuthConfig({
    GATEWAY_SECRET: process.env.GATEWAY_SECRET,
    JWT_DEV_SECRET: 'another-key-of-at-least-32-characters!!',
  });
  await expect(verifyToken(`Bearer ${token}`, otherKey)).rejects.toThrow(/signature/);
});

test('a refused token is refused every time (failures are not remembered as successes)', async () => {
  const cfg = config();
  const token = await issueDevToken(cfg, { subject: 'di', role: 'board' });
  const tampered = token.slice(0, -3) + (token.endsWith('AAA') ? 'BBB' : 'AAA');
  for (let i = 0; i < 2; i++) await expect(verifyToken(`Bearer ${tampered}`, cfg)).rejects.toThrow(/signature|verified/);
});
