import type { Role } from '@sen/contracts';

export interface Grant {
  role: Role;
  unitId: string;
  /** Materialised path of the granted unit; the grant covers every unit whose path starts with it. */
  unitPath: string;
}

export interface Actor {
  userId: string;
  personId: string;
  sessionId: string;
  grants: Grant[];
}

/** Who is acting and under which request id: what services need for rules and the audit trail. */
export interface RequestContext {
  actor: Actor | null;
  requestId: string;
  ip: string;
}

export interface AuthenticatedContext extends RequestContext {
  actor: Actor;
}
