import { Backoffs } from 'bullmq';

import { ALERT_WEBHOOK_QUEUE } from '../constants';

import { alertWebhookBackoff, alertWebhookBullMqJobOptions } from './webhook-signature';

describe('alert webhook retries back off 10 s, 20 s, 40 s on either job queue', () => {
    it('DefaultJobQueuePlugin: 10·2^(n-1) seconds before the n-th retry; other queues keep their fallback', () => {
        const backoff = alertWebhookBackoff(() => 1234);
        const job = {} as never;
        expect([1, 2, 3, 4].map(n => backoff(ALERT_WEBHOOK_QUEUE, n, job))).toEqual([
            10_000, 20_000, 40_000, 80_000,
        ]);
        expect(backoff('send-email', 3, job)).toBe(1234);
    });

    it('BullMQ: the job options give the same delays when BullMQ computes them; other queues keep theirs', () => {
        const options = alertWebhookBullMqJobOptions(queue =>
            queue === 'send-email' ? { backoff: { type: 'fixed', delay: 500 } } : {},
        );
        const { backoff } = options(ALERT_WEBHOOK_QUEUE);
        expect(
            [1, 2, 3, 4].map(n => Backoffs.calculate(backoff!, n, new Error('502'), undefined as never)),
        ).toEqual([10_000, 20_000, 40_000, 80_000]);
        expect(options('send-email')).toEqual({ backoff: { type: 'fixed', delay: 500 } });
        // no answer: BullMQ's plugin default applies (exponential from 1 s)
        expect(alertWebhookBullMqJobOptions()('apply-collection-filters')).toEqual({});
    });
});
