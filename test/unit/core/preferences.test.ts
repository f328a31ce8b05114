import { describe, expect, it } from 'vitest';
import { devicePreferences, effectivePreferences } from '../../../src/core/preferences/preferences';
import { defaultSettings } from '../../../src/core/settings/device-settings';
import { ProfileSchema, PupilPreferencesSchema } from '../../../src/core/save/saved-data';
import * as v from 'valibot';

const device = { settings: defaultSettings, language: 'cy', prefersReducedMotion: false } as const;

describe('preferences', () => {
  it('follow the device: the grown-ups settings and the browser wish for less motion', () => {
    const quiet = { ...defaultSettings, soundOn: false, narrationOn: false, slowNarration: true };
    expect(devicePreferences({ settings: quiet, language: 'en', prefersReducedMotion: true })).toEqual({
      readAloud: false,
      voiceRate: 'slow',
      sounds: false,
      motion: false,
      textSize: 'normal',
      font: 'andika',
      tint: 'none',
      language: 'en',
    });
  });

  it('take the pupil choices over the device, field by field', () => {
    const mine = effectivePreferences(device, { font: 'readable', textSize: undefined });
    expect(mine).toMatchObject({ font: 'readable', textSize: 'normal', readAloud: true });
    expect(effectivePreferences(device, undefined)).toEqual(devicePreferences(device));
  });

  it("start in the school's language, and a pupil may play in their own", () => {
    expect(effectivePreferences(device, undefined).language).toBe('cy');
    expect(effectivePreferences(device, { language: 'ur' }).language).toBe('ur');
    expect(v.safeParse(PupilPreferencesSchema, { language: 'pl' }).success).toBe(true);
    expect(v.safeParse(PupilPreferencesSchema, { language: 'en-XA' }).success).toBe(false);
    expect(v.safeParse(PupilPreferencesSchema, { language: 'xx' }).success).toBe(false);
  });

  it('are an optional part of a saved pupil, and unknown values are refused', () => {
    const pupil = { id: 'p1', name: 'Ava', avatar: 'cat', createdAt: 1 };
    expect(v.safeParse(ProfileSchema, pupil).success).toBe(true);
    expect(v.safeParse(ProfileSchema, { ...pupil, preferences: { tint: 'blue' } }).success).toBe(true);
    expect(v.safeParse(PupilPreferencesSchema, { tint: 'purple' }).success).toBe(false);
    expect(v.safeParse(PupilPreferencesSchema, { colour: 'blue' }).success).toBe(false);
  });
});
