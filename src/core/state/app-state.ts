import type { Agreement } from '../agreement/agreement';
import type { KeyStage } from '../content/key-stage';
import type { Progress } from '../progress/progress';
import type { Profile } from '../profile/profile';
import type { ScenarioRun } from '../scenario/scenario-run';
import { defaultSettings, type DeviceSettings } from '../settings/device-settings';

export type Screen =
  | { readonly name: 'title' }
  | { readonly name: 'profiles' }
  | { readonly name: 'keyStage' }
  | { readonly name: 'map' }
  | { readonly name: 'scenario'; readonly statementId: string }
  | { readonly name: 'promise' };

/** Whether this device can keep what pupils do. */
export type StorageHealth = 'ok' | 'unavailable';

export interface AppState {
  readonly screen: Screen;
  readonly profiles: readonly Profile[];
  readonly currentProfileId?: string;
  /** The current pupil's progress and agreements, loaded when they are picked. */
  readonly progress: Progress;
  readonly agreements: Readonly<Partial<Record<KeyStage, Agreement>>>;
  readonly run?: ScenarioRun;
  readonly settings: DeviceSettings;
  readonly storage: StorageHealth;
}

export const initialState: AppState = {
  screen: { name: 'title' },
  profiles: [],
  progress: {},
  agreements: {},
  settings: defaultSettings,
  storage: 'ok',
};

export function currentProfile(state: AppState): Profile | undefined {
  return state.profiles.find((profile) => profile.id === state.currentProfileId);
}
