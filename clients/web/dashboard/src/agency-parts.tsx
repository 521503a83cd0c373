/**
 * The agencies' own parts of the graph on the dashboard, each in the section it belongs to: police's IOM cohort
 * profile and DWP's Jobcentre Plus targets under the priority group they extend, health's treatment completions
 * under the pathway, probation's community order needs and housing's young offenders' accommodation for the chosen
 * area. One operation asks for all five (the gateway joins each agency's part to the plan's entity); a part whose
 * agency is down is left out and the rest still shows.
 *
 * Everything here renders below the first screen, in sections that already hold tables, so nothing above it moves
 * when the answer arrives; each part is a table with a caption and column and row headers.
 */
import { useEffect, useState } from 'preact/hooks';
import { graphql } from '../../../generated';
import type { DashboardAgencyPartsQuery } from '../../../generated/graphql';
import { execute } from '../../shared/graphql';
import { Deferred, tableHeight } from './deferred';

export const AGENCY_PARTS = graphql(`
  query DashboardAgencyParts($plan: ID!, $area: ID!) {
    plan(id: $plan) {
      id
      pathways {
        name
        pathway {
          id
          treatmentCompletions {
            cohort
            area {
              code
              name
            }
            period {
              code
              label
            }
            completions {
              printed
              approximate
              notAvailable
              suppressed
            }
            source {
              publication
              location
            }
          }
        }
      }
      priorityGroups {
        name
        priorityGroup {
          id
          iomCohortProfiles {
            id
            snapshot
            area {
              code
              name
            }
            size {
              printed
              suppressed
            }
            female {
              printed
              suppressed
            }
            inCustodyShare {
              printed
              suppressed
            }
            seriousAcquisitiveCrimeShare {
              printed
              suppressed
            }
            managedByYouthTeamsShare {
              printed
              suppressed
            }
            source {
              publication
              location
            }
          }
          jobcentreTargets {
            id
            intervention
            goal
            item
            due
            leadAgency
            target {
              printed
              approximate
            }
            source {
              publication
              location
            }
          }
        }
      }
    }
    area(code: $area) {
      code
      name
      communityOrderNeeds {
        need
        periodPrinted
        period {
          code
        }
        share {
          printed
          suppressed
        }
        offenders {
          printed
          suppressed
        }
        pathway {
          id
          name
        }
        source {
          publication
          location
        }
      }
      youngOffenderAccommodation {
        cohort
        reportedBy
        period {
          code
          label
        }
        inSuitableAccommodation {
          printed
          approximate
          notAvailable
        }
        source {
          publication
          location
        }
      }
    }
  }
`);

export type AgencyPartsData = DashboardAgencyPartsQuery;
type Plan = NonNullable<AgencyPartsData['plan']>;
type Profile = Plan['priorityGroups'][number]['priorityGroup']['iomCohortProfiles'][number];
type JobcentreTarget = Plan['priorityGroups'][number]['priorityGroup']['jobcentreTargets'][number];
type Completion = Plan['pathways'][number]['pathway']['treatmentCompletions'][number];
type Area = NonNullable<AgencyPartsData['area']>;

export interface AgencyParts {
  data?: AgencyPartsData;
  loading: boolean;
  /** Why nothing came back (the hub unreachable, a limit reached); an agency down is not a failure. */
  failure?: string;
}

/** The agencies' parts for a plan and an area; asked again when either changes. */
export function useAgencyParts(plan: string | undefined, area: string): AgencyParts {
  const [state, setState] = useState<AgencyParts>({ loading: !!plan && !!area });
  useEffect(() => {
    if (!plan || !area) {
      setState({ loading: false });
      return undefined;
    }
    let live = true;
    setState((s) => ({ ...s, loading: true }));
    // Errors (an agency down) leave that agency's part null or out; the dashboard's own banners say which is down.
    execute(AGENCY_PARTS, { plan, area })
      .then(
        (r) =>
          live &&
          setState({
            data: r.data ?? undefined,
            loading: false,
            // Nothing came back: an agency down nulls the whole answer (its parts are non-null lists), so say why.
            failure: r.data ? undefined : (r.errors ?? []).map((e) => e.message).join(' ') || undefined,
          }),
      )
      .catch((e: unknown) => live && setState({ loading: false, failure: e instanceof Error ? e.message : String(e) }));
    return () => {
      live = false;
    };
  }, [plan, area]);
  return state;
}

