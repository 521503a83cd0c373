import type { AgencySeedContext } from '@hub/common';
import { COMMUNITY_ORDER_NEEDS } from './data/community-order-needs';
import { CommunityOrderNeedRow } from './entities';

/** Loads probation's own tables from src/data (idempotent: rows that exist are left as they are). */
export async function seedProbation({ manager }: AgencySeedContext): Promise<Record<string, number>> {
  const result = await manager
    .createQueryBuilder()
    .insert()
    .into(CommunityOrderNeedRow)
    .values(
      COMMUNITY_ORDER_NEEDS.map((n) => ({
        areaCode: n.areaCode,
        periodCode: n.periodCode,
        need: n.need,
        pathwayId: n.pathwayId,
        periodPrinted: n.periodPrinted,
        shareValue: n.share.value,
        sharePrinted: n.share.printed,
        offendersValue: n.offenders.value,
        offendersPrinted: n.offenders.printed,
        publicDocument: n.publicDocument,
        publication: n.provenance.publication,
        publisher: n.provenance.publisher,
        published: n.provenance.published,
        document: n.provenance.document,
        location: n.provenance.location,
      })),
    )
    .orIgnore()
    .returning('need')
    .execute();
  return { community_order_need: (result.raw as unknown[]).length };
}
