import { Directive, Field, Float, ObjectType } from 'type-graphql';
import { mustSuppress, type ReadMode } from '../agency/disclosure';
import { DEFAULT_PEOPLE_THRESHOLD } from '../reference/seed-types';

/**
 * A figure of an agency's own data (outside the measure contract) as its source prints it, under the kit's
 * disclosure control. Shared by every agency subgraph that uses it.
 */
@Directive('@shareable')
@ObjectType('PrintedFigure', {
  description:
    "A figure as the source document prints it, with the number read from it. Counts of fewer people than the disclosure threshold are withheld from readers outside the agency ('suppressed'), " +
    'unless the figure was printed in a public document (publicDocument): then it is already public and shown as printed.',
})
export class PrintedFigure {
  @Field(() => Float, {
    nullable: true,
    description: "The number (45.3 for '45.3%', 1247 for '1,247'); null when not available or suppressed.",
  })
  value!: number | null;

  @Field({ description: "Exactly as printed ('14 (5.7%)', 'Approx. 97%', 'tbc'); 'suppressed' when withheld from this reader." })
  printed!: string;

  @Field({ description: "True when the document gives it as approximate ('Approx.')." })
  approximate!: boolean;

  @Field({ description: "True when the document says it is not yet available ('tbc'): it is never zero." })
  notAvailable!: boolean;

  @Field({ description: 'True when disclosure control withheld the figure from this reader (a count of 1 to threshold - 1 people).' })
  suppressed!: boolean;

  @Field({
    description:
      'True when the figure was printed in a public document (a council or board paper), so disclosure control does not withhold it.',
  })
  publicDocument!: boolean;
}

/** A printed figure as an agency stores it. */
export interface PrintedFigureValues {
  value: number | null;
  printed: string;
  approximate?: boolean;
  notAvailable?: boolean;
}

export interface PrintedDisclosureRule {
  /** True when the figure is a count of people (disclosure control applies); false for shares, offences, money. */
  countsPeople: boolean;
  /** True when it was printed in a public document (then it is shown as printed to everyone). */
  publicDocument: boolean;
  /** Counts of 1 to threshold - 1 people are suppressed (default: the kit's threshold for counts of people). */
  threshold?: number;
}

/** The figure as this reader may see it: the kit's disclosure rule, lifted for figures already public. */
export function disclosePrinted(f: PrintedFigureValues, rule: PrintedDisclosureRule, mode: ReadMode): PrintedFigure {
  const figure: PrintedFigure = {
    value: f.value,
    printed: f.printed,
    approximate: f.approximate ?? false,
    notAvailable: f.notAvailable ?? false,
    suppressed: false,
    publicDocument: rule.publicDocument,
  };
  if (mode.raw || rule.publicDocument || !rule.countsPeople) return figure;
  const threshold = rule.threshold ?? DEFAULT_PEOPLE_THRESHOLD;
  if (!mustSuppress({ value: f.value, numerator: null, lowerBound: null, upperBound: null }, { unit: 'COUNT', threshold })) return figure;
  return { ...figure, value: null, printed: 'suppressed', suppressed: true };
}
