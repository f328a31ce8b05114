import Phaser from 'phaser';
import { SceneKeys } from './scene-keys';
import { ScenarioScene, type ScenarioSceneData } from './scenes/scenario-scene';

/**
 * One Phaser game draws every scenario. Making it (a WebGL context, its shaders, its first textures)
 * takes longer than anything else in opening a scenario, so it is made once, ahead, while the pupil
 * looks at the map; it moves into each scenario's stage when that opens, and sleeps, drawing nothing,
 * in between. The game draws only; the words and controls are Lit, laid over it.
 */
let kept: Phaser.Game | undefined;
/** The showing of a scenario now on the stage, if any: the game sleeps whenever none is. */
let onShow: object | undefined;

/** Marked once the game is made and asleep, ready for the first scenario; `npm run bench` waits for it. */
export const stageReadyMark = 'soq:stage-ready';

/** The game, made the first time it is wanted, off the page until a scenario opens. */
function keptGame(): Phaser.Game {
  if (kept) return kept;
  // Phaser.AUTO picks WebGL and falls back to Canvas.
  const game = new Phaser.Game({
    type: Phaser.AUTO,
    parent: null,
    transparent: false,
    backgroundColor: '#bfe6ff',
    scale: { mode: Phaser.Scale.RESIZE, width: innerWidth, height: innerHeight },
    banner: false,
    audio: { noAudio: true },
    input: { keyboard: false, mouse: false, touch: false, gamepad: false },
    render: { antialias: true },
  });
  game.canvas.setAttribute('aria-hidden', 'true');
  // Its loop starts once it has booted: it draws one empty frame, then sleeps if nothing is on show.
  game.events.once(Phaser.Core.Events.POST_RENDER, () => {
    if (!onShow) game.loop.sleep();
    performance.mark(stageReadyMark);
  });
  kept = game;
  return game;
}

function booted(game: Phaser.Game): Promise<void> {
  return game.isRunning
    ? Promise.resolve()
    : new Promise((resolve) => game.events.once(Phaser.Core.Events.READY, () => resolve()));
}

/** Makes the game ahead, while the browser is idle, so the first scenario opens without waiting for it. */
export function prepareStage(): void {
  keptGame();
}

/**
 * Draws a scenario in `stage`, once the game has booted, while `wanted` (the stage may have left the
 * page meanwhile). Resolves with what takes the scenario off again, or with nothing when no longer wanted.
 */
export async function showScenario(
  stage: HTMLElement,
  data: ScenarioSceneData,
  wanted: () => boolean,
): Promise<(() => void) | undefined> {
  const game = keptGame();
  await booted(game);
  if (!wanted()) return undefined;
  // A scenario still on the stage (its view has gone, but not yet taken it off) gives way.
  game.scene.remove(SceneKeys.scenario);
  const showing = {};
  onShow = showing;
  // The canvas still holds the last scenario's picture: it shows once it has drawn a frame of this one.
  game.canvas.style.visibility = 'hidden';
  game.events.once(Phaser.Core.Events.POST_RENDER, () => (game.canvas.style.visibility = ''));
  stage.append(game.canvas);
  game.scale.parent = stage;
  game.scale.getParentBounds();
  game.scale.refresh();
  game.scene.add(SceneKeys.scenario, ScenarioScene, true, data);
  game.loop.wake();
  return () => {
    if (onShow !== showing) return;
    onShow = undefined;
    game.scene.remove(SceneKeys.scenario);
    game.loop.sleep();
    game.canvas.remove();
    game.scale.parent = null;
  };
}
