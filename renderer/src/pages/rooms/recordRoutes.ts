import type { RoomHistoryKind } from '../../../../shared/domain/roomHistory';

/** Where each ledger's record page lives: the one map every cross-ledger list (the room page) links through. */
export const recordRoutes: Record<RoomHistoryKind, (id: number) => string> = {
  complaint: (id) => `/complaints/${id}`,
  repair: (id) => `/repairs/${id}`,
  revisit: (id) => `/revisits/${id}`,
  call: (id) => `/calls/${id}`,
  inspection: (id) => `/inspections/${id}`,
  lossDeclaration: (id) => `/loss-declarations/${id}`,
};
