export const positionKeys = {
  all: ['positions'] as const,
  unit: (unitId: string) => [...positionKeys.all, 'unit', unitId] as const,
};
