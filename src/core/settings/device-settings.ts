/** Choices made on this device, kept between visits. */
export interface DeviceSettings {
  readonly soundOn: boolean;
  /** KS1 demonstration: choices stay hidden until the adult reveals them for a class vote. */
  readonly classVote: boolean;
  /** Read aloud at all (where the device has a local voice). */
  readonly narrationOn: boolean;
  /** Read aloud more slowly. */
  readonly slowNarration: boolean;
}

export const defaultSettings: DeviceSettings = {
  soundOn: true,
  classVote: false,
  narrationOn: true,
  slowNarration: false,
};
