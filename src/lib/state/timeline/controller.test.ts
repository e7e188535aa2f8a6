import { describe, expect, it } from 'vitest';
import { toDay, toIso } from '../../time/days';
import { type FrameScheduler, TimelineController } from './controller.svelte';
import type { TimelineTick } from './ticks';
import { PLAY_TICK } from '../history-intent';

/** Frames run only when the test says so, at the times it gives. */
class ManualFrames implements FrameScheduler {
  #queue = new Map<number, (now: number) => void>();
  #next = 1;
  request = (callback: (now: number) => void) => {
    const handle = this.#next++;
    this.#queue.set(handle, callback);
    return handle;
  };
  cancel = (handle: number) => {
    this.#queue.delete(handle);
  };
  get scheduled(): number {
    return this.#queue.size;
  }
  run(now: number): void {
    const callbacks = [...this.#queue.values()];
    this.#queue.clear();
    for (const callback of callbacks) callback(now);
  }
}

/** A timeline over 1988-01-01 … 2025-09-30 whose app takes every change it is given. */
function setup(start: string, ticks: TimelineTick[] = []) {
  const frames = new ManualFrames();
  const changes: string[] = [];
  const gestures: (number | null)[] = [];
  let day = toDay(start);
  const timeline = new TimelineController({
    day: () => day,
    full: () => ({ from: toDay('1988-01-01'), to: toDay('2025-10-01') }),
    ticks: () => ticks,
    keyDays: () => [...new Set(ticks.map((t) => t.day))],
    onchange: (next, gesture) => {
      changes.push(toIso(next));
      gestures.push(gesture);
      day = next;
    },
    frames,
  });
  return { timeline, frames, changes, gestures, day: () => toIso(day) };
}

describe('gestures', () => {
  it('tags the days of one drag with one gesture each, and play ticks as play ticks', () => {
    const { timeline, frames, gestures } = setup('2000-01-01');
    timeline.step('day', 1);
    frames.run(16);
    timeline.beginDrag();
    timeline.request(toDay('2001-01-01'));
    frames.run(32);
    timeline.request(toDay('2001-02-01'));
    frames.run(48);
    timeline.endDrag();
    timeline.beginDrag();
    timeline.request(toDay('2002-01-01'));
    frames.run(64);
    timeline.endDrag();
    timeline.step('day', 1);
    frames.run(80);
    timeline.togglePlay();
    // The first frame of a play shows the day it starts from, already shown.
    frames.run(96);
    frames.run(1096);
    frames.run(2096);
    const [key, drag1, drag1b, drag2, key2, play1, play2] = gestures;
    expect(key).toBeNull();
    expect(key2).toBeNull();
    expect(drag1).not.toBeNull();
    expect(drag1b).toBe(drag1);
    expect(drag2).not.toBeNull();
    expect(drag2).not.toBe(drag1);
    expect(play1).toBe(PLAY_TICK);
    expect(play2).toBe(PLAY_TICK);
    expect([drag1, drag2]).not.toContain(PLAY_TICK);
  });
});

describe('one change per frame', () => {
  it('hands on only the last of several requests, on the next frame', () => {
    const { timeline, frames, changes } = setup('2000-01-01');
    timeline.request(toDay('2001-01-01'));
    timeline.request(toDay('2002-01-01'));
    timeline.step('day', 1);
    expect(changes).toEqual([]);
    expect(frames.scheduled).toBe(1);
    frames.run(16);
    expect(changes).toEqual(['2002-01-02']);
    frames.run(32);
    expect(changes).toEqual(['2002-01-02']);
  });

  it('clamps requests to the range and skips a request for the day already shown', () => {
    const { timeline, frames, changes } = setup('2000-01-01');
    timeline.request(toDay('2030-01-01'));
    frames.run(16);
    expect(changes).toEqual(['2025-09-30']);
    timeline.request(toDay('2025-09-30'));
    frames.run(32);
    expect(changes).toEqual(['2025-09-30']);
  });

  it('cancels the waiting frame when destroyed', () => {
    const { timeline, frames, changes } = setup('2000-01-01');
    timeline.request(toDay('2001-01-01'));
    timeline.destroy();
    expect(frames.scheduled).toBe(0);
    expect(changes).toEqual([]);
  });
});

describe('play', () => {
  it('advances at 1 year/s and stops on the last day of the window, saying so', () => {
    const { timeline, frames, changes, day } = setup('2025-06-01');
    timeline.togglePlay();
    expect(timeline.playing).toBe(true);
    frames.run(1000);
    // The first frame only starts the clock.
    expect(changes).toEqual([]);
    for (let now = 1100; timeline.playing && now < 5000; now += 100) frames.run(now);
    expect(day()).toBe('2025-09-30');
    expect(timeline.playing).toBe(false);
    expect(timeline.announcement).toBe('Play finished at 30 September 2025');
    expect(frames.scheduled).toBe(0);
    // 100 ms at 1 year/s is 36.5 days: 1 June plus 36 whole days.
    expect(changes[0]).toBe('2025-07-07');
    expect(changes).toHaveLength(4);
  });

  it('starts again from the window start when pressed on its last day', () => {
    const { timeline, frames, changes } = setup('2025-09-30');
    timeline.togglePlay();
    frames.run(0);
    expect(changes).toEqual(['1988-01-01']);
  });

  it('pauses on a key event by default, and resumes from it', () => {
    const tick = { day: toDay('2000-01-20'), id: 'e', label: 'Something happened', kind: 'event' };
    const { timeline, frames, day } = setup('2000-01-01', [tick as TimelineTick]);
    expect(timeline.pauseAtKeys).toBe(true);
    timeline.togglePlay();
    for (let now = 0; timeline.playing && now < 5000; now += 100) frames.run(now);
    expect(day()).toBe('2000-01-20');
    expect(timeline.announcement).toBe('Paused at 20 January 2000, Something happened');
    timeline.togglePlay();
    for (let now = 6000; now <= 6200; now += 100) frames.run(now);
    expect(timeline.playing).toBe(true);
    expect(day() > '2000-01-20').toBe(true);
  });

  it('runs past key events when pausing is turned off', () => {
    const tick = { day: toDay('2000-01-20'), id: 'e', label: 'Something happened', kind: 'event' };
    const { timeline, frames, day } = setup('2000-01-01', [tick as TimelineTick]);
    timeline.pauseAtKeys = false;
    timeline.togglePlay();
    for (let now = 0; now <= 1000; now += 100) frames.run(now);
    expect(timeline.playing).toBe(true);
    expect(day() > '2000-01-20').toBe(true);
  });

  it('at the slowest speed moves one day per second of frames', () => {
    const { timeline, frames, changes } = setup('2000-03-01');
    timeline.speedId = 'day';
    timeline.togglePlay();
    for (let now = 0; now <= 3100; now += 50) frames.run(now);
    expect(changes).toEqual(['2000-03-02', '2000-03-03', '2000-03-04']);
  });

  it('stops when the user asks for a day, and shows that day', () => {
    const { timeline, frames, day } = setup('2000-01-01');
    timeline.togglePlay();
    frames.run(0);
    frames.run(100);
    timeline.request(toDay('1995-06-01'));
    expect(timeline.playing).toBe(false);
    frames.run(200);
    expect(day()).toBe('1995-06-01');
    frames.run(300);
    expect(day()).toBe('1995-06-01');
  });
});

describe('default speed', () => {
  it('is a day per second in the 2020 war window and a year per second elsewhere', () => {
    expect(setup('2020-09-27').timeline.speedId).toBe('day');
    expect(setup('2020-11-11').timeline.speedId).toBe('day');
    expect(setup('2020-09-26').timeline.speedId).toBe('year');
    expect(setup('2020-11-12').timeline.speedId).toBe('year');
    expect(setup('1994-05-01').timeline.speedId).toBe('year');
  });

  it('plays the war a day per second and leaves it at a year per second', () => {
    const { timeline, frames, changes } = setup('2020-11-09');
    timeline.pauseAtKeys = false;
    timeline.togglePlay();
    // First frame starts play's clock; then one second of 50 ms frames.
    for (let now = 0; now <= 1100; now += 50) frames.run(now);
    expect(changes).toEqual(['2020-11-10']);
    for (let now = 1150; now <= 4200; now += 50) frames.run(now);
    // 11 November is the window's last day; after it a second of play covers about a year.
    expect(changes.slice(0, 2)).toEqual(['2020-11-10', '2020-11-11']);
    expect(toDay(changes.at(-1)!) - toDay('2020-11-11')).toBeGreaterThan(200);
  });

  it('follows the zoom to the war, and a speed the user chose wins', () => {
    const { timeline } = setup('2010-01-01');
    timeline.zoomTo('war');
    expect(timeline.speedId).toBe('year'); // the day moves into the window on the next frame
    const other = setup('2020-10-01').timeline;
    other.speedId = 'month';
    expect(other.speedId).toBe('month');
    other.zoomTo('war');
    expect(other.speed.id).toBe('month');
  });
});

describe('zoom', () => {
  it('zooms to the year of the day and back to the full range', () => {
    const { timeline } = setup('2020-06-01');
    timeline.zoomTo('year');
    expect(timeline.zoomKind).toBe('year');
    expect(timeline.view).toEqual({
      from: toDay('2020-01-01'),
      to: toDay('2021-01-01'),
      kind: 'year',
    });
    timeline.zoomTo(null);
    expect(timeline.zoomKind).toBeNull();
    expect(timeline.view).toEqual({ from: toDay('1988-01-01'), to: toDay('2025-10-01') });
  });

  it('zooming to the war moves a day outside it to the first day of the war', () => {
    const { timeline, frames, day } = setup('2010-01-01');
    timeline.zoomTo('war');
    // The day is still outside the war window until the frame: the zoom must wait for it.
    timeline.followDay();
    expect(timeline.zoom?.kind).toBe('war');
    frames.run(0);
    expect(day()).toBe('2020-09-27');
    expect(timeline.zoomKind).toBe('war');
  });

  it('plays to the end of the zoomed window only', () => {
    const { timeline, frames, day } = setup('2020-11-01');
    timeline.zoomTo('war');
    timeline.speedId = 'month';
    timeline.togglePlay();
    for (let now = 0; timeline.playing && now < 60_000; now += 100) frames.run(now);
    expect(day()).toBe('2020-11-11');
  });

  it('a year zoom follows the day into the next year', () => {
    const { timeline, frames } = setup('2020-12-31');
    timeline.zoomTo('year');
    timeline.step('day', 1);
    frames.run(0);
    timeline.followDay();
    expect(timeline.view).toEqual({
      from: toDay('2021-01-01'),
      to: toDay('2022-01-01'),
      kind: 'year',
    });
  });
});
