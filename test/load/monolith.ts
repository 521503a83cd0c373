/**
 * The benchmark's monolith baseline (docs/BENCHMARKS.md, "National scale"): the same six subgraph schemas and
 * resolvers (plan and the five agencies, built from their code, each with its own data source on the same database
 * as the hub) in ONE process, behind an in-process @apollo/gateway that plans over the committed supergraph and
 * executes each subgraph fetch with LocalGraphQLDataSource: no HTTP between gateway and subgraphs, no JSON
 * (de)serialisation of subgraph responses, one event loop. Each subgraph fetch gets a fresh context (fresh
 * DataLoaders), as a subgraph HTTP request does. The viewer's token is verified once per request (as the gateway
 * does); no operation limits (GraphQL Armor), no metrics or request logs.
 *
 * Run: node -r ./test/load/register.js test/load/monolith.ts (DATABASE_URL, PORT; AUTH_* as the hub). Prints
 * "[monolith] ready at <url>".
 */
import http from 'node:http';
import { readFileSync } from 'node:fs';
import { ApolloGateway, LocalGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import type { GraphQLSchema } from 'graphql';
import * as common from '@hub/common/platform';
import { agencyContextFactory, agencyDataSource, buildAgencySchema, readAuthConfig, verifyToken, type Viewer } from '@hub/common/platform';
import { SUPERGRAPH_PATH } from '../../tools/src/paths';
import { planContextFactory, planDataSource } from '../../subgraphs/plan/src/index';
import { buildPlanSchema } from '../../subgraphs/plan/src/schema';
import { DEFINITIONS } from './national';

class LocalSubgraph extends LocalGraphQLDataSource {
  constructor(
    schema: GraphQLSchema,
    private readonly contextFor: (v: Viewer) => Promise<object>,
  ) {
    super(schema);
  }
  override async process(opts: GraphQLDataSourceProcessOptions): ReturnType<LocalGraphQLDataSource['process']> {
    return super.process({ ...opts, context: await this.contextFor((opts.context as { viewer: Viewer }).viewer) });
  }
}

async function main() {
  const env = { ...process.env };
  delete env.DB_SCHEMA;
  const subgraphs = new Map<string, LocalSubgraph>();
  const { dataSource: planDs } = planDataSource(env);
  await planDs.initialize();
  subgraphs.set('plan', new LocalSubgraph((await buildPlanSchema()).schema, await planContextFactory(planDs)));
  for (const [name, def] of Object.entries(DEFINITIONS)) {
    const { dataSource } = agencyDataSource(def, env);
    await dataSource.initialize();
    subgraphs.set(name, new LocalSubgraph((await buildAgencySchema(def)).schema, await agencyContextFactory(def, dataSource)));
  }
  const gateway = new ApolloGateway({
    supergraphSdl: readFileSync(SUPERGRAPH_PATH, 'utf8'),
    buildService: ({ name }) => {
      const s = subgraphs.get(name);
      if (!s) throw new Error(`no subgraph ${name} in the monolith`);
      return s;
    },
  });
  const app = express();
  const httpServer = http.createServer(app);
  const apollo = new ApolloServer<{ viewer: Viewer }>({ gateway, csrfPrevention: false });
  await apollo.start();
  const auth = readAuthConfig(env);
  // SQL statements sent by the six data sources of this process (the subgraph processes give db_statements_total in /metrics)
  app.get(
    '/sql-statements',
    (_req, res) => void res.json({ count: (common as { sqlStatements?: { count: number } }).sqlStatements?.count ?? null }),
  );
  app.use(
    '/graphql',
    express.json({ limit: '1mb' }),
    expressMiddleware(apollo, { context: async ({ req }) => ({ viewer: await verifyToken(req.headers.authorization, auth) }) }),
  );
  await new Promise<void>((resolve) => httpServer.listen(Number(env.PORT ?? 0), '127.0.0.1', resolve));
  const { port } = httpServer.address() as { port: number };
  process.stdout.write(`[monolith] ready at http://127.0.0.1:${port}/graphql\n`);
  process.on('SIGTERM', () => {
    httpServer.closeAllConnections();
    httpServer.close(() => process.exit(0));
  });
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
