import type Phaser from 'phaser';
import type { SettingName } from '../../core/content/schema';
import { paintSetting } from './paint-setting';

type Pen = 'back' | 'middle' | 'front';
const pens: readonly Pen[] = ['back', 'middle', 'front'];

/**
 * A setting drawn once into two textures (and again only when the scene is resized): its back and middle
 * layers together behind the characters, its front layer before them. Each frame then shows two
 * pictures instead of redrawing hundreds of shapes, and each whole-screen picture a frame costs a
 * school laptop without a graphics chip real work, so there are no more of them than the depth needs.
 */
export class BakedSetting {
  private readonly pens: Record<Pen, Phaser.GameObjects.Graphics>;
  private readonly behind: Phaser.GameObjects.RenderTexture;
  private readonly before: Phaser.GameObjects.RenderTexture;

  constructor(
    scene: Phaser.Scene,
    private readonly setting: SettingName,
  ) {
    const { width, height } = scene.scale;
    const pen = (): Phaser.GameObjects.Graphics => scene.make.graphics({}, false);
    this.pens = { back: pen(), middle: pen(), front: pen() };
    const layer = (depth: number): Phaser.GameObjects.RenderTexture =>
      scene.add.renderTexture(0, 0, width, height).setOrigin(0, 0).setDepth(depth);
    this.behind = layer(0);
    this.before = layer(10);
  }

  paint(width: number, height: number): void {
    paintSetting(this.pens, this.setting, width, height);
    const w = Math.max(1, Math.round(width));
    const h = Math.max(1, Math.round(height));
    this.behind.resize(w, h);
    this.behind.clear().draw(this.pens.back).draw(this.pens.middle).render();
    this.before.resize(w, h);
    this.before.clear().draw(this.pens.front).render();
  }

  destroy(): void {
    for (const pen of pens) this.pens[pen].destroy();
  }
}
