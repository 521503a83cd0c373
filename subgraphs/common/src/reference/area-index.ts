import { unknown } from '../errors';

export interface AreaNode {
  code: string;
  name: string;
  kind: string;
  parentCode: string | null;
}

/** In-memory view of the area hierarchy, loaded from the database once at start-up (reference data). */
export class AreaIndex {
  private readonly byCode: Map<string, AreaNode>;
  private readonly children = new Map<string, AreaNode[]>();

  constructor(areas: readonly AreaNode[]) {
    this.byCode = new Map(areas.map((a) => [a.code, a]));
    for (const a of areas) {
      if (a.parentCode) this.children.set(a.parentCode, [...(this.children.get(a.parentCode) ?? []), a]);
    }
  }

  get(code: string): AreaNode | undefined {
    return this.byCode.get(code);
  }

  /** Throws a named error for an unknown area code. */
  require(code: string, argument: string): AreaNode {
    const area = this.byCode.get(code);
    if (!area) throw unknown('area', argument, code, [...this.byCode.keys()]);
    return area;
  }

  childrenOf(code: string): AreaNode[] {
    return this.children.get(code) ?? [];
  }

  /** The area and every area nested in it (Kent and Medway -> Kent, Medway, Kent's districts). */
  withDescendants(code: string): string[] {
    const out = [code];
    for (const c of this.childrenOf(code)) out.push(...this.withDescendants(c.code));
    return out;
  }

  /** The areas an area is nested in, nearest first (Kent -> Kent and Medway, South East, England and Wales). */
  ancestors(code: string): string[] {
    const out: string[] = [];
    for (let a = this.byCode.get(code); a?.parentCode && out.length < 50; a = this.byCode.get(a.parentCode)) out.push(a.parentCode);
    return out;
  }

  /** The region an area is in: the nearest REGION or PROBATION_REGION above it; null when there is none. */
  regionOf(code: string): string | null {
    return this.ancestors(code).find((c) => ['REGION', 'PROBATION_REGION'].includes(this.byCode.get(c)?.kind ?? '')) ?? null;
  }

  all(): AreaNode[] {
    return [...this.byCode.values()];
  }
}
