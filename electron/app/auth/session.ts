import type { StaffRole } from '../../../shared/domain/office/office';
import { minutesBetween } from '../../../shared/domain/officeDate';

/** The person on whose behalf a call runs. */
export interface Actor {
  staffId: number;
  name: string;
  role: StaffRole;
  departmentName: string;
}

/**
 * Who is signed in at the desk PC. One per app: the desk has one screen, and the Electron window and the
 * loopback bridge (tests, development) share it. Idle time is measured by the app's own clock, so a call after
 * the idle limit finds the screen locked even if the renderer's timer never fired.
 */
export class DeskSession {
  private actor: Actor | null = null;
  private lastActiveAt = '';
  lockedFor: Actor | null = null;
  /** Signed in with a secret weaker than the role needs: only changing it is allowed. */
  mustChangePassword = false;

  constructor(public idleLockMinutes: number) {}

  signIn(actor: Actor, now: string, mustChangePassword = false): void {
    this.actor = actor;
    this.lockedFor = null;
    this.lastActiveAt = now;
    this.mustChangePassword = mustChangePassword;
  }

  signOut(): void {
    this.actor = null;
    this.lockedFor = null;
    this.mustChangePassword = false;
  }

  lock(): void {
    if (this.actor) this.lockedFor = this.actor;
    this.actor = null;
  }

  /**
   * The signed-in person, after locking if the desk has been idle too long. A call counts as activity unless
   * `touch` is false (the sign-in screen asking for the status must not keep the desk awake).
   */
  current(now: string, touch = true): Actor | null {
    if (!this.actor) return null;
    if (this.idleLockMinutes > 0 && minutesBetween(this.lastActiveAt, now) >= this.idleLockMinutes) {
      this.lock();
      return null;
    }
    if (touch) this.lastActiveAt = now;
    return this.actor;
  }
}
