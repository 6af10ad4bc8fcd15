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
    /**
     * The largest file a buyer may attach to a request, in bytes.
     *
     * @default 10485760 (10 MB)
     */
    attachmentMaxFileSize?: number;
    /**
     * How many files one request may carry.
     *
     * @default 10
     */
    attachmentMaxCount?: number;
    /**
     * File extensions a buyer may attach (lower case, with the dot). The stored MIME type is the extension's; the
     * content must not be recognisably something else. They are added to Vendure's `assetOptions.permittedFileTypes`,
     * since attachments are stored as Vendure assets.
     *
     * @default ['.pdf', '.png', '.jpg', '.jpeg', '.webp', '.dwg', '.dxf', '.step', '.stp', '.xlsx', '.csv']
     */
    attachmentFileTypes?: string[];
}

/** {@link RfqPluginOptions} with every default applied. */
export type ResolvedRfqPluginOptions = Required<RfqPluginOptions>;

export const defaultRfqPluginOptions: ResolvedRfqPluginOptions = {
    unansweredAfterHours: 24,
    deadlineTaskSchedule: '*/15 * * * *',
    attachmentMaxFileSize: 10 * 1024 * 1024,
    attachmentMaxCount: 10,
    attachmentFileTypes: [
        '.pdf',
        '.png',
        '.jpg',
        '.jpeg',
        '.webp',
        '.dwg',
        '.dxf',
        '.step',
        '.stp',
        '.xlsx',
        '.csv',
    ],
};
