// Writes the game's three sound effects to public/sounds/ as small WAV files. They are made here from
// sine tones, so they are the project's own work (CC0). Run: node scripts/make-sounds.mjs
import { mkdirSync, writeFileSync } from 'node:fs';

const rate = 22050;

function tones(notes) {
  const samples = [];
  for (const { freq, ms, gain = 0.5 } of notes) {
    const count = Math.round((rate * ms) / 1000);
    for (let i = 0; i < count; i += 1) {
      const t = i / rate;
      const envelope = Math.min(1, i / 200) * Math.exp((-3 * i) / count);
      const wave = Math.sin(2 * Math.PI * freq * t) + 0.3 * Math.sin(4 * Math.PI * freq * t);
      samples.push(gain * envelope * wave * 0.7);
    }
  }
  return samples;
}

function wav(samples) {
  const data = Buffer.alloc(samples.length * 2);
  samples.forEach((s, i) => data.writeInt16LE(Math.round(Math.max(-1, Math.min(1, s)) * 32767), i * 2));
  const header = Buffer.alloc(44);
  header.write('RIFF', 0);
  header.writeUInt32LE(36 + data.length, 4);
  header.write('WAVEfmt ', 8);
  header.writeUInt32LE(16, 16);
  header.writeUInt16LE(1, 20);
  header.writeUInt16LE(1, 22);
  header.writeUInt32LE(rate, 24);
  header.writeUInt32LE(rate * 2, 28);
  header.writeUInt16LE(2, 32);
  header.writeUInt16LE(16, 34);
  header.write('data', 36);
  header.writeUInt32LE(data.length, 40);
  return Buffer.concat([header, data]);
}

mkdirSync('public/sounds', { recursive: true });
writeFileSync('public/sounds/choice.wav', wav(tones([{ freq: 660, ms: 120 }])));
writeFileSync(
  'public/sounds/success.wav',
  wav(
    tones([
      { freq: 523, ms: 130 },
      { freq: 659, ms: 130 },
      { freq: 784, ms: 130 },
      { freq: 1047, ms: 320 },
    ]),
  ),
);
// A soft, low "hmm" for a retry: gentle, never a buzzer.
writeFileSync(
  'public/sounds/try-again.wav',
  wav(
    tones([
      { freq: 392, ms: 160, gain: 0.35 },
      { freq: 349, ms: 260, gain: 0.3 },
    ]),
  ),
);
// A short, bright jingle for the end of a scenario: a little tune up and back, then a high finish.
writeFileSync(
  'public/sounds/jingle.wav',
  wav(
    tones([
      { freq: 523, ms: 110 },
      { freq: 659, ms: 110 },
      { freq: 784, ms: 110 },
      { freq: 659, ms: 110 },
      { freq: 784, ms: 110 },
      { freq: 1047, ms: 200 },
      { freq: 1319, ms: 420, gain: 0.45 },
    ]),
  ),
);
