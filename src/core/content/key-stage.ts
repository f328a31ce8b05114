export const keyStages = ['ks1', 'ks2'] as const;

export type KeyStage = (typeof keyStages)[number];

export function isKeyStage(value: unknown): value is KeyStage {
  return value === 'ks1' || value === 'ks2';
}
