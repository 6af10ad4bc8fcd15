import { DeepPartial, ID } from '@vendure/common/lib/shared-types';
import { EntityId, VendureEntity } from '@vendure/core';
import { Column, Entity, Index, ManyToOne } from 'typeorm';

import { AlertRule, AlertSeverity } from './alert-rule.entity';

/** Where an alert stands. Open, acknowledged and snoozed alerts are "active": one per rule and subject. */
export enum AlertStatus {
    Open = 'open',
    Acknowledged = 'acknowledged',
    Snoozed = 'snoozed',
    Resolved = 'resolved',
}

/**
 * Something that needs action, raised by a rule about one subject (an order, a company, a purchase order, …).
 * `activeKey` is `<ruleId>:<subjectType>:<subjectId>` while the alert is active and null once resolved; its
 * unique index is what makes "one active alert per rule and subject" hold under parallel triggers.
 */
@Entity()
@Index(['channelId', 'status'])
@Index(['subjectType', 'subjectId'])
export class Alert extends VendureEntity {
    constructor(input?: DeepPartial<Alert>) {
        super(input);
    }

    @ManyToOne(() => AlertRule, { onDelete: 'CASCADE' })
    rule: AlertRule;

    @Index()
    @EntityId()
    ruleId: ID;

    @EntityId()
    channelId: ID;

    @Index({ unique: true })
    @Column({ type: 'varchar', nullable: true })
    activeKey: string | null;

    /** Written by the insert that created the row, so that the inserter knows it was the one (see `raise`). */
    @Column({ type: 'varchar', length: 36 })
    dedupeToken: string;

    @Column()
    subjectType: string;

    @Column()
    subjectId: string;

    @Column()
    subjectLabel: string;

    /** Dashboard path of the subject, e.g. `/orders/12`. */
    @Column()
    subjectLink: string;

    @Column('text')
    messageEn: string;

    @Column('text')
    messageZh: string;

    /** What the triggering event handed to the condition; its auto-resolve check gets it back. */
    @Column('simple-json', { nullable: true })
    triggerData: Record<string, string | number | boolean | null> | null;

    @Column({ type: 'varchar' })
    severity: AlertSeverity;

    @Index()
    @Column({ type: 'varchar', default: AlertStatus.Open })
    status: AlertStatus;

    @Column({ type: Date, nullable: true })
    snoozedUntil: Date | null;

    @EntityId({ nullable: true })
    assigneeAdministratorId: ID | null;

    @EntityId({ nullable: true })
    assigneeRoleId: ID | null;

    @Column({ type: Date, nullable: true })
    dueAt: Date | null;

    @Column({ type: Date })
    firstSeenAt: Date;

    @Column({ type: Date })
    lastSeenAt: Date;

    @Column({ type: 'int', default: 1 })
    occurrences: number;

    /** The administrator who last acknowledged, resolved, snoozed or assigned it; null for the system. */
    @EntityId({ nullable: true })
    actedByAdministratorId: ID | null;

    @Column({ type: Date, nullable: true })
    actedAt: Date | null;

    @Column({ type: Date, nullable: true })
    resolvedAt: Date | null;

    @Column({ type: Date, nullable: true })
    lastNotifiedAt: Date | null;

    /**
     * The outbox of notifications: set (with `lastNotifiedAt`) in the transaction that decides to notify, cleared by
     * the job that sent the email event and the webhooks. A notification decided but never sent (the process died
     * between the commit and the job, or during the job) stays here, and the next alert scan queues it again.
     */
    @Index()
    @Column({ type: 'varchar', length: 16, nullable: true })
    notificationPending: AlertNotificationKind | null;

    /** The sending job's claim on the pending notification (a random token), so that two jobs never both send it. */
    @Column({ type: 'varchar', length: 36, nullable: true })
    notificationClaim: string | null;

    /** When the claim was taken (by the plugin's clock); a claim older than the lease is taken over. */
    @Column({ type: Date, nullable: true })
    notificationClaimedAt: Date | null;
}

/** What an alert's pending notification is: the first one, or a re-notification. */
export enum AlertNotificationKind {
    Raised = 'raised',
    Renotified = 'renotified',
}
