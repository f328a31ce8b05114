export const SceneKeys = {
  scenario: 'scenario',
} as const;
