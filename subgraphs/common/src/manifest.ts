import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';

/** An agency's or the plan's `subgraph.json`: its registry entry. */
export interface AgencyManifest {
  name: string;
  title: string;
  port: number;
  kind: 'agency' | 'plan';
  measureType?: string;
}

/** Reads `subgraph.json` of the subgraph package whose compiled code lives in `distDir` (its dist/ folder). */
export function readManifest(distDir: string): AgencyManifest {
  return JSON.parse(readFileSync(join(distDir, '..', 'subgraph.json'), 'utf8')) as AgencyManifest;
}

/** The URL a subgraph is composed with: the local default (the gateway may override it at run time). */
export const defaultSubgraphUrl = (s: { port: number }) => `http://127.0.0.1:${s.port}/graphql`;

export interface DiscoveredSubgraph extends AgencyManifest {
  /** Folder of the subgraph package. */
  dir: string;
}

/**
 * Every subgraph is a folder of subgraphs/ with a subgraph.json: adding an agency is adding a folder.
 * Sorted with the plan first, then by port.
 */
export function discoverSubgraphs(subgraphsDir: string): DiscoveredSubgraph[] {
  return readdirSync(subgraphsDir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(subgraphsDir, d.name, 'subgraph.json')))
    .map((d) => ({ ...readManifest(join(subgraphsDir, d.name, 'dist')), dir: join(subgraphsDir, d.name) }))
    .sort((a, b) => (a.kind === b.kind ? a.port - b.port : a.kind === 'plan' ? -1 : 1));
}
