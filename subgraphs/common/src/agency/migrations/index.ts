import { AgencyInit1763900000000 } from './1763900000000-AgencyInit';
import { AgencyWrites1763900000002 } from './1763900000002-AgencyWrites';
import { AgencyStatistics1763900000003 } from './1763900000003-AgencyStatistics';
import { NationalScale1763900000004 } from './1763900000004-NationalScale';
import { ImportThroughput1763900000005 } from './1763900000005-ImportThroughput';
import { DataChanged1763900000006 } from './1763900000006-DataChanged';
import { FigureKinds1763900000011 } from './1763900000011-FigureKinds';
import { MeasureStatisticsWrites1763900000012 } from './1763900000012-MeasureStatisticsWrites';
import { DropDataChanged1764600000000 } from './1764600000000-DropDataChanged';
import { CurrentSeriesWhenMissing1764700000000 } from './1764700000000-CurrentSeriesWhenMissing';
import { MeasureKeyThroughSeries1764800000000 } from './1764800000000-MeasureKeyThroughSeries';

/** The kit's migrations, in order: every agency runs them first, then its own (AgencyDefinition.migrations). */
export const AGENCY_MIGRATIONS = [
  AgencyInit1763900000000,
  AgencyWrites1763900000002,
  AgencyStatistics1763900000003,
  NationalScale1763900000004,
  ImportThroughput1763900000005,
  DataChanged1763900000006,
  FigureKinds1763900000011,
  MeasureStatisticsWrites1763900000012,
  DropDataChanged1764600000000,
  CurrentSeriesWhenMissing1764700000000,
  MeasureKeyThroughSeries1764800000000,
];
