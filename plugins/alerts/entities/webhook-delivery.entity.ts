import { DeepPartial, ID } from '@vendure/common/lib/shared-types';
import { EntityId, VendureEntity } from '@vendure/core';
import { Column, Entity, Index } from 'typeorm';

/**
 * One attempt to deliver an alert (or a test body) to a webhook endpoint: when, what was sent, what came back, and
 * why it failed.
 */
@Entity()
@Index(['endpointId', 'alertId'])
export class WebhookDelivery extends VendureEntity {
    constructor(input?: DeepPartial<WebhookDelivery>) {
        super(input);
    }

    @EntityId()
    endpointId: ID;

    /** The alert; null for a test delivery (`sendTestWebhook`). */
    @EntityId({ nullable: true })
    alertId: ID | null;

    /** The JSON body posted (signed anew at each attempt); what a redelivery posts again. */
    @Column({ type: 'text', nullable: true })
    body: string | null;

    /** 1 for the first try, 2 for the first retry, … */
    @Column({ type: 'int' })
    attempt: number;

    @Column({ default: false })
    success: boolean;

    /** HTTP status code, null when no answer came (timeout, refused connection). */
    @Column({ type: 'int', nullable: true })
    statusCode: number | null;

    /** By the plugin's clock; the retention task (`webhookDeliveryRetentionDays`) judges by it. */
    @Index()
    @Column({ type: Date })
    attemptedAt: Date;

    @Column({ type: 'int' })
    durationMs: number;

    @Column({ type: 'varchar', length: 1000, nullable: true })
    error: string | null;
}
