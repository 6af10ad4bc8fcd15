import { DeepPartial, ID } from '@vendure/common/lib/shared-types';
import { EntityId, VendureEntity } from '@vendure/core';
import { Column, Entity, ManyToOne } from 'typeorm';

import { Alert } from './alert.entity';

/** A note an administrator left on an alert. */
@Entity()
export class AlertComment extends VendureEntity {
    constructor(input?: DeepPartial<AlertComment>) {
        super(input);
    }

    @ManyToOne(() => Alert, { onDelete: 'CASCADE' })
    alert: Alert;

    @EntityId()
    alertId: ID;

    @EntityId({ nullable: true })
    authorAdministratorId: ID | null;

    @Column('text')
    body: string;
}
