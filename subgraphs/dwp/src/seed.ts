import type { AgencySeedContext, ProvenanceSeed } from '@hub/common';
import { IOM_JOBCENTRE_TARGETS } from './data/iom-jobcentre-targets';
import { IomJobcentreTargetRow } from './entities';

/** Loads DWP's own tables from src/data (idempotent: rows that exist are left as they are). */
export async function seedDwp({ manager }: AgencySeedContext): Promise<Record<string, number>> {
  const result = await manager
    .createQueryBuilder()
    .insert()
    .into(IomJobcentreTargetRow)
    .values(
      IOM_JOBCENTRE_TARGETS.map((t) => ({
        id: t.id,
        priorityGroupId: t.priorityGroupId,
        intervention: t.intervention,
        goal: t.goal,
        item: t.item,
        leadAgency: t.leadAgency,
        targetValue: t.target.value,
        targetPrinted: t.target.printed,
        duePrinted: t.duePrinted,
        measureId: t.measureId,
        publicDocument: true,
        publication: t.provenance.publication,
        publisher: t.provenance.publisher,
        published: dated(t.provenance),
        document: t.provenance.document,
        location: t.provenance.location,
      })),
    )
    .orIgnore()
    .returning('id')
    .execute();
  return { iom_jobcentre_target: (result.raw as unknown[]).length };
}

/** This table's sources are all dated: a source without a date is an error here, not an invented date. */
function dated(p: ProvenanceSeed): string {
  if (p.published === null) throw new Error(`${p.document} (${p.location}) gives no publication date, and this table needs one`);
  return p.published;
}
