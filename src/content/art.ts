/**
 * Every picture the game shows, from Twemoji (graphics CC-BY 4.0, by Twitter, Inc. and contributors),
 * bundled with the game. `satisfies Record<ArtName, string>` makes a missing picture fail `tsc`.
 */
import type { ArtName } from '../core/content/art-names';
import tablet from '@twemoji/svg/1f4f1.svg?url';
import raisedHand from '@twemoji/svg/1f64b.svg?url';
import speaking from '@twemoji/svg/1f5e3.svg?url';
import confused from '@twemoji/svg/1f615.svg?url';
import handshake from '@twemoji/svg/1f91d.svg?url';
import mask from '@twemoji/svg/1f3ad.svg?url';
import infinity from '@twemoji/svg/267e.svg?url';
import stopHand from '@twemoji/svg/270b.svg?url';
import tshirt from '@twemoji/svg/1f455.svg?url';
import lock from '@twemoji/svg/1f512.svg?url';
import yellowHeart from '@twemoji/svg/1f49b.svg?url';
import laptop from '@twemoji/svg/1f4bb.svg?url';
import house from '@twemoji/svg/1f3e0.svg?url';
import palette from '@twemoji/svg/1f3a8.svg?url';
import key from '@twemoji/svg/1f511.svg?url';
import mouse from '@twemoji/svg/1f5b1.svg?url';
import blueHeart from '@twemoji/svg/1f499.svg?url';
import speechBubble from '@twemoji/svg/1f4ac.svg?url';
import peopleHolding from '@twemoji/svg/1f9d1-200d-1f91d-200d-1f9d1.svg?url';
import videoCamera from '@twemoji/svg/1f4f9.svg?url';
import camera from '@twemoji/svg/1f4f7.svg?url';
import family from '@twemoji/svg/1f46a.svg?url';
import gameController from '@twemoji/svg/1f3ae.svg?url';
import noEntry from '@twemoji/svg/1f6ab.svg?url';
import rainbow from '@twemoji/svg/1f308.svg?url';
import copyright from '@twemoji/svg/a9.svg?url';
import magnifier from '@twemoji/svg/1f50d.svg?url';
import owl from '@twemoji/svg/1f989.svg?url';
import girl from '@twemoji/svg/1f467.svg?url';
import boy from '@twemoji/svg/1f466.svg?url';
import teacher from '@twemoji/svg/1f469-200d-1f3eb.svg?url';
import woman from '@twemoji/svg/1f469.svg?url';
import man from '@twemoji/svg/1f468.svg?url';
import child from '@twemoji/svg/1f9d2.svg?url';
import smiling from '@twemoji/svg/1f60a.svg?url';
import worried from '@twemoji/svg/1f61f.svg?url';
import thinking from '@twemoji/svg/1f914.svg?url';
import thumbsUp from '@twemoji/svg/1f44d.svg?url';
import celebrate from '@twemoji/svg/1f64c.svg?url';
import television from '@twemoji/svg/1f4fa.svg?url';
import gift from '@twemoji/svg/1f381.svg?url';
import dog from '@twemoji/svg/1f436.svg?url';
import cat from '@twemoji/svg/1f431.svg?url';
import rabbit from '@twemoji/svg/1f430.svg?url';
import fox from '@twemoji/svg/1f98a.svg?url';
import panda from '@twemoji/svg/1f43c.svg?url';
import lion from '@twemoji/svg/1f981.svg?url';
import frog from '@twemoji/svg/1f438.svg?url';
import unicorn from '@twemoji/svg/1f984.svg?url';
import turtle from '@twemoji/svg/1f422.svg?url';
import penguin from '@twemoji/svg/1f427.svg?url';
import star from '@twemoji/svg/2b50.svg?url';
import glowingStar from '@twemoji/svg/1f31f.svg?url';
import shush from '@twemoji/svg/1f92b.svg?url';
import school from '@twemoji/svg/1f3eb.svg?url';
import bed from '@twemoji/svg/1f6cf.svg?url';
import book from '@twemoji/svg/1f4d6.svg?url';
import speaker from '@twemoji/svg/1f50a.svg?url';
import mute from '@twemoji/svg/1f507.svg?url';
import readAloud from '@twemoji/svg/1f508.svg?url';
import tick from '@twemoji/svg/2705.svg?url';
import hourglass from '@twemoji/svg/23f3.svg?url';
import map from '@twemoji/svg/1f5fa.svg?url';
import pencil from '@twemoji/svg/1f4dd.svg?url';
import home from '@twemoji/svg/1f3e1.svg?url';
import printer from '@twemoji/svg/1f5a8.svg?url';
import replay from '@twemoji/svg/1f504.svg?url';
import rocket from '@twemoji/svg/1f680.svg?url';
import birthdayCake from '@twemoji/svg/1f382.svg?url';
import coat from '@twemoji/svg/1f9e5.svg?url';
import envelope from '@twemoji/svg/2709.svg?url';
import globe from '@twemoji/svg/1f310.svg?url';
import warning from '@twemoji/svg/26a0.svg?url';
import moneyBag from '@twemoji/svg/1f4b0.svg?url';
import coin from '@twemoji/svg/1fa99.svg?url';
import pizza from '@twemoji/svg/1f355.svg?url';
import football from '@twemoji/svg/26bd.svg?url';
import artist from '@twemoji/svg/1f9d1-200d-1f3a8.svg?url';
import framedPicture from '@twemoji/svg/1f5bc.svg?url';
import cameraFlash from '@twemoji/svg/1f4f8.svg?url';
import sad from '@twemoji/svg/1f622.svg?url';
import waving from '@twemoji/svg/1f44b.svg?url';
import question from '@twemoji/svg/2753.svg?url';
import bell from '@twemoji/svg/1f514.svg?url';
import lightbulb from '@twemoji/svg/1f4a1.svg?url';
import robot from '@twemoji/svg/1f916.svg?url';
import link from '@twemoji/svg/1f517.svg?url';
import shield from '@twemoji/svg/1f6e1.svg?url';
import trophy from '@twemoji/svg/1f3c6.svg?url';
import balloon from '@twemoji/svg/1f388.svg?url';
import sparkles from '@twemoji/svg/2728.svg?url';
import pin from '@twemoji/svg/1f4cd.svg?url';
import friends from '@twemoji/svg/1f46b.svg?url';
import grandma from '@twemoji/svg/1f475.svg?url';
import grandpa from '@twemoji/svg/1f474.svg?url';
import thoughtBubble from '@twemoji/svg/1f4ad.svg?url';
import eyes from '@twemoji/svg/1f440.svg?url';
import sun from '@twemoji/svg/2600.svg?url';
import tree from '@twemoji/svg/1f333.svg?url';
import dragon from '@twemoji/svg/1f409.svg?url';
import paperclip from '@twemoji/svg/1f4ce.svg?url';
import music from '@twemoji/svg/1f3b5.svg?url';
import videoGame from '@twemoji/svg/1f579.svg?url';
import ok from '@twemoji/svg/1f197.svg?url';
import phone from '@twemoji/svg/1f4de.svg?url';
import puzzle from '@twemoji/svg/1f9e9.svg?url';
import runner from '@twemoji/svg/1f3c3.svg?url';
import plant from '@twemoji/svg/1f331.svg?url';
import dizzy from '@twemoji/svg/1f635.svg?url';
import relieved from '@twemoji/svg/1f60c.svg?url';
import hug from '@twemoji/svg/1f917.svg?url';
import books from '@twemoji/svg/1f4da.svg?url';
import newspaper from '@twemoji/svg/1f4f0.svg?url';
import microphone from '@twemoji/svg/1f3a4.svg?url';
import clapper from '@twemoji/svg/1f3ac.svg?url';
import doorway from '@twemoji/svg/1f6aa.svg?url';
import bin from '@twemoji/svg/1f5d1.svg?url';
import ticket from '@twemoji/svg/1f39f.svg?url';
import gem from '@twemoji/svg/1f48e.svg?url';
import cart from '@twemoji/svg/1f6d2.svg?url';
import detective from '@twemoji/svg/1f575.svg?url';
import noPhones from '@twemoji/svg/1f4f5.svg?url';
import seeNoEvil from '@twemoji/svg/1f648.svg?url';
import stopSign from '@twemoji/svg/1f6d1.svg?url';
import lockedWithKey from '@twemoji/svg/1f510.svg?url';
import numbers from '@twemoji/svg/1f522.svg?url';
import symbols from '@twemoji/svg/1f523.svg?url';
import letters from '@twemoji/svg/1f524.svg?url';
import calendar from '@twemoji/svg/1f4c5.svg?url';
import stranger from '@twemoji/svg/1f464.svg?url';
import group from '@twemoji/svg/1f465.svg?url';
import coder from '@twemoji/svg/1f9d1-200d-1f4bb.svg?url';
import teddy from '@twemoji/svg/1f9f8.svg?url';
import memo from '@twemoji/svg/1f4dd.svg?url';
import over18 from '@twemoji/svg/1f51e.svg?url';
import brain from '@twemoji/svg/1f9e0.svg?url';
import meditate from '@twemoji/svg/1f9d8.svg?url';
import satellite from '@twemoji/svg/1f4e1.svg?url';
import locationPin from '@twemoji/svg/1f4cd.svg?url';
import checkMark from '@twemoji/svg/2705.svg?url';
import crossMark from '@twemoji/svg/274e.svg?url';
import judge from '@twemoji/svg/2696.svg?url';
import flag from '@twemoji/svg/1f6a9.svg?url';
import muscle from '@twemoji/svg/1f4aa.svg?url';
import seedling from '@twemoji/svg/1f331.svg?url';
import bike from '@twemoji/svg/1f6b2.svg?url';
import cookie from '@twemoji/svg/1f36a.svg?url';
import cake from '@twemoji/svg/1f370.svg?url';
import party from '@twemoji/svg/1f973.svg?url';
import angry from '@twemoji/svg/1f620.svg?url';
import crying from '@twemoji/svg/1f622.svg?url';
import wheelchair from '@twemoji/svg/267f.svg?url';
import earth from '@twemoji/svg/1f30f.svg?url';
import school2 from '@twemoji/svg/1f3eb.svg?url';
import pageFacingUp from '@twemoji/svg/1f4c4.svg?url';
import clipboard from '@twemoji/svg/1f4cb.svg?url';
import film from '@twemoji/svg/1f39e.svg?url';
import recording from '@twemoji/svg/23fa.svg?url';
import sparkleHeart from '@twemoji/svg/1f496.svg?url';
import pray from '@twemoji/svg/1f64f.svg?url';
import ear from '@twemoji/svg/1f442.svg?url';
import quiet from '@twemoji/svg/1f910.svg?url';
import broom from '@twemoji/svg/1f9f9.svg?url';
import mailbox from '@twemoji/svg/1f4ec.svg?url';
import wave from '@twemoji/svg/1f44b.svg?url';
import sunglasses from '@twemoji/svg/1f60e.svg?url';
import openBook from '@twemoji/svg/1f4d6.svg?url';
import microscope from '@twemoji/svg/1f52c.svg?url';
import chart from '@twemoji/svg/1f4ca.svg?url';
import mobileArrow from '@twemoji/svg/1f4f2.svg?url';
import bust from '@twemoji/svg/1f9d1.svg?url';
import scroll from '@twemoji/svg/1f4dc.svg?url';
import keyboard from '@twemoji/svg/2328.svg?url';
import gear from '@twemoji/svg/2699.svg?url';
import blocked from '@twemoji/svg/26d4.svg?url';
import trafficLight from '@twemoji/svg/1f6a6.svg?url';

