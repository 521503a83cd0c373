import type { AgencySeedContext, ProvenanceSeed } from '@hub/common';
import { YOUNG_OFFENDER_ACCOMMODATION } from './data/young-offender-accommodation';
import { YoungOffenderAccommodationRow } from './entities';

/** Loads housing's own tables from src/data (idempotent: rows that exist are left as they are). */
export async function seedHousing({ manager }: AgencySeedContext): Promise<Record<string, number>> {
  const result = await manager
    .createQueryBuilder()
    .insert()
    .into(YoungOffenderAccommodationRow)
    .values(
      YOUNG_OFFENDER_ACCOMMODATION.map((a) => ({
        areaCode: a.areaCode,
        periodCode: a.periodCode,
        cohort: a.cohort,
        reportedBy: a.reportedBy,
        value: a.value,
        printed: a.printed,
        approximate: a.approximate,
        publicDocument: true,
        publication: a.provenance.publication,
        publisher: a.provenance.publisher,
        published: dated(a.provenance),
        document: a.provenance.document,
        location: a.provenance.location,
      })),
    )
    .orIgnore()
    .returning('area_code')
    .execute();
  return { young_offender_accommodation: (result.raw as unknown[]).length };
}

/** This table's sources are all dated: a source without a date is an error here, not an invented date. */
function dated(p: ProvenanceSeed): string {
  if (p.published === null) throw new Error(`${p.document} (${p.location}) gives no publication date, and this table needs one`);
  return p.published;
}
