import type { AgencySeedContext, ProvenanceSeed } from '@hub/common';
import { IOM_COHORT_PROFILES } from './data/iom-cohort-profile';
import { IomCohortFigureRow, IomCohortProfileRow } from './entities';

/** Loads police's own tables from src/data (idempotent: rows that exist are left as they are). */
export async function seedPolice({ manager }: AgencySeedContext): Promise<Record<string, number>> {
  const inserted = { iom_cohort_profile: 0, iom_cohort_figure: 0 };
  for (const p of IOM_COHORT_PROFILES) {
    const profile = await manager
      .createQueryBuilder()
      .insert()
      .into(IomCohortProfileRow)
      .values({
        id: p.id,
        priorityGroupId: p.priorityGroupId,
        areaCode: p.areaCode,
        snapshot: p.snapshot,
        publicDocument: p.publicDocument,
        publication: p.provenance.publication,
        publisher: p.provenance.publisher,
        published: dated(p.provenance),
        document: p.provenance.document,
        location: p.provenance.location,
      })
      .orIgnore()
      .returning('id')
      .execute();
    inserted.iom_cohort_profile += (profile.raw as unknown[]).length;
    const figures = await manager
      .createQueryBuilder()
      .insert()
      .into(IomCohortFigureRow)
      .values(
        p.figures.map((f) => ({
          profileId: p.id,
          figure: f.figure,
          value: f.value,
          printed: f.printed,
          countsPeople: f.countsPeople,
          measureId: f.measureId,
        })),
      )
      .orIgnore()
      .returning('figure')
      .execute();
    inserted.iom_cohort_figure += (figures.raw as unknown[]).length;
  }
  return inserted;
}

/** This table's sources are all dated: a source without a date is an error here, not an invented date. */
function dated(p: ProvenanceSeed): string {
  if (p.published === null) throw new Error(`${p.document} (${p.location}) gives no publication date, and this table needs one`);
  return p.published;
}
