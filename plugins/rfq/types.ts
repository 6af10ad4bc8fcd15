/**
 * Options of the {@link RfqPlugin}, passed to `RfqPlugin.init()`.
 */
export interface RfqPluginOptions {
    /**
     * A submitted request with no quote after this many hours publishes `QuoteRequestUnansweredEvent` (once).
     *
     * @default 24
     */
    unansweredAfterHours?: number;
    /**
     * Cron schedule of the task that closes requests past their response deadline, expires quotes past their
     * validity and publishes `QuoteRequestUnansweredEvent`.
     *
     * @default '*\/15 * * * *' (every 15 minutes)
     */
    deadlineTaskSchedule?: string;
}

/** {@link RfqPluginOptions} with every default applied. */
export type ResolvedRfqPluginOptions = Required<RfqPluginOptions>;

export const defaultRfqPluginOptions: ResolvedRfqPluginOptions = {
    unansweredAfterHours: 24,
    deadlineTaskSchedule: '*/15 * * * *',
};
