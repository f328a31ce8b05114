import Phaser from 'phaser';
import type { ArtName } from '../../core/content/art-names';
import type { Scenario } from '../../core/content/schema';
import type { AppState } from '../../core/state/app-state';
import type { Store } from '../../core/state/store';
import { artUrl } from '../../content/art';
import { svgAsBase64 } from './svg-base64';
import { lookFor, type CharacterLook } from '../characters/character-look';
import { drawCharacter } from '../characters/draw-character';
import { expressionFor, type Expression } from '../characters/expression';
import { motionWanted } from '../motion-preference';
import { SceneKeys } from '../scene-keys';
import { BakedSetting } from '../settings/baked-setting';
import { floorLine } from '../settings/paint-setting';
import { confetti } from './confetti';
import { enter, playMotion, ponder, popIn, sigh } from './motions';
import { showOnlineThing } from './online-thing';

export interface ScenarioSceneData {
  store: Store<AppState>;
  scenario: Scenario;
  /** Whether finishing this scenario finishes the whole journey: the bigger celebration. */
  isLastStop: (state: AppState) => boolean;
}

/** The name of the mark set when a scenario's first frame is drawn; the benchmark reads it. */
export const firstFrameMark = 'soq:scenario-first-frame';

/** The hero stands here, as a share of the width. */
const heroAt = 0.4;

/**
 * Draws one scenario: its place in three layers, the hero whose face and body show how they feel, and
 * the online thing in the story. It follows the store and never decides anything: the rules live in
 * src/core. Nothing moves when motion is not wanted.
 */
export class ScenarioScene extends Phaser.Scene {
  private setup!: ScenarioSceneData;
  private setting!: BakedSetting;
  private hero!: Phaser.GameObjects.Container;
  private pen!: Phaser.GameObjects.Graphics;
  private body!: Phaser.GameObjects.RenderTexture;
  private look!: CharacterLook;
  private expression: Expression = 'happy';
  private prop!: Phaser.GameObjects.Image;
  private extras: Phaser.GameObjects.GameObject[] = [];
  private shownStep = -1;
  private shownFeedback?: string;

  constructor() {
    super(SceneKeys.scenario);
  }

  init(data: ScenarioSceneData): void {
    this.setup = data;
    this.shownStep = -1;
    this.shownFeedback = undefined;
    this.extras = [];
  }

  /** The hero's and the props' pictures: each made into a texture once, kept for later scenarios. */
  preload(): void {
    for (const name of this.artNeeded())
      if (!this.textures.exists(name))
        this.load.svg(name, svgAsBase64(artUrl(name)), { width: 192, height: 192 });
  }

  create(): void {
    const { scenario, store } = this.setup;
    this.look = lookFor(scenario.hero, scenario.id);
    this.setting = new BakedSetting(this, scenario.setting);
    this.pen = this.make.graphics({}, false);
    this.body = this.add.renderTexture(0, 0, 1, 1).setOrigin(0.5, 1);
    this.hero = this.add.container(0, 0, [this.body]).setDepth(5);
    this.prop = this.add.image(0, 0, scenario.hero).setVisible(false).setDepth(6);
    this.layout();
    const relayout = (): void => this.layout();
    this.scale.on(Phaser.Scale.Events.RESIZE, relayout);
    if (motionWanted(store.get())) enter(this, this.hero, this.hero.x, this.heroHeight());

    const unsubscribe = store.subscribe((state) => this.show(state));
    this.show(store.get());
    // A scene ends by SHUTDOWN when stopped, or by DESTROY when the whole game goes: clean up on either.
    const cleanUp = (): void => {
      unsubscribe();
      this.scale.off(Phaser.Scale.Events.RESIZE, relayout);
      this.clearExtras();
      this.setting.destroy();
      this.pen.destroy();
    };
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, cleanUp);
    this.events.once(Phaser.Scenes.Events.DESTROY, cleanUp);
    this.game.events.once(Phaser.Core.Events.POST_RENDER, () => performance.mark(firstFrameMark));
  }

  private artNeeded(): ArtName[] {
    const names = new Set<ArtName>([this.setup.scenario.hero]);
    for (const step of this.setup.scenario.steps) if (step.stage?.prop) names.add(step.stage.prop);
    return [...names];
  }

  private heroHeight(): number {
    return Math.min(this.scale.height * 0.66, this.scale.width * 0.32);
  }

  private layout(): void {
    const { width: w, height: h } = this.scale;
    this.setting.paint(w, h);
    const size = this.heroHeight();
    this.drawHero(size);
    this.hero.setPosition(w * heroAt, h * floorLine + size * 0.04);
    const propSize = size * 0.36;
    this.prop
      .setDisplaySize(propSize, propSize)
      .setPosition(w * heroAt - size * 0.42, h * floorLine - size * 0.5);
  }

  /**
   * Draws the hero once into a texture, so each frame shows one picture however it moves. It is drawn
   * at twice the size and shown at half, which smooths its edges.
   */
  private drawHero(size: number): void {
    const big = size * 2;
    drawCharacter(this.pen, this.look, this.expression, big);
    const width = Math.ceil(big * 0.95);
    const height = Math.ceil(big * 1.25);
    this.body.resize(width, height);
    this.body
      .clear()
      .draw(this.pen, width / 2, height - big * 0.05)
      .render();
    this.body.setScale(0.5).setPosition(0, size * 0.05);
  }

  private setExpression(expression: Expression): void {
    this.expression = expression;
    this.drawHero(this.heroHeight());
  }

  private clearExtras(): void {
    this.tweens.killTweensOf(this.extras);
    for (const extra of this.extras) extra.destroy();
    this.extras = [];
  }

  private show(state: AppState): void {
    const run = state.run;
    if (!run || run.scenarioId !== this.setup.scenario.id) return;
    const moving = motionWanted(state);
    const steps = this.setup.scenario.steps;
    if (run.stepIndex !== this.shownStep) {
      const first = this.shownStep === -1;
      this.shownStep = run.stepIndex;
      const step = steps[run.stepIndex];
      const ending = run.stepIndex >= steps.length;
      this.setExpression(expressionFor({ face: step?.stage?.face, ending }));
      const prop = step?.stage?.prop;
      this.prop.setVisible(Boolean(prop));
      if (prop) this.prop.setTexture(prop);
      this.layout();
      this.clearExtras();
      const anchor = { x: this.prop.x, y: this.prop.y, size: this.prop.displayWidth };
      this.extras = showOnlineThing(this, step, anchor, moving);
      if (moving && prop && !first) popIn(this, this.prop);
      if (moving) {
        if (ending) playMotion(this, this.hero, 'bounce');
        else if (this.expression === 'thinking') ponder(this, this.hero);
        else playMotion(this, this.hero, step?.stage?.motion ?? 'bob');
        if (ending) confetti(this, this.setup.isLastStop(state) ? 160 : 60);
      }
    }
    const feedback = run.feedback ? `${run.feedback.choiceId}:${run.feedback.safe}` : undefined;
    if (feedback !== this.shownFeedback) {
      this.shownFeedback = feedback;
      const step = steps[run.stepIndex];
      const safe = run.feedback?.safe;
      this.setExpression(
        expressionFor({
          face: step?.stage?.face,
          feedback: run.feedback ? (safe ? 'safe' : 'lessSafe') : undefined,
        }),
      );
      if (moving && run.feedback) {
        if (safe) sigh(this, this.hero);
        else playMotion(this, this.hero, 'shrug');
      }
    }
  }
}
