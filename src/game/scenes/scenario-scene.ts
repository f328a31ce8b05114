import Phaser from 'phaser';
import type { ArtName } from '../../core/content/art-names';
import type { Motion, Scenario } from '../../core/content/schema';
import type { AppState } from '../../core/state/app-state';
import type { Store } from '../../core/state/store';
import { artUrl } from '../../content/art';
import { SceneKeys } from '../scene-keys';
import { floorLine, paintSetting } from '../settings/paint-setting';
import { celebrate, playMotion, travellingCopies } from './motions';

export interface ScenarioSceneData {
  store: Store<AppState>;
  scenario: Scenario;
}

/** The name of the mark set when a scenario's first frame is drawn; the benchmark reads it. */
export const firstFrameMark = 'soq:scenario-first-frame';

/**
 * Draws one scenario: its setting, the hero with a face bubble that shows how they feel, a prop, and
 * the guide. It follows the store and never decides anything: the rules live in src/core.
 */
export class ScenarioScene extends Phaser.Scene {
  private setup!: ScenarioSceneData;
  private background!: Phaser.GameObjects.Graphics;
  private hero!: Phaser.GameObjects.Image;
  private bubble!: Phaser.GameObjects.Container;
  private face!: Phaser.GameObjects.Image;
  private prop!: Phaser.GameObjects.Image;
  private guide!: Phaser.GameObjects.Image;
  private copies: Phaser.GameObjects.Image[] = [];
  private shownStep = -1;
  private shownFeedback?: string;

  constructor() {
    super(SceneKeys.scenario);
  }

  init(data: ScenarioSceneData): void {
    this.setup = data;
    this.shownStep = -1;
    this.shownFeedback = undefined;
  }

  preload(): void {
    for (const name of this.artNeeded()) this.load.svg(name, artUrl(name), { width: 256, height: 256 });
  }

  create(): void {
    const { scenario, store } = this.setup;
    this.background = this.add.graphics();
    this.prop = this.add.image(0, 0, scenario.hero).setVisible(false);
    this.hero = this.add.image(0, 0, scenario.hero);
    this.face = this.add.image(0, 0, scenario.hero);
    const bubbleBack = this.add.circle(0, 0, 1, 0xffffff).setStrokeStyle(4, 0x33415c, 0.25);
    this.bubble = this.add.container(0, 0, [bubbleBack, this.face]);
    this.guide = this.add.image(0, 0, scenario.guide);
    this.layout();
    const relayout = (): void => this.layout();
    this.scale.on(Phaser.Scale.Events.RESIZE, relayout);
    this.tweens.add({
      targets: this.guide,
      y: '-=10',
      angle: 4,
      duration: 1400,
      yoyo: true,
      repeat: -1,
      ease: 'Sine.inOut',
    });

    const unsubscribe = store.subscribe((state) => this.show(state));
    this.show(store.get());
    // A scene ends by SHUTDOWN when stopped, or by DESTROY when the whole game goes: clean up on either.
    const cleanUp = (): void => {
      unsubscribe();
      this.scale.off(Phaser.Scale.Events.RESIZE, relayout);
    };
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, cleanUp);
    this.events.once(Phaser.Scenes.Events.DESTROY, cleanUp);
    this.game.events.once(Phaser.Core.Events.POST_RENDER, () => performance.mark(firstFrameMark));
  }

  private artNeeded(): ArtName[] {
    const { scenario } = this.setup;
    const names = new Set<ArtName>([scenario.hero, scenario.guide, 'smiling', 'glowingStar', 'star']);
    for (const step of scenario.steps) {
      if (step.stage?.face) names.add(step.stage.face);
      if (step.stage?.prop) names.add(step.stage.prop);
    }
    return [...names];
  }

  private layout(): void {
    const { width: w, height: h } = this.scale;
    paintSetting(this.background, this.setup.scenario.setting, w, h);
    const size = Math.min(h * 0.42, w * 0.28);
    this.hero.setDisplaySize(size, size).setPosition(w * 0.42, h * floorLine - size / 2);
    this.prop
      .setDisplaySize(size * 0.5, size * 0.5)
      .setPosition(w * 0.42 - size * 0.85, h * floorLine - size * 0.3);
    const bubbleSize = size * 0.45;
    const back = this.bubble.getAt<Phaser.GameObjects.Arc>(0);
    back.setRadius(bubbleSize * 0.62);
    this.face.setDisplaySize(bubbleSize, bubbleSize);
    this.bubble.setPosition(w * 0.42 + size * 0.7, h * floorLine - size * 1.05);
    const guideSize = size * 0.55;
    this.guide.setDisplaySize(guideSize, guideSize).setPosition(w * 0.82, h * 0.28);
  }

  private show(state: AppState): void {
    const run = state.run;
    if (!run || run.scenarioId !== this.setup.scenario.id) return;
    const steps = this.setup.scenario.steps;
    if (run.stepIndex !== this.shownStep) {
      this.shownStep = run.stepIndex;
      const stage = steps[run.stepIndex]?.stage;
      const ending = run.stepIndex >= steps.length;
      this.face.setTexture(ending ? 'smiling' : (stage?.face ?? 'smiling'));
      this.prop.setVisible(Boolean(stage?.prop));
      if (stage?.prop) this.prop.setTexture(stage.prop);
      this.move(ending ? 'bounce' : (stage?.motion ?? 'bob'));
      this.tweens.killTweensOf(this.copies);
      for (const copy of this.copies) copy.destroy();
      this.copies = [];
      if (stage?.effect === 'copies' && stage.prop) {
        this.copies = travellingCopies(
          this,
          stage.prop,
          this.prop.x,
          this.prop.y,
          this.prop.displayWidth * 0.8,
        );
      }
      if (ending) celebrate(this, 'glowingStar', this.hero.x, this.hero.y);
      this.layout();
    }
    const feedback = run.feedback ? `${run.feedback.choiceId}:${run.feedback.safe}` : undefined;
    if (feedback !== this.shownFeedback) {
      this.shownFeedback = feedback;
      if (run.feedback?.safe) {
        this.face.setTexture('smiling');
        this.move('bounce');
        celebrate(this, 'star', this.hero.x, this.hero.y);
      } else if (run.feedback) {
        this.move('shrug');
      }
    }
  }

  private move(motion: Motion): void {
    const { width: w, height: h } = this.scale;
    const restY = h * floorLine - this.hero.displayHeight / 2;
    this.hero.setPosition(w * 0.42, restY).setAngle(0);
    playMotion(this, this.hero, motion);
  }
}
