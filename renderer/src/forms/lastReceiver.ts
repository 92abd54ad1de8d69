/** The desk is usually staffed by the same clerk all shift: remember who took the last complaint. */
const key = 'taizhang.lastReceiverStaffId';

export function readLastReceiver(): number | undefined {
  try {
    const value = Number(window.localStorage.getItem(key));
    return Number.isInteger(value) && value > 0 ? value : undefined;
  } catch {
    return undefined;
  }
}

export function rememberReceiver(staffId: number | undefined): void {
  try {
    if (staffId) window.localStorage.setItem(key, String(staffId));
  } catch {
    // Storage may be unavailable; forgetting the choice is harmless.
  }
}
