// One fresh-process sample for bench/tokens.mjs: `node bench/tokens-cold.mjs <clerk-fluent|@clerk/backend>`
// with TOKEN and JWT_KEY (a PEM) in the environment; prints the milliseconds from just before the
// library's import to the first networkless verification's claims: what a serverless function or an
// edge worker pays to authenticate the first request of a cold start.
const [name] = process.argv.slice(2);
const { TOKEN: token, JWT_KEY: jwtKey } = process.env;
const start = performance.now();
const { verifyToken } = await import(name);
const claims = await verifyToken(token, { jwtKey });
const ms = performance.now() - start;
if (typeof claims.sub !== 'string') throw new Error(`${name}: no subject in the claims`);
process.stdout.write(JSON.stringify({ ms }));
