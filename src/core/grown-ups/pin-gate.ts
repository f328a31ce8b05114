/** A PIN is four to eight digits: quick for a teacher, too many to guess for a pupil. */
export const pinPattern = /^\d{4,8}$/;

export type PinProblem = 'notDigits' | 'mismatch';

export function checkNewPin(pin: string, again: string): PinProblem | undefined {
  if (!pinPattern.test(pin)) return 'notDigits';
  if (pin !== again) return 'mismatch';
  return undefined;
}

/** After this many wrong PINs in a row the gate waits before it accepts another try. */
export const triesBeforeWait = 3;
export const waitAfterWrongTries = 60_000;

export interface GateState {
  readonly wrongTries: number;
  readonly lockedUntil: number;
}

export const openGate: GateState = { wrongTries: 0, lockedUntil: 0 };

export function isLocked(gate: GateState, now: number): boolean {
  return now < gate.lockedUntil;
}

/** Counts a wrong PIN; every third one in a row locks the gate for a minute. */
export function wrongPin(gate: GateState, now: number): GateState {
  const wrongTries = gate.wrongTries + 1;
  return {
    wrongTries,
    lockedUntil: wrongTries % triesBeforeWait === 0 ? now + waitAfterWrongTries : gate.lockedUntil,
  };
}
