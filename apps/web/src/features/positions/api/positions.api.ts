import { routeTable, type AssignPositionBody } from '@sen/contracts';
import { apiRequest } from '../../../app/api/api-client';

export const positionsApi = {
  listForUnit: (unitId: string, signal?: AbortSignal) =>
    apiRequest(routeTable.listUnitPositions, { params: { id: unitId }, signal }),
  assign: (unitId: string, body: AssignPositionBody) =>
    apiRequest(routeTable.assignPosition, { params: { id: unitId }, body }),
  end: async (assignmentId: string) => {
    await apiRequest(routeTable.endPositionAssignment, { params: { id: assignmentId } });
  },
};
