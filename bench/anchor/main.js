// The anchor for `npm run bench`: a bare Phaser 4 game as a Vite project starts one (the full Phaser
// bundle, Phaser.AUTO, a scene that draws a title). Usable = its first frame, marked for the bench.
import Phaser from 'phaser';

class Title extends Phaser.Scene {
  create() {
    this.add.rectangle(512, 384, 1024, 768, 0x1d2b53);
    this.add.text(512, 384, 'Main Menu', { fontSize: '38px', color: '#ffffff' }).setOrigin(0.5);
    this.game.events.once(Phaser.Core.Events.POST_RENDER, () => performance.mark('anchor:first-frame'));
  }
}

new Phaser.Game({
  type: Phaser.AUTO,
  width: 1024,
  height: 768,
  parent: 'game-container',
  backgroundColor: '#028af8',
  scene: [Title],
});