/** A printed figure as the source printed it; a withheld one says so rather than showing a blank. */
function Printed({ f }: { f: { printed: string; suppressed?: boolean; approximate?: boolean; notAvailable?: boolean } | null }) {
  if (!f) return <span class="muted">not printed</span>;
  if (f.suppressed) return <span class="muted">withheld (small number)</span>;
  if (f.notAvailable) return <span class="muted">{f.printed || 'not available'}</span>;
  return (
    <>
      {f.printed}
      {f.approximate && <span class="muted small"> (approximate)</span>}
    </>
  );
}

const Source = ({ s }: { s: { publication: string; location: string } }) => (
  <span class="muted small">
    {s.publication}, {s.location}
  </span>
);

/** The estimated height of a table's source line (see deferred.tsx). */
const SOURCE_HEIGHT = 40;

const PROFILE_ROWS: Array<[string, (p: Profile) => Profile['size']]> = [
  ['Cohort size', (p) => p.size],
  ['Female', (p) => p.female],
  ['In custody (share)', (p) => p.inCustodyShare],
  ['Serious acquisitive crime (share)', (p) => p.seriousAcquisitiveCrimeShare],
  ['Managed by youth offending teams (share)', (p) => p.managedByYouthTeamsShare],
];

function CohortProfile({ group, profile }: { group: string; profile: Profile }) {
  return (
    <div class="table-scroll">
      <table class="agency-part" data-testid={`iom-cohort-profile-${profile.id}`}>
        <caption>
          {group}: police's cohort profile, {profile.area.name}, {profile.snapshot}
        </caption>
        <thead>
          <tr>
            <th scope="col">Figure</th>
            <th scope="col">As printed</th>
          </tr>
        </thead>
        <tbody>
          {PROFILE_ROWS.map(([label, pick]) => (
            <tr key={label}>
              <th scope="row">{label}</th>
              <td>
                <Printed f={pick(profile)} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>
        Source: <Source s={profile.source} />
      </p>
    </div>
  );
}

function JobcentreTargets({ group, targets }: { group: string; targets: JobcentreTarget[] }) {
  return (
    <div class="table-scroll">
      <table class="agency-part" data-testid="jobcentre-targets">
        <caption>{group}: Jobcentre Plus targets (DWP)</caption>
        <thead>
          <tr>
            <th scope="col">Intervention</th>
            <th scope="col">Goal</th>
            <th scope="col">Target</th>
            <th scope="col">Due</th>
            <th scope="col">Lead</th>
          </tr>
        </thead>
        <tbody>
          {targets.map((t) => (
            <tr key={t.id}>
              <th scope="row">{t.intervention}</th>
              <td>
                {t.goal}
                {t.item && <span class="muted small"> ({t.item})</span>}
              </td>
              <td>
                <Printed f={t.target} />
              </td>
              <td>{t.due}</td>
              <td>{t.leadAgency}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>
        Source: <Source s={targets[0].source} />
      </p>
    </div>
  );
}

/** Under the priority groups: each group's IOM cohort profiles (police) and Jobcentre Plus targets (DWP). */
export function PriorityGroupParts({ parts }: { parts: AgencyParts }) {
  const groups = (parts.data?.plan?.priorityGroups ?? []).filter(
    (g) => g.priorityGroup.iomCohortProfiles.length || g.priorityGroup.jobcentreTargets.length,
  );
  if (!groups.length) return null;
  return (
    <section aria-labelledby="pg-parts-h" class="card" data-testid="priority-group-parts">
      <h3 id="pg-parts-h">What the agencies publish about these groups</h3>
      {groups.map((g) => (
        <Deferred
          key={g.priorityGroup.id}
          height={
            g.priorityGroup.iomCohortProfiles.length * (tableHeight(PROFILE_ROWS.length) + SOURCE_HEIGHT) +
            (g.priorityGroup.jobcentreTargets.length ? tableHeight(g.priorityGroup.jobcentreTargets.length) + SOURCE_HEIGHT : 0)
          }
        >
          <div>
            {g.priorityGroup.iomCohortProfiles.map((p) => (
              <CohortProfile key={p.id} group={g.name} profile={p} />
            ))}
            {g.priorityGroup.jobcentreTargets.length > 0 && <JobcentreTargets group={g.name} targets={g.priorityGroup.jobcentreTargets} />}
          </div>
        </Deferred>
      ))}
    </section>
  );
}

function Completions({ pathway, rows }: { pathway: string; rows: Completion[] }) {
  return (
    <div class="table-scroll">
      <table class="agency-part" data-testid="treatment-completions">
        <caption>{pathway}: successful treatment completions (health)</caption>
        <thead>
          <tr>
            <th scope="col">Cohort</th>
            <th scope="col">Area</th>
            <th scope="col">Period</th>
            <th scope="col">Completions</th>
            <th scope="col">Source</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((c) => (
            <tr key={`${c.cohort}|${c.area.code}|${c.period.code}`}>
              <th scope="row">{c.cohort}</th>
              <td>{c.area.name}</td>
              <td>{c.period.label}</td>
              <td>
                <Printed f={c.completions} />
              </td>
              <td>
                <Source s={c.source} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Under the scorecard: each pathway's treatment completions (health). */
export function PathwayParts({ parts }: { parts: AgencyParts }) {
  const pathways = (parts.data?.plan?.pathways ?? []).filter((p) => p.pathway.treatmentCompletions.length);
  if (!pathways.length) return null;
  return (
    <section aria-labelledby="pathway-parts-h" class="card" data-testid="pathway-parts">
      <h3 id="pathway-parts-h">What the agencies publish about these pathways</h3>
      {pathways.map((p) => (
        <Deferred key={p.pathway.id} height={tableHeight(p.pathway.treatmentCompletions.length)}>
          <Completions pathway={p.name} rows={p.pathway.treatmentCompletions} />
        </Deferred>
      ))}
    </section>
  );
}

function Needs({ area }: { area: Area }) {
  return (
    <div class="table-scroll">
      <table class="agency-part" data-testid="community-order-needs">
        <caption>{area.name}: offenders starting community orders with each need (probation)</caption>
        <thead>
          <tr>
            <th scope="col">Need</th>
            <th scope="col">Pathway</th>
            <th scope="col">Period</th>
            <th scope="col">Share</th>
            <th scope="col">Offenders</th>
          </tr>
        </thead>
        <tbody>
          {area.communityOrderNeeds.map((n) => (
            <tr key={`${n.need}|${n.period.code}`}>
              <th scope="row">{n.need}</th>
              <td>{n.pathway.name}</td>
              <td>{n.periodPrinted}</td>
              <td>
                <Printed f={n.share} />
              </td>
              <td>
                <Printed f={n.offenders} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>
        Source: <Source s={area.communityOrderNeeds[0].source} />
      </p>
    </div>
  );
}

function Accommodation({ area }: { area: Area }) {
  return (
    <div class="table-scroll">
      <table class="agency-part" data-testid="young-offender-accommodation">
        <caption>{area.name}: young offenders in suitable accommodation (housing)</caption>
        <thead>
          <tr>
            <th scope="col">Cohort</th>
            <th scope="col">Period</th>
            <th scope="col">In suitable accommodation</th>
            <th scope="col">Reported by</th>
            <th scope="col">Source</th>
          </tr>
        </thead>
        <tbody>
          {area.youngOffenderAccommodation.map((y) => (
            <tr key={`${y.cohort}|${y.period.code}`}>
              <th scope="row">{y.cohort}</th>
              <td>{y.period.label}</td>
              <td>
                <Printed f={y.inSuitableAccommodation} />
              </td>
              <td>{y.reportedBy ?? '—'}</td>
              <td>
                <Source s={y.source} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** A section of its own for the chosen area: community order needs (probation), young offenders' accommodation (housing). */
export function AreaParts({ parts, areaName }: { parts: AgencyParts; areaName: string }) {
  const area = parts.data?.area;
  const has = !!area && (area.communityOrderNeeds.length > 0 || area.youngOffenderAccommodation.length > 0);
  return (
    <section id="area-parts" aria-labelledby="area-parts-h" data-testid="area-parts">
      <h2 id="area-parts-h">{areaName}: what the agencies publish about the area</h2>
      {parts.loading && !parts.data ? (
        <p class="muted">Loading…</p>
      ) : parts.failure ? (
        <p class="error" role="alert" data-testid="agency-parts-failure">
          The agencies' own figures could not be loaded: {parts.failure}
        </p>
      ) : has ? (
        <Deferred
          height={
            (area.communityOrderNeeds.length ? tableHeight(area.communityOrderNeeds.length) + SOURCE_HEIGHT : 0) +
            (area.youngOffenderAccommodation.length ? tableHeight(area.youngOffenderAccommodation.length) : 0)
          }
        >
          <div class="card">
            {area.communityOrderNeeds.length > 0 && <Needs area={area} />}
            {area.youngOffenderAccommodation.length > 0 && <Accommodation area={area} />}
          </div>
        </Deferred>
      ) : (
        <p class="muted">No agency publishes figures of its own for {areaName} beyond its headline measures.</p>
      )}
    </section>
  );
}
