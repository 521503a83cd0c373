/** The secretariat workspace's operations (typed by GraphQL Code Generator from the supergraph). */
import { graphql } from '../../../generated';

export const PLANS = graphql(`
  query SecretariatPlans {
    partnerships {
      id
      name
      plans {
        id
        title
        periodLabel
        startYear
        endYear
      }
    }
  }
`);

export const PLAN = graphql(`
  query SecretariatPlan($plan: ID!) {
    plan(id: $plan) {
      id
      title
      periodLabel
      startYear
      endYear
      refreshes {
        id
        title
        date
      }
      goals {
        id
        text
        currentWording
        leadAgency
        due
        pathway {
          id
          name
        }
        priorityGroup {
          id
          name
        }
        statuses {
          period {
            code
            label
            end
          }
          rag
          update
          basis
          outcome
          comment
          setAt
          setBy
        }
        dispositions {
          disposition
          newWording
          refresh {
            id
            title
            date
          }
        }
        wordingHistory {
          previousWording
          wording
          reason
          amendedAt
          amendedBy
        }
      }
      actions {
        id
        title
        objective
        responsible
        timescale
        progress
        pathway {
          name
        }
        priorityGroup {
          name
        }
      }
      pathways {
        name
        pathway {
          id
          name
        }
        headlineMeasures {
          id
          name
          agency
        }
      }
      priorityGroups {
        name
        priorityGroup {
          id
          name
        }
        headlineMeasures {
          id
          name
          agency
        }
      }
    }
  }
`);

export const SET_GOAL_STATUS = graphql(`
  mutation SecretariatSetGoalStatus($goalId: ID!, $period: String!, $rag: Rag!, $comment: String!) {
    setGoalStatus(goalId: $goalId, period: $period, rag: $rag, comment: $comment) {
      id
      statuses {
        period {
          code
          label
          end
        }
        rag
        update
        basis
        setAt
        setBy
      }
    }
  }
`);

export const RECORD_GOAL_OUTCOME = graphql(`
  mutation SecretariatRecordGoalOutcome($goalId: ID!, $period: String!, $outcome: GoalOutcome!, $rag: Rag!, $comment: String!) {
    recordGoalOutcome(goalId: $goalId, period: $period, outcome: $outcome, rag: $rag, comment: $comment) {
      id
      statuses {
        period {
          code
          label
          end
        }
        rag
        outcome
        comment
        setAt
        setBy
      }
    }
  }
`);

export const SET_GOAL_DISPOSITION = graphql(`
  mutation SecretariatSetGoalDisposition($goalId: ID!, $refreshId: ID!, $disposition: Disposition!, $newWording: String) {
    setGoalDisposition(goalId: $goalId, refreshId: $refreshId, disposition: $disposition, newWording: $newWording) {
      id
      currentWording
      dispositions {
        disposition
        newWording
        refresh {
          id
          title
          date
        }
      }
    }
  }
`);

export const AMEND_GOAL_WORDING = graphql(`
  mutation SecretariatAmendGoalWording($goalId: ID!, $wording: String!, $reason: String!) {
    amendGoalWording(goalId: $goalId, wording: $wording, reason: $reason) {
      id
      currentWording
    }
  }
`);

export const UPDATE_ACTION_PROGRESS = graphql(`
  mutation SecretariatUpdateActionProgress($actionId: ID!, $progress: String!) {
    updateActionProgress(actionId: $actionId, progress: $progress) {
      id
      progress
    }
  }
`);

export const LINK_MEASURE = graphql(`
  mutation SecretariatLinkMeasure($input: CatalogueEntryInput!) {
    linkMeasure(input: $input) {
      measure {
        id
        name
      }
      pathway {
        id
        name
      }
      priorityGroup {
        id
        name
      }
    }
  }
`);

export const UNLINK_MEASURE = graphql(`
  mutation SecretariatUnlinkMeasure($input: CatalogueEntryInput!) {
    unlinkMeasure(input: $input) {
      pathway {
        id
      }
      priorityGroup {
        id
      }
    }
  }
`);
