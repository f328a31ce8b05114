import { describe, expect, it } from 'vitest';
import { localVoiceFor } from '../../../src/services/narration';

const voices = [
  { name: 'Online Welsh', lang: 'cy-GB', localService: false },
  { name: 'Device English', lang: 'en-GB', localService: true },
  { name: 'Device Polish', lang: 'pl_PL', localService: true },
  { name: 'Device Urdu (India)', lang: 'ur-IN', localService: true },
  { name: 'Device Urdu (Pakistan)', lang: 'ur', localService: true },
];

describe('a voice for a language', () => {
  it('is one on the device, never an online one', () => {
    expect(localVoiceFor(voices, 'cy')).toBeUndefined();
    expect(localVoiceFor(voices, 'ar')).toBeUndefined();
  });

  it('speaks the language, its exact tag first', () => {
    expect(localVoiceFor(voices, 'en')?.name).toBe('Device English');
    expect(localVoiceFor(voices, 'pl')?.name).toBe('Device Polish');
    expect(localVoiceFor(voices, 'ur')?.name).toBe('Device Urdu (Pakistan)');
  });
});
