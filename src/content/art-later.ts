/**
 * Every other picture: the scenes, the map's stickers, the grown-ups' screens. Loaded with the first of
 * those screens (src/ui/soq-app/later-screens.ts), in one chunk.
 * Pictures from Twemoji (graphics CC-BY 4.0, by Twitter, Inc. and contributors) and the body pictures
 * drawn for this game (src/content/body), inlined as data URLs so they travel inside the script: a
 * handful of requests instead of one a picture on a slow, filtered school network.
 */
import type { LaterArtName } from './art-pickers';
import tablet from '@twemoji/svg/1f4f1.svg?inline';
import raisedHand from '@twemoji/svg/1f64b.svg?inline';
import speaking from '@twemoji/svg/1f5e3.svg?inline';
import confused from '@twemoji/svg/1f615.svg?inline';
import handshake from '@twemoji/svg/1f91d.svg?inline';
import mask from '@twemoji/svg/1f3ad.svg?inline';
import infinity from '@twemoji/svg/267e.svg?inline';
import stopHand from '@twemoji/svg/270b.svg?inline';
import tshirt from '@twemoji/svg/1f455.svg?inline';
import lock from '@twemoji/svg/1f512.svg?inline';
import yellowHeart from '@twemoji/svg/1f49b.svg?inline';
import laptop from '@twemoji/svg/1f4bb.svg?inline';
import house from '@twemoji/svg/1f3e0.svg?inline';
import palette from '@twemoji/svg/1f3a8.svg?inline';
import key from '@twemoji/svg/1f511.svg?inline';
import mouse from '@twemoji/svg/1f5b1.svg?inline';
import blueHeart from '@twemoji/svg/1f499.svg?inline';
import speechBubble from '@twemoji/svg/1f4ac.svg?inline';
import peopleHolding from '@twemoji/svg/1f9d1-200d-1f91d-200d-1f9d1.svg?inline';
import videoCamera from '@twemoji/svg/1f4f9.svg?inline';
import camera from '@twemoji/svg/1f4f7.svg?inline';
import family from '@twemoji/svg/1f46a.svg?inline';
import gameController from '@twemoji/svg/1f3ae.svg?inline';
import noEntry from '@twemoji/svg/1f6ab.svg?inline';
import rainbow from '@twemoji/svg/1f308.svg?inline';
import copyright from '@twemoji/svg/a9.svg?inline';
import magnifier from '@twemoji/svg/1f50d.svg?inline';
import girl from '@twemoji/svg/1f467.svg?inline';
import boy from '@twemoji/svg/1f466.svg?inline';
import teacher from '@twemoji/svg/1f469-200d-1f3eb.svg?inline';
import woman from '@twemoji/svg/1f469.svg?inline';
import man from '@twemoji/svg/1f468.svg?inline';
import child from '@twemoji/svg/1f9d2.svg?inline';
import smiling from '@twemoji/svg/1f60a.svg?inline';
import worried from '@twemoji/svg/1f61f.svg?inline';
import thinking from '@twemoji/svg/1f914.svg?inline';
import thumbsUp from '@twemoji/svg/1f44d.svg?inline';
import celebrate from '@twemoji/svg/1f64c.svg?inline';
import television from '@twemoji/svg/1f4fa.svg?inline';
import gift from '@twemoji/svg/1f381.svg?inline';
import star from '@twemoji/svg/2b50.svg?inline';
import glowingStar from '@twemoji/svg/1f31f.svg?inline';
import shush from '@twemoji/svg/1f92b.svg?inline';
import school from '@twemoji/svg/1f3eb.svg?inline';
import bed from '@twemoji/svg/1f6cf.svg?inline';
import book from '@twemoji/svg/1f4d6.svg?inline';
import tick from '@twemoji/svg/2705.svg?inline';
import hourglass from '@twemoji/svg/23f3.svg?inline';
import map from '@twemoji/svg/1f5fa.svg?inline';
import pencil from '@twemoji/svg/1f4dd.svg?inline';
import home from '@twemoji/svg/1f3e1.svg?inline';
import printer from '@twemoji/svg/1f5a8.svg?inline';
import replay from '@twemoji/svg/1f504.svg?inline';
import birthdayCake from '@twemoji/svg/1f382.svg?inline';
import coat from '@twemoji/svg/1f9e5.svg?inline';
import envelope from '@twemoji/svg/2709.svg?inline';
import globe from '@twemoji/svg/1f310.svg?inline';
import warning from '@twemoji/svg/26a0.svg?inline';
import moneyBag from '@twemoji/svg/1f4b0.svg?inline';
import coin from '@twemoji/svg/1fa99.svg?inline';
import pizza from '@twemoji/svg/1f355.svg?inline';
import football from '@twemoji/svg/26bd.svg?inline';
import artist from '@twemoji/svg/1f9d1-200d-1f3a8.svg?inline';
import framedPicture from '@twemoji/svg/1f5bc.svg?inline';
import cameraFlash from '@twemoji/svg/1f4f8.svg?inline';
import sad from '@twemoji/svg/1f622.svg?inline';
import waving from '@twemoji/svg/1f44b.svg?inline';
import question from '@twemoji/svg/2753.svg?inline';
import bell from '@twemoji/svg/1f514.svg?inline';
import lightbulb from '@twemoji/svg/1f4a1.svg?inline';
import robot from '@twemoji/svg/1f916.svg?inline';
import link from '@twemoji/svg/1f517.svg?inline';
import shield from '@twemoji/svg/1f6e1.svg?inline';
import trophy from '@twemoji/svg/1f3c6.svg?inline';
import balloon from '@twemoji/svg/1f388.svg?inline';
import sparkles from '@twemoji/svg/2728.svg?inline';
import pin from '@twemoji/svg/1f4cd.svg?inline';
import friends from '@twemoji/svg/1f46b.svg?inline';
import grandma from '@twemoji/svg/1f475.svg?inline';
import grandpa from '@twemoji/svg/1f474.svg?inline';
import thoughtBubble from '@twemoji/svg/1f4ad.svg?inline';
import eyes from '@twemoji/svg/1f440.svg?inline';
import sun from '@twemoji/svg/2600.svg?inline';
import tree from '@twemoji/svg/1f333.svg?inline';
import dragon from '@twemoji/svg/1f409.svg?inline';
import paperclip from '@twemoji/svg/1f4ce.svg?inline';
import music from '@twemoji/svg/1f3b5.svg?inline';
import videoGame from '@twemoji/svg/1f579.svg?inline';
import ok from '@twemoji/svg/1f197.svg?inline';
import phone from '@twemoji/svg/1f4de.svg?inline';
import puzzle from '@twemoji/svg/1f9e9.svg?inline';
import runner from '@twemoji/svg/1f3c3.svg?inline';
import plant from '@twemoji/svg/1f331.svg?inline';
import dizzy from '@twemoji/svg/1f635.svg?inline';
import relieved from '@twemoji/svg/1f60c.svg?inline';
import hug from '@twemoji/svg/1f917.svg?inline';
import books from '@twemoji/svg/1f4da.svg?inline';
import newspaper from '@twemoji/svg/1f4f0.svg?inline';
import microphone from '@twemoji/svg/1f3a4.svg?inline';
import clapper from '@twemoji/svg/1f3ac.svg?inline';
import doorway from '@twemoji/svg/1f6aa.svg?inline';
import bin from '@twemoji/svg/1f5d1.svg?inline';
import ticket from '@twemoji/svg/1f39f.svg?inline';
import gem from '@twemoji/svg/1f48e.svg?inline';
import cart from '@twemoji/svg/1f6d2.svg?inline';
import detective from '@twemoji/svg/1f575.svg?inline';
import noPhones from '@twemoji/svg/1f4f5.svg?inline';
import seeNoEvil from '@twemoji/svg/1f648.svg?inline';
import stopSign from '@twemoji/svg/1f6d1.svg?inline';
import lockedWithKey from '@twemoji/svg/1f510.svg?inline';
import numbers from '@twemoji/svg/1f522.svg?inline';
import symbols from '@twemoji/svg/1f523.svg?inline';
import letters from '@twemoji/svg/1f524.svg?inline';
import calendar from '@twemoji/svg/1f4c5.svg?inline';
import stranger from '@twemoji/svg/1f464.svg?inline';
import group from '@twemoji/svg/1f465.svg?inline';
import coder from '@twemoji/svg/1f9d1-200d-1f4bb.svg?inline';
import teddy from '@twemoji/svg/1f9f8.svg?inline';
import memo from '@twemoji/svg/1f4dd.svg?inline';
import over18 from '@twemoji/svg/1f51e.svg?inline';
import brain from '@twemoji/svg/1f9e0.svg?inline';
import meditate from '@twemoji/svg/1f9d8.svg?inline';
import satellite from '@twemoji/svg/1f4e1.svg?inline';
import locationPin from '@twemoji/svg/1f4cd.svg?inline';
import checkMark from '@twemoji/svg/2705.svg?inline';
import crossMark from '@twemoji/svg/274e.svg?inline';
import judge from '@twemoji/svg/2696.svg?inline';
import flag from '@twemoji/svg/1f6a9.svg?inline';
import muscle from '@twemoji/svg/1f4aa.svg?inline';
import seedling from '@twemoji/svg/1f331.svg?inline';
import bike from '@twemoji/svg/1f6b2.svg?inline';
import cookie from '@twemoji/svg/1f36a.svg?inline';
import cake from '@twemoji/svg/1f370.svg?inline';
import party from '@twemoji/svg/1f973.svg?inline';
import angry from '@twemoji/svg/1f620.svg?inline';
import crying from '@twemoji/svg/1f622.svg?inline';
import wheelchair from '@twemoji/svg/267f.svg?inline';
import earth from '@twemoji/svg/1f30f.svg?inline';
import school2 from '@twemoji/svg/1f3eb.svg?inline';
import pageFacingUp from '@twemoji/svg/1f4c4.svg?inline';
import clipboard from '@twemoji/svg/1f4cb.svg?inline';
import film from '@twemoji/svg/1f39e.svg?inline';
import recording from '@twemoji/svg/23fa.svg?inline';
import sparkleHeart from '@twemoji/svg/1f496.svg?inline';
import pray from '@twemoji/svg/1f64f.svg?inline';
import ear from '@twemoji/svg/1f442.svg?inline';
import quiet from '@twemoji/svg/1f910.svg?inline';
import broom from '@twemoji/svg/1f9f9.svg?inline';
import mailbox from '@twemoji/svg/1f4ec.svg?inline';
import wave from '@twemoji/svg/1f44b.svg?inline';
import sunglasses from '@twemoji/svg/1f60e.svg?inline';
import openBook from '@twemoji/svg/1f4d6.svg?inline';
import microscope from '@twemoji/svg/1f52c.svg?inline';
import chart from '@twemoji/svg/1f4ca.svg?inline';
import mobileArrow from '@twemoji/svg/1f4f2.svg?inline';
import bust from '@twemoji/svg/1f9d1.svg?inline';
import scroll from '@twemoji/svg/1f4dc.svg?inline';
import keyboard from '@twemoji/svg/2328.svg?inline';
import blocked from '@twemoji/svg/26d4.svg?inline';
import trafficLight from '@twemoji/svg/1f6a6.svg?inline';
// Drawn for this game: where a feeling sits in the body (tummy, head, chest, hands).
import bodyTummy from './body/tummy.svg?inline';
import bodyHead from './body/head.svg?inline';
import bodyChest from './body/chest.svg?inline';
import bodyHands from './body/hands.svg?inline';

export const laterArt = {
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
  star,
  glowingStar,
  shush,
  school,
  bed,
  book,
  tick,
  hourglass,
  map,
  pencil,
  home,
  printer,
  replay,
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
  blocked,
  trafficLight,
  bodyTummy,
  bodyHead,
  bodyChest,
  bodyHands,
} as const satisfies Record<LaterArtName, string>;
