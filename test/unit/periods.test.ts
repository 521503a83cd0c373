import { comparePeriods, parsePeriod, PeriodParseError } from '@hub/common/platform';

describe('parsePeriod', () => {
  it.each([
    ['2012-13', '2012-13', 'FINANCIAL_YEAR', '2012-04-01', '2013-03-31'],
    ['FY2012-13', '2012-13', 'FINANCIAL_YEAR', '2012-04-01', '2013-03-31'],
    ['2012/13', '2012-13', 'FINANCIAL_YEAR', '2012-04-01', '2013-03-31'],
    ['1999-00', '1999-00', 'FINANCIAL_YEAR', '1999-04-01', '2000-03-31'],
    ['2012-13 Q1', '2012-13 Q1', 'FINANCIAL_QUARTER', '2012-04-01', '2012-06-30'],
    ['Q4 2012-13', '2012-13 Q4', 'FINANCIAL_QUARTER', '2013-01-01', '2013-03-31'],
    ['2010', '2010', 'CALENDAR_YEAR', '2010-01-01', '2010-12-31'],
    ['Jan – Dec 2008', '2008', 'CALENDAR_YEAR', '2008-01-01', '2008-12-31'],
    ['Jul 2010 to Jun 2011', '2010-07..2011-06', 'ROLLING_YEAR', '2010-07-01', '2011-06-30'],
    ['2010-07..2011-06', '2010-07..2011-06', 'ROLLING_YEAR', '2010-07-01', '2011-06-30'],
    ['2019-07-26', '2019-07-26', 'SNAPSHOT', '2019-07-26', '2019-07-26'],
    ['26th July 2019', '2019-07-26', 'SNAPSHOT', '2019-07-26', '2019-07-26'],
    ['2012-02-29', '2012-02-29', 'SNAPSHOT', '2012-02-29', '2012-02-29'],
  ])('%s -> %s', (input, code, kind, start, end) => {
    expect(parsePeriod(input)).toMatchObject({ code, kind, start, end });
  });

  it.each(['2012-14', '2013-02-29', 'Jul 2010 to Dec 2011', 'last year', '', '2012-13 Q5', 'Smarch 2010 to Jun 2011'])(
    'rejects %p naming the accepted forms',
    (input) => {
      expect(() => parsePeriod(input)).toThrow(PeriodParseError);
      expect(() => parsePeriod(input)).toThrow(/Accepted forms: financial year '2012-13'/);
    },
  );

  it('sorts by end date, then start date (a quarter before its year, snapshots in date order)', () => {
    const codes = ['2012-13', '2010', '2012-13 Q4', '2010-07..2011-06', '2009', '2019-07-26', '2011-12'];
    const sorted = codes
      .map(parsePeriod)
      .sort(comparePeriods)
      .map((p) => p.code);
    expect(sorted).toEqual(['2009', '2010', '2010-07..2011-06', '2011-12', '2012-13 Q4', '2012-13', '2019-07-26']);
  });
});
