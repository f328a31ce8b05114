import type { KeyStage } from '../core/content/key-stage';
import type { Scenario } from '../core/content/schema';
import { recordRun, resumePoint, statusOf } from '../core/progress/progress';
import * as runRules from '../core/scenario/scenario-run';
import type { AppState } from '../core/state/app-state';
import type { Store } from '../core/state/store';
import { loadKeyStage, type KeyStageContent } from '../content/levels';
import type { SoundEffects } from '../services/audio';
import type { SaveRepository } from '../services/storage/save-repository';

/** What playing needs of the game around it (GameApp). */
export interface PlayHost {
  readonly store: Store<AppState>;
  readonly saves: SaveRepository;
  readonly sounds: SoundEffects;
  readonly now: () => number;
  /** Keeps where the pupil is in this tab, for a reload. */
  rememberPlace(): void;
  /** Switches the class vote on for a KS1 demonstration. */
  voteAsAClass(): Promise<void>;
  /** Forgets this tab's pupil: a demonstration has none. */
  forgetTab(): void;
  /** The content of the current pupil's key stage (or of the one being demonstrated). */
  content(): Promise<KeyStageContent> | undefined;
}

/**
 * Playing a scenario: opening it where the pupil left off, each step through the pure rules in
 * src/core, saved before it shows. It loads with the first scenario or map (GameApp asks for it), not
 * with the title.
 */
export class ScenarioPlay {
  private steps: Promise<void> = Promise.resolve();

  constructor(private readonly host: PlayHost) {}

  private get state(): AppState {
    return this.host.store.get();
  }

  /** A grown-up's demonstration of a scenario (see GameApp.demonstrate). */
  async demonstrate(keyStage: KeyStage, statementId: string): Promise<void> {
    const scenario = (await loadKeyStage(keyStage)).scenarios.get(statementId);
    if (keyStage === 'ks1') await this.host.voteAsAClass();
    this.host.forgetTab();
    this.host.store.update((state) => ({
      ...state,
      currentProfileId: undefined,
      progress: {},
      agreements: {},
      demonstration: keyStage,
      gate: { ...state.gate, unlocked: false },
      screen: { name: 'scenario', statementId },
      run: scenario ? runRules.startRun(scenario) : undefined,
    }));
  }

  async openStatement(statementId: string): Promise<void> {
    const scenario = (await this.host.content())?.scenarios.get(statementId);
    const resume = resumePoint(this.state.progress, statementId);
    // A statement played before shows its choices in another order.
    const rotation = statusOf(this.state.progress, statementId) === 'done' ? 1 : 0;
    const run = scenario ? runRules.startRun(scenario, resume.step, resume.misses, rotation) : undefined;
    this.host.store.update((state) => ({ ...state, screen: { name: 'scenario', statementId }, run }));
    this.host.rememberPlace();
  }

  async choose(scenario: Scenario, choiceId: string): Promise<void> {
    await this.changeRun(scenario, (run) => runRules.choose(scenario, run, choiceId));
    const feedback = this.state.run?.feedback;
    if (feedback) this.host.sounds.play(feedback.safe ? 'success' : 'tryAgain');
  }

  async place(scenario: Scenario, itemId: string, targetId: string): Promise<void> {
    const before = this.state.run;
    await this.changeRun(scenario, (run) => runRules.place(scenario, run, itemId, targetId));
    const lastTry = this.state.run?.lastTry;
    if (lastTry && this.state.run !== before) this.host.sounds.play(lastTry.right ? 'success' : 'tryAgain');
  }

  tryAgain(scenario: Scenario): Promise<void> {
    this.host.sounds.play('choice');
    return this.changeRun(scenario, (run) => runRules.tryAgain(run));
  }

  async next(scenario: Scenario): Promise<void> {
    await this.changeRun(scenario, (run) => runRules.next(scenario, run));
    const run = this.state.run;
    if (run && runRules.isAtEnding(scenario, run)) this.host.sounds.play('jingle');
  }

  back(scenario: Scenario): Promise<void> {
    return this.changeRun(scenario, (run) => runRules.back(run));
  }

  replay(scenario: Scenario): Promise<void> {
    return this.changeRun(scenario, (run) => runRules.startRun(scenario, 0, {}, (run.rotation ?? 0) + 1));
  }

  /** Steps are taken one at a time, each from the state the one before left, however fast the clicks. */
  private changeRun(
    scenario: Scenario,
    change: (run: runRules.ScenarioRun) => runRules.ScenarioRun,
  ): Promise<void> {
    const shown = this.steps.then(() => this.takeStep(scenario, change));
    this.steps = shown.then(() => undefined);
    return shown.then(({ saved }) => saved);
  }

  /**
   * Saves the step, then shows it: the screen moves on once the step is on disk (a millisecond or so),
   * so closing the browser straight after a click keeps it. Merging it into the pupil's record follows.
   */
  private async takeStep(
    scenario: Scenario,
    change: (run: runRules.ScenarioRun) => runRules.ScenarioRun,
  ): Promise<{ saved: Promise<void> }> {
    const before = this.state.run;
    const profileId = this.state.currentProfileId;
    if (!before || before.scenarioId !== scenario.id || (!profileId && !this.state.demonstration)) {
      return { saved: Promise.resolve() };
    }
    const run = change(before);
    if (run === before) return { saved: Promise.resolve() };
    if (!profileId) {
      this.host.store.update((state) => ({ ...state, run }));
      return { saved: Promise.resolve() };
    }
    const progress = recordRun(
      this.state.progress,
      scenario.statement,
      run,
      scenario.steps.length,
      this.host.now(),
    );
    const { written, saved } = this.host.saves.saveStep(profileId, scenario.statement, progress);
    await written;
    this.host.store.update((state) => ({ ...state, run, progress }));
    this.host.rememberPlace();
    return { saved };
  }
}
