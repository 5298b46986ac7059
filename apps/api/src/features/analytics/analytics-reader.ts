import { Injectable } from '@nestjs/common';
import {
  POSITION_KINDS,
  type AnalyticsBreakdown,
  type AnalyticsQuery,
  type AnalyticsRosterPage,
  type AnalyticsRosterRow,
  type AnalyticsTrend,
  type AnalyticsUnit,
  type PositionRole,
  type Ref,
} from '@sen/contracts';
import { AppError } from '../../core/http/app-error';
import { vietnamIsoDay } from '../../core/time/vietnam-time';
import { granularityFor, quarterStart, trendDates } from './analytics-period';
import {
  AnalyticsRepository,
  type AnalyticsUnitRow,
  type CounterFilter,
  type CounterRow,
  type RosterFilter,
  type RosterRecord,
  type UnitTree,
} from './analytics.repository';
import { addCounters, isLagging, subtractCounters, sumCounters, toIndicators, ZERO, type Counters } from './indicators';

/** The query's filters made concrete: the period's days and what the counters are restricted to. */
export interface ResolvedFilter extends CounterFilter {
  from: string;
  to: string;
  threshold: number;
}

const ROLE_ORDER: Record<PositionRole, number> = { holder: 0, reserve: 1 };

function unitView(row: AnalyticsUnitRow): AnalyticsUnit {
  return {
    id: row.id,
    name: row.name,
    levelCode: row.levelCode,
    levelNameVi: row.levelNameVi,
    levelNameEn: row.levelNameEn,
    childCount: row.childCount,
  };
}

function rosterRow(r: RosterRecord): AnalyticsRosterRow {
  return {
    person: { id: r.personId, name: r.personName },
    unit: { id: r.unitId, name: r.unitName },
    position: r.position,
    role: r.role,
    course: { id: r.courseId, name: r.courseTitle },
    requiredFrom: r.requiredFrom,
    completedOn: r.completedOn,
    sat: r.sat,
    passed: r.passed,
  };
}

function groupSum<K>(rows: readonly CounterRow[], key: (row: CounterRow) => K): Map<K, Counters> {
  const sums = new Map<K, Counters>();
  for (const row of rows) sums.set(key(row), addCounters(sums.get(key(row)) ?? ZERO, row));
  return sums;
}

/**
 * The analytics views of any unit, without a scope check: the dashboard's service checks the caller's
 * scope before asking, and a committee report asks for the units the committee covers.
 */
@Injectable()
export class AnalyticsReader {
  constructor(private readonly repository: AnalyticsRepository) {}

  async resolve(query: AnalyticsQuery, today = vietnamIsoDay(new Date())): Promise<ResolvedFilter> {
    const to = query.to ?? today;
    const from = query.from ?? quarterStart(to);
    if (from > to) throw AppError.field('VALIDATION_FAILED', 'query.from', 'The period must start before it ends');
    const restrictCourses = query.courseIds !== undefined || query.category !== undefined;
    const courseIds = restrictCourses
      ? (await this.repository.courses(query.courseIds ?? null, query.category)).map((c) => c.id)
      : null;
    return {
      from,
      to,
      threshold: query.threshold,
      courseIds,
      positions: query.positions ?? null,
      roles: query.reserve === 'all' ? null : [query.reserve],
    };
  }

  async breakdown(unitId: string, query: AnalyticsQuery, ancestors: Ref[] = []): Promise<AnalyticsBreakdown> {
    const tree = await this.repository.unitTree(unitId);
    if (!tree) throw AppError.notFound('Unit');
    return this.breakdownOf(tree, query, ancestors);
  }

  /** The breakdown of a unit already read (with its children): one more round trip for all its numbers. */
  async breakdownOf(tree: UnitTree, query: AnalyticsQuery, ancestors: Ref[] = []): Promise<AnalyticsBreakdown> {
    const { unit, children } = tree;
    const filter = await this.resolve(query);
    const unitIds = [unit.id, ...children.map((c) => c.id)];
    const { counters, activity, courseTitles } = await this.repository.countersAsOf(
      unitIds,
      filter,
      filter.from,
      filter.to,
    );
    const byUnit = groupSum(counters, (r) => r.unitId);
    const own = counters.filter((r) => r.unitId === unit.id);
    const total = byUnit.get(unit.id) ?? ZERO;
    const childRows = children.map((child) => {
      const counts = byUnit.get(child.id) ?? ZERO;
      return {
        unit: unitView(child),
        indicators: toIndicators(counts),
        active: (activity.get(child.id) ?? 0) > 0,
        lagging: isLagging(counts, filter.threshold),
      };
    });
    const coverage =
      children.length > 0
        ? { active: childRows.filter((c) => c.active).length, units: children.length }
        : { active: (activity.get(unit.id) ?? 0) > 0 ? 1 : 0, units: 1 };
    return {
      unit: unitView(unit),
      ancestors,
      from: filter.from,
      to: filter.to,
      threshold: filter.threshold,
      total: toIndicators(total),
      own: toIndicators(subtractCounters(total, sumCounters(children.map((c) => byUnit.get(c.id) ?? ZERO)))),
      children: childRows,
      coverage,
      courses: [...groupSum(own, (r) => r.courseId)]
        .map(([id, counts]) => ({ course: { id, name: courseTitles.get(id) ?? '' }, indicators: toIndicators(counts) }))
        .sort((a, b) => a.course.name.localeCompare(b.course.name, 'vi')),
      positions: [...groupSum(own, (r) => `${r.position}|${r.role}`)]
        .map(([key, counts]) => {
          const [position, role] = key.split('|') as [CounterRow['position'], PositionRole];
          return { position, role, indicators: toIndicators(counts) };
        })
        .sort(
          (a, b) =>
            POSITION_KINDS.indexOf(a.position) - POSITION_KINDS.indexOf(b.position) ||
            ROLE_ORDER[a.role] - ROLE_ORDER[b.role],
        ),
    };
  }

  /** A unit's indicators over the period; the caller knows the unit exists (a scope check, a committee's row). */
  async trend(unitId: string, query: AnalyticsQuery): Promise<AnalyticsTrend> {
    const filter = await this.resolve(query);
    const changes = await this.repository.dailyChanges(unitId, filter);
    const granularity = granularityFor(filter.from, filter.to);
    const points: AnalyticsTrend['points'] = [];
    let running = ZERO;
    let next = 0;
    for (const date of trendDates(filter.from, filter.to, granularity)) {
      while (next < changes.length && changes[next]!.day <= date) running = addCounters(running, changes[next++]!);
      points.push({ date, ...toIndicators(running) });
    }
    return { granularity, points };
  }

  /** The roster's filter for the subtree at `unitPath` (a path the caller has read and checked). */
  async rosterFilter(
    unitPath: string,
    query: AnalyticsQuery & { status?: RosterFilter['status'] },
  ): Promise<RosterFilter> {
    const filter = await this.resolve(query);
    return { ...filter, unitPath, asOf: filter.to, status: query.status };
  }

  async rosterPage(filter: RosterFilter, page: number, pageSize: number): Promise<AnalyticsRosterPage> {
    const { rows, total } = await this.repository.rosterPage(filter, page, pageSize);
    return { items: rows.map(rosterRow), total, page, pageSize };
  }

  /** Every roster row of the subtree, streamed: memory stays flat however many there are. */
  async *roster(filter: RosterFilter): AsyncGenerator<AnalyticsRosterRow> {
    for await (const row of this.repository.rosterStream(filter)) yield rosterRow(row);
  }
}
