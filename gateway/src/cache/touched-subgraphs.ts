import {
  buildASTSchema,
  getNamedType,
  isAbstractType,
  isInterfaceType,
  isObjectType,
  Kind,
  parse,
  type DirectiveNode,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';

/**
 * Which subgraphs an operation can read from, worked out from the supergraph's `@join__field` directives: a field
 * is served by the subgraphs its `@join__field(graph:)` names. A field with no `@join__field` is defined alike in
 * every subgraph that has its type, so its value comes with the object from whichever subgraph fetched that object
 * (already counted through the field that returned it); at the root, such a field counts as every subgraph.
 * A field that `requires` fields of other subgraphs, or anything this cannot place, counts as every subgraph: the
 * answer is never attributed to fewer subgraphs than it depends on.
 *
 * The response cache puts the publish generation of each of these subgraphs into the cache key, so a publish by
 * police leaves cached plan-only answers alone.
 */
export class TouchedSubgraphs {
  private readonly schema: GraphQLSchema;
  /** join__Graph enum value (POLICE) -> subgraph name (police). */
  private readonly graphs = new Map<string, string>();
  readonly all: string[];
  private readonly byField = new Map<GraphQLField<unknown, unknown>, string[] | 'all'>();
  private readonly memo = new WeakMap<DocumentNode, Map<string, string[]>>();

  constructor(supergraphSdl: string) {
    const doc = parse(supergraphSdl, { noLocation: true });
    this.schema = buildASTSchema(doc, { assumeValidSDL: true });
    for (const def of doc.definitions) {
      if (def.kind !== Kind.ENUM_TYPE_DEFINITION || def.name.value !== 'join__Graph') continue;
      for (const v of def.values ?? []) {
        const name = stringArg(
          v.directives?.find((d) => d.name.value === 'join__graph'),
          'name',
        );
        if (name) this.graphs.set(v.name.value, name);
      }
    }
    this.all = [...this.graphs.values()].sort();
  }

  /** The subgraphs the operation may read, sorted (memoised per parsed document and operation). */
  of(document: DocumentNode, operation: OperationDefinitionNode): string[] {
    let perOp = this.memo.get(document);
    if (!perOp) this.memo.set(document, (perOp = new Map<string, string[]>()));
    const key = operation.name?.value ?? '';
    let found = perOp.get(key);
    if (!found) {
      const out = new Set<string>();
      const fragments = new Map<string, FragmentDefinitionNode>();
      for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
      const root =
        operation.operation === 'query'
          ? this.schema.getQueryType()
          : operation.operation === 'mutation'
            ? this.schema.getMutationType()
            : null;
      const complete = root ? this.walk(operation.selectionSet, root, true, fragments, out, new Set()) : false;
      found = complete ? [...out].sort() : this.all;
      perOp.set(key, found);
    }
    return found;
  }

  /** Adds the subgraphs of a selection set; false when something cannot be placed (the caller then counts every subgraph). */
  private walk(
    set: SelectionSetNode,
    parent: GraphQLCompositeType,
    atRoot: boolean,
    fragments: Map<string, FragmentDefinitionNode>,
    out: Set<string>,
    seen: Set<string>,
  ): boolean {
    for (const sel of set.selections) {
      if (sel.kind === Kind.FIELD) {
        const name = sel.name.value;
        if (name.startsWith('__')) continue; // __typename and introspection: the supergraph itself, no subgraph
        if (isAbstractType(parent) && !isInterfaceType(parent)) return false; // only __typename is selectable on a union
        const field = (parent as Extract<GraphQLCompositeType, { getFields: unknown }>).getFields()[name];
        if (!field) return false;
        const owners = [this.owners(field, atRoot)];
        if (isInterfaceType(parent)) {
          for (const impl of this.schema.getPossibleTypes(parent)) {
            const f = impl.getFields()[name];
            if (f) owners.push(this.owners(f, false));
          }
        }
        for (const o of owners) {
          if (o === 'all') return false;
          for (const g of o) out.add(g);
        }
        const type = getNamedType(field.type);
        if (sel.selectionSet) {
          if (!isObjectType(type) && !isAbstractType(type)) return false;
          if (!this.walk(sel.selectionSet, type, false, fragments, out, seen)) return false;
        }
      } else if (sel.kind === Kind.INLINE_FRAGMENT) {
        const type = sel.typeCondition ? this.schema.getType(sel.typeCondition.name.value) : parent;
        if (!type || !(isObjectType(type) || isAbstractType(type))) return false;
        if (!this.walk(sel.selectionSet, type, atRoot, fragments, out, seen)) return false;
      } else {
        const frag = fragments.get(sel.name.value);
        if (!frag) return false;
        if (seen.has(frag.name.value)) continue;
        const type = this.schema.getType(frag.typeCondition.name.value);
        if (!type || !(isObjectType(type) || isAbstractType(type))) return false;
        if (!this.walk(frag.selectionSet, type, atRoot, fragments, out, new Set([...seen, frag.name.value]))) return false;
      }
    }
    return true;
  }

  private owners(field: GraphQLField<unknown, unknown>, atRoot: boolean): string[] | 'all' {
    let o = this.byField.get(field);
    if (o) return o;
    const joins = field.astNode?.directives?.filter((d) => d.name.value === 'join__field') ?? [];
    if (joins.length === 0) o = atRoot ? 'all' : [];
    else if (joins.some((d) => !enumArg(d, 'graph') || d.arguments?.some((a) => a.name.value === 'requires'))) o = 'all';
    else {
      const names = joins.map((d) => this.graphs.get(enumArg(d, 'graph')!));
      o = names.every((n): n is string => !!n) ? names : 'all';
    }
    this.byField.set(field, o);
    return o;
  }
}

function stringArg(d: DirectiveNode | undefined, name: string): string | undefined {
  const v = d?.arguments?.find((a) => a.name.value === name)?.value;
  return v?.kind === Kind.STRING ? v.value : undefined;
}

function enumArg(d: DirectiveNode, name: string): string | undefined {
  const v = d.arguments?.find((a) => a.name.value === name)?.value;
  return v?.kind === Kind.ENUM ? v.value : undefined;
}
