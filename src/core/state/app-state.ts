import type { Agreement } from '../agreement/agreement';
import type { KeyStage } from '../content/key-stage';
import type { Progress } from '../progress/progress';
import type { Profile } from '../profile/profile';
import type { ScenarioRun } from '../scenario/scenario-run';
import { defaultSettings, type DeviceSettings } from '../settings/device-settings';
import { defaultSchool, type SchoolSettings } from '../school/school-settings';
import { defaultWording, type Wording } from '../school/wording';
import { openGate, type GateState } from '../grown-ups/pin-gate';
import { devicePreferences, effectivePreferences, type Preferences } from '../preferences/preferences';

export type Screen =
  | { readonly name: 'title' }
  | { readonly name: 'profiles' }
  | { readonly name: 'keyStage' }
  | { readonly name: 'map' }
  | { readonly name: 'scenario'; readonly statementId: string }
  | { readonly name: 'promise' }
  | { readonly name: 'grownUps' };

/** Whether this device can keep what pupils do. */
export type StorageHealth = 'ok' | 'unavailable';

/** Whether the browser promised to keep the game's storage when space runs low. */
export type StorageKeeping = 'unknown' | 'kept' | 'refused';

export interface AppState {
  readonly screen: Screen;
  readonly profiles: readonly Profile[];
  readonly currentProfileId?: string;
  /** The current pupil's progress and agreements, loaded when they are picked. */
  readonly progress: Progress;
  readonly agreements: Readonly<Partial<Record<KeyStage, Agreement>>>;
  readonly run?: ScenarioRun;
  readonly settings: DeviceSettings;
  readonly school: SchoolSettings;
  readonly wording: Wording;
  /** The grown-ups' gate: whether a PIN was set, whether it is open now, and wrong tries so far. */
  readonly gate: GateState & { readonly hasPin: boolean; readonly unlocked: boolean };
  readonly storage: StorageHealth;
  readonly keeping: StorageKeeping;
  /** A grown-up showing a scenario from the teacher's notes: no pupil, nothing saved. */
  readonly demonstration?: KeyStage;
  /** A new version of the game has downloaded and waits for the next visit or a grown-up's "Update now". */
  readonly updateWaiting: boolean;
  /** The browser asks for less motion (`prefers-reduced-motion: reduce`). */
  readonly deviceReducedMotion: boolean;
  /**
   * How to play now: the current pupil's choices over the device's defaults (the device's alone on
   * screens without a pupil). Derived by `withPreferences`; Lit and Phaser read it.
   */
  readonly preferences: Preferences;
}

export const initialState: AppState = {
  screen: { name: 'title' },
  profiles: [],
  progress: {},
  agreements: {},
  settings: defaultSettings,
  school: defaultSchool,
  wording: defaultWording,
  gate: { ...openGate, hasPin: false, unlocked: false },
  storage: 'ok',
  keeping: 'unknown',
  updateWaiting: false,
  deviceReducedMotion: false,
  preferences: devicePreferences({
    settings: defaultSettings,
    language: defaultSchool.language,
    prefersReducedMotion: false,
  }),
};

export function currentProfile(state: AppState): Profile | undefined {
  return state.profiles.find((profile) => profile.id === state.currentProfileId);
}

function samePreferences(a: Preferences, b: Preferences): boolean {
  return (Object.keys(a) as (keyof Preferences)[]).every((key) => a[key] === b[key]);
}

/** The state with `preferences` in step with the device and the current pupil. */
export function withPreferences(state: AppState): AppState {
  const preferences = effectivePreferences(
    {
      settings: state.settings,
      language: state.school.language,
      prefersReducedMotion: state.deviceReducedMotion,
    },
    currentProfile(state)?.preferences,
  );
  return samePreferences(preferences, state.preferences) ? state : { ...state, preferences };
}