// Drawn for this game: where a feeling sits in the body (tummy, head, chest, hands).
import bodyTummy from './body/tummy.svg?url';
import bodyHead from './body/head.svg?url';
import bodyChest from './body/chest.svg?url';
import bodyHands from './body/hands.svg?url';

export const artUrls = {
  tablet,
  raisedHand,
  speaking,
  confused,
  handshake,
  mask,
  infinity,
  stopHand,
  tshirt,
  lock,
  yellowHeart,
  laptop,
  house,
  palette,
  key,
  mouse,
  blueHeart,
  speechBubble,
  peopleHolding,
  videoCamera,
  camera,
  family,
  gameController,
  noEntry,
  rainbow,
  copyright,
  magnifier,
  owl,
  girl,
  boy,
  teacher,
  woman,
  man,
  child,
  smiling,
  worried,
  thinking,
  thumbsUp,
  celebrate,
  television,
  gift,
  dog,
  cat,
  rabbit,
  fox,
  panda,
  lion,
  frog,
  unicorn,
  turtle,
  penguin,
  star,
  glowingStar,
  shush,
  school,
  bed,
  book,
  speaker,
  mute,
  readAloud,
  tick,
  hourglass,
  map,
  pencil,
  home,
  printer,
  replay,
  rocket,
  birthdayCake,
  coat,
  envelope,
  globe,
  warning,
  moneyBag,
  coin,
  pizza,
  football,
  artist,
  framedPicture,
  cameraFlash,
  sad,
  waving,
  question,
  bell,
  lightbulb,
  robot,
  link,
  shield,
  trophy,
  balloon,
  sparkles,
  pin,
  friends,
  grandma,
  grandpa,
  thoughtBubble,
  eyes,
  sun,
  tree,
  dragon,
  paperclip,
  music,
  videoGame,
  ok,
  phone,
  puzzle,
  runner,
  plant,
  dizzy,
  relieved,
  hug,
  books,
  newspaper,
  microphone,
  clapper,
  doorway,
  bin,
  ticket,
  gem,
  cart,
  detective,
  noPhones,
  seeNoEvil,
  stopSign,
  lockedWithKey,
  numbers,
  symbols,
  letters,
  calendar,
  stranger,
  group,
  coder,
  teddy,
  memo,
  over18,
  brain,
  meditate,
  satellite,
  locationPin,
  checkMark,
  crossMark,
  judge,
  flag,
  muscle,
  seedling,
  bike,
  cookie,
  cake,
  party,
  angry,
  crying,
  wheelchair,
  earth,
  school2,
  pageFacingUp,
  clipboard,
  film,
  recording,
  sparkleHeart,
  pray,
  ear,
  quiet,
  broom,
  mailbox,
  wave,
  sunglasses,
  openBook,
  microscope,
  chart,
  mobileArrow,
  bust,
  scroll,
  keyboard,
  gear,
  blocked,
  trafficLight,
  bodyTummy,
  bodyHead,
  bodyChest,
  bodyHands,
} as const satisfies Record<ArtName, string>;

export function artUrl(name: ArtName): string {
  return artUrls[name];
}
