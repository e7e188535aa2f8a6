/**
 * Runs soak steps inside the page, as a user's input would arrive: DOM events on the app's own
 * controls and the map canvas, and the test hook for plain date changes. Each step waits for the
 * next animation frame, so the app renders between steps as it would between a user's inputs.
 */
import type { Page } from 'playwright-core';
import type { SoakStep } from './soak-steps';

export async function runStepsInPage(page: Page, steps: SoakStep[]): Promise<void> {
  await page.evaluate(async (steps) => {
    type Atlas = { map: import('maplibre-gl').Map; app: { setDay(day: number): void } };
    const atlas = (window as unknown as { __atlas: Atlas }).__atlas;
    const frame = () => new Promise<void>((done) => requestAnimationFrame(() => done()));
    const one = <T extends Element>(selector: string) => document.querySelector<T>(selector);
    const type = (input: HTMLInputElement, text: string) => {
      input.focus();
      input.value = text;
      input.dispatchEvent(new Event('input', { bubbles: true }));
    };
    const key = (target: Element, name: string) =>
      target.dispatchEvent(new KeyboardEvent('keydown', { key: name, bubbles: true }));
    const mouse = (target: Element, kind: string, x: number, y: number) =>
      target.dispatchEvent(
        new MouseEvent(kind, { clientX: x, clientY: y, bubbles: true, button: 0, buttons: 1 }),
      );

    for (const step of steps) {
      switch (step.kind) {
        case 'day':
          atlas.app.setDay(step.day);
          break;
        case 'typed': {
          const input = one<HTMLInputElement>('[data-testid="timeline-date-input"]')!;
          type(input, step.text);
          key(input, 'Enter');
          input.blur();
          break;
        }
        case 'hash':
          location.hash = step.hash;
          break;
        case 'play': {
          const play = one<HTMLButtonElement>('[data-testid="timeline-play"]')!;
          play.click();
          for (let i = 0; i < step.frames; i++) await frame();
          // Play may have stopped by itself (the end, a key event); pause only if it runs.
          if (play.textContent?.includes('Pause')) play.click();
          break;
        }
        case 'layer':
          document.querySelectorAll<HTMLInputElement>('.layers input')[step.index]?.click();
          break;
        case 'click': {
          const canvas = atlas.map.getCanvas();
          const rect = canvas.getBoundingClientRect();
          const x = rect.left + rect.width * step.x;
          const y = rect.top + rect.height * step.y;
          mouse(canvas, 'mousemove', x, y);
          mouse(canvas, 'mousedown', x, y);
          mouse(canvas, 'mouseup', x, y);
          mouse(canvas, 'click', x, y);
          break;
        }
        case 'search': {
          const input = one<HTMLInputElement>('[data-testid="search-input"]')!;
          type(input, step.query);
          await frame();
          key(input, 'Enter');
          input.blur();
          break;
        }
        case 'preset':
          document.querySelectorAll<HTMLButtonElement>('.presets button')[step.index]?.click();
          break;
      }
      await frame();
    }
  }, steps);
}
