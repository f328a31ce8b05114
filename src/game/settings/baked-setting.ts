import type Phaser from 'phaser';
import type { SettingName } from '../../core/content/schema';
import { paintSetting } from './paint-setting';

type Part = 'back' | 'middle' | 'front';
const parts: readonly Part[] = ['back', 'middle', 'front'];
const depths: Record<Part, number> = { back: 0, middle: 1, front: 10 };

/**
 * A setting's three layers drawn once into textures (and again only when the scene is resized), so
 * each frame shows three pictures instead of redrawing hundreds of shapes on a school laptop.
 */
export class BakedSetting {
  private readonly pens: Record<Part, Phaser.GameObjects.Graphics>;
  private readonly layers: Record<Part, Phaser.GameObjects.RenderTexture>;

  constructor(
    scene: Phaser.Scene,
    private readonly setting: SettingName,
  ) {
    const { width, height } = scene.scale;
    const pen = (): Phaser.GameObjects.Graphics => scene.make.graphics({}, false);
    this.pens = { back: pen(), middle: pen(), front: pen() };
    const layer = (part: Part): Phaser.GameObjects.RenderTexture =>
      scene.add.renderTexture(0, 0, width, height).setOrigin(0, 0).setDepth(depths[part]);
    this.layers = { back: layer('back'), middle: layer('middle'), front: layer('front') };
  }

  paint(width: number, height: number): void {
    paintSetting(this.pens, this.setting, width, height);
    for (const part of parts) {
      const layer = this.layers[part];
      layer.resize(Math.max(1, Math.round(width)), Math.max(1, Math.round(height)));
      layer.clear().draw(this.pens[part]).render();
    }
  }

  destroy(): void {
    for (const part of parts) this.pens[part].destroy();
  }
}
