import { ConfigurableOperation } from '@vendure/common/lib/generated-types';
import { DeepPartial, ID } from '@vendure/common/lib/shared-types';
import { EntityId, VendureEntity } from '@vendure/core';
import { Column, Entity, Index, JoinTable, ManyToMany } from 'typeorm';

import { WebhookEndpoint } from './webhook-endpoint.entity';

/** How urgent an alert is. Critical alerts are notified during quiet hours too. */
export enum AlertSeverity {
    Info = 'info',
    Warning = 'warning',
    Critical = 'critical',
}

/**
 * What to watch for in one channel: a condition (a registered `AlertConditionDef` with its args), how severe a
 * match is, who owns the resulting alerts and who hears about them.
 */
@Entity()
export class AlertRule extends VendureEntity {
    constructor(input?: DeepPartial<AlertRule>) {
        super(input);
    }

    @Column()
    name: string;

    @Column({ default: true })
    enabled: boolean;

    @Index()
    @EntityId()
    channelId: ID;

    /** The condition's code, duplicated from `condition` so that the rules of a condition are found by index. */
    @Index()
    @Column()
    conditionCode: string;

    @Column('simple-json')
    condition: ConfigurableOperation;

    @Column({ type: 'varchar', default: AlertSeverity.Warning })
    severity: AlertSeverity;

    @EntityId({ nullable: true })
    assigneeAdministratorId: ID | null;

    @EntityId({ nullable: true })
    assigneeRoleId: ID | null;

    /** Hours from the first occurrence until an alert is due; null: no due date. */
    @Column({ type: 'int', nullable: true })
    dueInHours: number | null;

    @Column('simple-json')
    recipientRoleIds: ID[];

    @Column('simple-json')
    recipientEmails: string[];

    @ManyToMany(() => WebhookEndpoint)
    @JoinTable()
    webhookEndpoints: WebhookEndpoint[];

    /** Minutes after which an open, unacknowledged alert is notified again; null: never. */
    @Column({ type: 'int', nullable: true })
    renotifyIntervalMinutes: number | null;

    /** Start of quiet hours, "HH:MM" UTC; nothing but critical alerts is notified between start and end. */
    @Column({ type: 'varchar', nullable: true })
    quietHoursStart: string | null;

    @Column({ type: 'varchar', nullable: true })
    quietHoursEnd: string | null;
}
