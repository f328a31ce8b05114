import Phaser from 'phaser';
import type { Scenario } from '../core/content/schema';
import type { AppState } from '../core/state/app-state';
import type { Store } from '../core/state/store';
import { SceneKeys } from './scene-keys';
import { ScenarioScene, type ScenarioSceneData } from './scenes/scenario-scene';

/**
 * Starts Phaser inside `parent` to draw one scenario. Phaser.AUTO picks WebGL and falls back to
 * Canvas. The game draws only; the words and controls are Lit, laid over it.
 */
export function startGame(
  parent: HTMLElement,
  store: Store<AppState>,
  scenario: Scenario,
  isLastStop: ScenarioSceneData['isLastStop'],
): Phaser.Game {
  const data: ScenarioSceneData = { store, scenario, isLastStop };
  const game = new Phaser.Game({
    type: Phaser.AUTO,
    parent,
    transparent: false,
    backgroundColor: '#bfe6ff',
    scale: {
      mode: Phaser.Scale.RESIZE,
      width: parent.clientWidth || 800,
      height: parent.clientHeight || 450,
    },
    banner: false,
    audio: { noAudio: true },
    input: { keyboard: false, mouse: false, touch: false, gamepad: false },
    render: { antialias: true },
  });
  game.scene.add(SceneKeys.scenario, ScenarioScene, true, data);
  game.canvas.setAttribute('aria-hidden', 'true');
  return game;
}
