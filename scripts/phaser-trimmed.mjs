// The Phaser that `vite build` bundles (vite.config.ts aliases `phaser` to this file; the dev server
// uses the full one). Built from Phaser's own sources like its `phaser-core.js`, with only what
// src/game draws with: a game, scenes and their events, scaling, cameras, the image and SVG loader,
// textures, tweens and timers, and these game objects, each with its `this.add` factory: Image,
// Graphics (and `this.make.graphics`), RenderTexture, Container, Text, the shapes (Arc/circle, Ellipse, Rectangle, Triangle, Polygon, Line,
// Star) and particle emitters. WebGL with the Canvas fallback (Phaser.AUTO); no sound, physics,
// tilemaps, input plugin, sprites, bitmap text, meshes, video, lights or DOM elements.
// Adding a game object or loader to src/game means adding it here too: the production-build test
// (test/e2e/trimmed-phaser.spec.ts) starts a scenario of every step kind to catch a missing one.
import '../node_modules/phaser/src/polyfills/requestVideoFrame.js';
import CONST from '../node_modules/phaser/src/const.js';
import Extend from '../node_modules/phaser/src/utils/object/Extend.js';
import BlendModes from '../node_modules/phaser/src/renderer/BlendModes.js';
import Cameras from '../node_modules/phaser/src/cameras/2d/index.js';
import Core from '../node_modules/phaser/src/core/index.js';
import Class from '../node_modules/phaser/src/utils/Class.js';
import Events from '../node_modules/phaser/src/events/index.js';
import Game from '../node_modules/phaser/src/core/Game.js';
import DisplayList from '../node_modules/phaser/src/gameobjects/DisplayList.js';
import GameObjectFactory from '../node_modules/phaser/src/gameobjects/GameObjectFactory.js';
import GameObjectCreator from '../node_modules/phaser/src/gameobjects/GameObjectCreator.js';
import UpdateList from '../node_modules/phaser/src/gameobjects/UpdateList.js';
import GameObject from '../node_modules/phaser/src/gameobjects/GameObject.js';
import Components from '../node_modules/phaser/src/gameobjects/components/index.js';
import Image from '../node_modules/phaser/src/gameobjects/image/Image.js';
import Graphics from '../node_modules/phaser/src/gameobjects/graphics/Graphics.js';
import Container from '../node_modules/phaser/src/gameobjects/container/Container.js';
import RenderTexture from '../node_modules/phaser/src/gameobjects/rendertexture/RenderTexture.js';
import Text from '../node_modules/phaser/src/gameobjects/text/Text.js';
import Shape from '../node_modules/phaser/src/gameobjects/shape/Shape.js';
import Arc from '../node_modules/phaser/src/gameobjects/shape/arc/Arc.js';
import Ellipse from '../node_modules/phaser/src/gameobjects/shape/ellipse/Ellipse.js';
import Rectangle from '../node_modules/phaser/src/gameobjects/shape/rectangle/Rectangle.js';
import Triangle from '../node_modules/phaser/src/gameobjects/shape/triangle/Triangle.js';
import Polygon from '../node_modules/phaser/src/gameobjects/shape/polygon/Polygon.js';
import Line from '../node_modules/phaser/src/gameobjects/shape/line/Line.js';
import Star from '../node_modules/phaser/src/gameobjects/shape/star/Star.js';
import Particles from '../node_modules/phaser/src/gameobjects/particles/index.js';
import '../node_modules/phaser/src/gameobjects/image/ImageFactory.js';
import '../node_modules/phaser/src/gameobjects/graphics/GraphicsFactory.js';
import '../node_modules/phaser/src/gameobjects/graphics/GraphicsCreator.js';
import '../node_modules/phaser/src/gameobjects/rendertexture/RenderTextureFactory.js';
import '../node_modules/phaser/src/gameobjects/container/ContainerFactory.js';
import '../node_modules/phaser/src/gameobjects/text/TextFactory.js';
import '../node_modules/phaser/src/gameobjects/shape/arc/ArcFactory.js';
import '../node_modules/phaser/src/gameobjects/shape/ellipse/EllipseFactory.js';
import '../node_modules/phaser/src/gameobjects/shape/rectangle/RectangleFactory.js';
import '../node_modules/phaser/src/gameobjects/shape/triangle/TriangleFactory.js';
import '../node_modules/phaser/src/gameobjects/shape/polygon/PolygonFactory.js';
import '../node_modules/phaser/src/gameobjects/shape/line/LineFactory.js';
import '../node_modules/phaser/src/gameobjects/shape/star/StarFactory.js';
import '../node_modules/phaser/src/gameobjects/particles/ParticleEmitterFactory.js';
import ImageFile from '../node_modules/phaser/src/loader/filetypes/ImageFile.js';
import SVGFile from '../node_modules/phaser/src/loader/filetypes/SVGFile.js';
import LoaderPlugin from '../node_modules/phaser/src/loader/LoaderPlugin.js';
import MathBetween from '../node_modules/phaser/src/math/Between.js';
import FloatBetween from '../node_modules/phaser/src/math/FloatBetween.js';
import DegToRad from '../node_modules/phaser/src/math/DegToRad.js';
import Vector2 from '../node_modules/phaser/src/math/Vector2.js';
import Plugins from '../node_modules/phaser/src/plugins/index.js';
import Renderer from '../node_modules/phaser/src/renderer/index.js';
import Scale from '../node_modules/phaser/src/scale/index.js';
import ScaleModes from '../node_modules/phaser/src/renderer/ScaleModes.js';
import Scene from '../node_modules/phaser/src/scene/Scene.js';
import Scenes from '../node_modules/phaser/src/scene/index.js';
import Textures from '../node_modules/phaser/src/textures/index.js';
import Time from '../node_modules/phaser/src/time/index.js';
import Tweens from '../node_modules/phaser/src/tweens/index.js';
import Display from '../node_modules/phaser/src/display/index.js';

const Phaser = Extend(
  false,
  {
    BlendModes,
    Cameras: { Scene2D: Cameras },
    Core,
    Class,
    Display,
    Events,
    Game,
    GameObjects: {
      DisplayList,
      GameObjectFactory,
      GameObjectCreator,
      UpdateList,
      GameObject,
      Components,
      Image,
      Graphics,
      Container,
      RenderTexture,
      Text,
      Shape,
      Arc,
      Ellipse,
      Rectangle,
      Triangle,
      Polygon,
      Line,
      Star,
      Particles,
    },
    Loader: { FileTypes: { ImageFile, SVGFile }, LoaderPlugin },
    Math: { Between: MathBetween, FloatBetween, DegToRad, Vector2 },
    Plugins,
    Renderer,
    Scale,
    ScaleModes,
    Scene,
    Scenes,
    Textures,
    Time,
    Tweens,
  },
  CONST,
);

export default Phaser;
