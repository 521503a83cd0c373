// Secrets for one test run, made here because the source holds none (npm start makes them in data/secrets.json).
// Set once per jest worker before any test file loads; child processes (the test hubs) inherit them.
// From globals (Web Crypto, Node 20+) rather than require(): this setup file is plain CommonJS.
const randomSecret = () => globalThis.Buffer.from(globalThis.crypto.getRandomValues(new Uint8Array(32))).toString('base64url');

process.env.JWT_DEV_SECRET ??= randomSecret();
process.env.GATEWAY_SECRET ??= randomSecret();
