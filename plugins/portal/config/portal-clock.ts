/**
 * Where the portal reads the time: publishing, the schedule task and the shop's visibility filter all ask the
 * clock, never `new Date()`, so that tests (and previews of a future state) can move time.
 */
export interface PortalClock {
    /** The current time. */
    now(): Date;
}

/** The real time; the default. */
export class SystemPortalClock implements PortalClock {
    now(): Date {
        return new Date();
    }
}

/**
 * A clock that stands still until told otherwise: `set()` and `advance()` move it. For tests and for rehearsing
 * a publishing schedule on a copy of the data; never for production.
 */
export class ManualPortalClock implements PortalClock {
    private current: number;

    constructor(start: Date = new Date()) {
        this.current = start.getTime();
    }

    now(): Date {
        return new Date(this.current);
    }

    /** Moves the clock to this time. */
    set(date: Date): void {
        this.current = date.getTime();
    }

    /** Moves the clock forward (or back, with a negative amount) by this many milliseconds. */
    advance(ms: number): void {
        this.current += ms;
    }
}
