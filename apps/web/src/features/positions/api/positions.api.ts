import { routes, type AssignPositionBody } from '@sen/contracts';
import { apiRequest } from '../../../app/api/api-client';

export const positionsApi = {
  listForUnit: (unitId: string, signal?: AbortSignal) =>
    apiRequest(routes.listUnitPositions, { params: { id: unitId }, signal }),
  assign: (unitId: string, body: AssignPositionBody) =>
    apiRequest(routes.assignPosition, { params: { id: unitId }, body }),
  end: async (assignmentId: string) => {
    await apiRequest(routes.endPositionAssignment, { params: { id: assignmentId } });
  },
};
