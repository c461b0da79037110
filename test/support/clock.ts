import type { INestApplication } from '@nestjs/common';
import { Clock } from '#kernel';

/** Moves the app's clock (the injected Clock every rule reads) forward, for timeouts measured in minutes. */
export class TimeTravel {
  private offsetMs = 0;

  constructor(app: INestApplication) {
    const clock = app.get(Clock);
    clock.now = () => new Date(Date.now() + this.offsetMs);
  }

  advanceMinutes(minutes: number): void {
    this.offsetMs += minutes * 60_000;
  }

  now(): Date {
    return new Date(Date.now() + this.offsetMs);
  }
}
