import type { AgencySeedContext, ProvenanceSeed } from '@hub/common';
import { TREATMENT_COMPLETIONS } from './data/treatment-completions';
import { TreatmentCompletionRow } from './entities';

/** Loads health's own tables from src/data (idempotent: rows that exist are left as they are). */
export async function seedHealth({ manager }: AgencySeedContext): Promise<Record<string, number>> {
  const result = await manager
    .createQueryBuilder()
    .insert()
    .into(TreatmentCompletionRow)
    .values(
      TREATMENT_COMPLETIONS.map((t) => ({
        cohort: t.cohort,
        periodCode: t.periodCode,
        pathwayId: t.pathwayId,
        areaCode: t.areaCode,
        value: t.value,
        printed: t.printed,
        notAvailable: t.notAvailable,
        publicDocument: true,
        publication: t.provenance.publication,
        publisher: t.provenance.publisher,
        published: dated(t.provenance),
        document: t.provenance.document,
        location: t.provenance.location,
      })),
    )
    .orIgnore()
    .returning('cohort')
    .execute();
  return { treatment_completion: (result.raw as unknown[]).length };
}

/** This table's sources are all dated: a source without a date is an error here, not an invented date. */
function dated(p: ProvenanceSeed): string {
  if (p.published === null) throw new Error(`${p.document} (${p.location}) gives no publication date, and this table needs one`);
  return p.published;
}
