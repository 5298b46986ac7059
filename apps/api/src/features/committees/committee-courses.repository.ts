import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { CommitteeCourseOption } from '@sen/contracts';
import { DataSource } from 'typeorm';
import { COURSE_TITLE_SQL } from './report-schedules.repository';

/**
 * The published courses a committee's reports may cover. "Required in its units" means a current requirement
 * on a unit that overlaps a covered subtree: above it (a province-wide requirement applies to a district) or
 * inside it (a commune's own requirement is part of the district's picture).
 */
@Injectable()
export class CommitteeCoursesRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async options(committeeId: string): Promise<CommitteeCourseOption[]> {
    return this.db.query(
      `WITH covered AS (
         SELECT u.path FROM committee_units x JOIN units u ON u.id = x.unit_id WHERE x.committee_id = $1
       ), candidates AS (
         SELECT co.id,
                EXISTS (SELECT 1 FROM course_requirements r JOIN units ru ON ru.id = r.unit_id, covered
                         WHERE r.course_id = co.id AND r.ended_at IS NULL
                           AND (ru.path LIKE covered.path || '%' OR covered.path LIKE ru.path || '%')) AS required,
                EXISTS (SELECT 1 FROM covered WHERE o.path LIKE covered.path || '%') AS owned
           FROM courses co JOIN units o ON o.id = co.owner_unit_id
          WHERE EXISTS (SELECT 1 FROM course_versions v WHERE v.course_id = co.id AND v.status = 'published')
       )
       SELECT c.id, ${COURSE_TITLE_SQL('c')} AS name, c.required
         FROM candidates c
        WHERE c.required OR c.owned
        ORDER BY c.required DESC, name, c.id`,
      [committeeId],
    );
  }
}
