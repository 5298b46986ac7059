import { Injectable } from '@nestjs/common';
import type { AuditAction } from '@sen/contracts';
import type { EntityManager } from 'typeorm';
import type { RequestContext } from '../access/actor';

export interface AuditRecord {
  action: AuditAction;
  targetType: string;
  targetId: string | null;
  unitId: string | null;
  details?: Record<string, unknown>;
  /** Overrides the context's actor, e.g. for a failed sign-in where nobody is signed in. */
  actorUserId?: string | null;
}

/** Writes audit records inside the caller's transaction, so a change and its record commit or fail together. */
@Injectable()
export class AuditWriter {
  async record(manager: EntityManager, ctx: RequestContext, entry: AuditRecord): Promise<void> {
    await manager.query(
      `INSERT INTO audit_log (actor_user_id, action, target_type, target_id, unit_id, request_id, details)
       VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [
        entry.actorUserId !== undefined ? entry.actorUserId : (ctx.actor?.userId ?? null),
        entry.action,
        entry.targetType,
        entry.targetId,
        entry.unitId,
        ctx.requestId,
        JSON.stringify({ ...entry.details, ip: ctx.ip }),
      ],
    );
  }
}
