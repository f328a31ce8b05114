import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Narrator } from '../../services/narration';

const longPressMs = 550;

/** The words of a button: its accessible name where it has one, or what it shows. */
function buttonWords(button: HTMLButtonElement): string {
  return (button.getAttribute('aria-label') ?? button.textContent ?? '').replace(/\s+/g, ' ').trim();
}

function buttonIn(event: Event): HTMLButtonElement | undefined {
  return event.composedPath().find((target) => target instanceof HTMLButtonElement);
}

/** The element with focus, looking inside shadow roots. */
function focused(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** Whether `element` is inside `host`, across shadow roots. */
function isInside(element: Node, host: Node): boolean {
  for (let node: Node | null = element; node;) {
    if (node === host) return true;
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return false;
}

/**
 * For children who cannot read yet: a button's words are read again when they move to it with the
 * keyboard, or when they press and hold it (a long press only reads; it does not press the button).
 */
export class LabelReader implements ReactiveController {
  private timer?: ReturnType<typeof setTimeout>;
  private heldLong = false;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly narrator: () => Narrator | undefined,
    private readonly active: () => boolean,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    document.addEventListener('keyup', this.onKey, true);
    this.host.addEventListener('pointerdown', this.onPress);
    for (const type of ['pointerup', 'pointercancel', 'pointerleave']) {
      this.host.addEventListener(type, this.onRelease);
    }
    this.host.addEventListener('click', this.onClick, true);
    this.host.addEventListener('contextmenu', this.onContextMenu);
  }

  hostDisconnected(): void {
    document.removeEventListener('keyup', this.onKey, true);
    this.host.removeEventListener('pointerdown', this.onPress);
    for (const type of ['pointerup', 'pointercancel', 'pointerleave']) {
      this.host.removeEventListener(type, this.onRelease);
    }
    this.host.removeEventListener('click', this.onClick, true);
    this.host.removeEventListener('contextmenu', this.onContextMenu);
    clearTimeout(this.timer);
  }

  private read(button: HTMLButtonElement): void {
    const words = buttonWords(button);
    if (words && this.active()) this.narrator()?.speak(words);
  }

  /** After Tab (or Shift+Tab) has moved focus: read the button it reached, if it is one of ours. */
  private readonly onKey = (event: KeyboardEvent): void => {
    if (event.key !== 'Tab') return;
    const button = focused();
    if (button instanceof HTMLButtonElement && isInside(button, this.host)) this.read(button);
  };

  private readonly onPress = (event: PointerEvent): void => {
    const button = buttonIn(event);
    this.heldLong = false;
    clearTimeout(this.timer);
    if (!button || !this.active()) return;
    this.timer = setTimeout(() => {
      this.heldLong = true;
      this.read(button);
    }, longPressMs);
  };

  private readonly onRelease = (): void => clearTimeout(this.timer);

  private readonly onClick = (event: MouseEvent): void => {
    if (!this.heldLong) return;
    this.heldLong = false;
    event.preventDefault();
    event.stopImmediatePropagation();
  };

  private readonly onContextMenu = (event: Event): void => {
    if (this.active() && buttonIn(event)) event.preventDefault();
  };
}
