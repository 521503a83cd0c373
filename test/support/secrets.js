// Secrets for one test run, made here because the source holds none (npm start makes them in data/secrets.json).
// Set once per jest worker before any test file loads; child processes (the test hubs) inherit them.
const { randomBytes } = require('node:crypto');

process.env.JWT_DEV_SECRET ??= randomBytes(32).toString('base64url');
process.env.GATEWAY_SECRET ??= randomBytes(32).toString('base64url');
