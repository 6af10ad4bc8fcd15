import { RequestContext, VendureEntityEvent } from '@vendure/core';

import { Topic } from '../entities/topic.entity';

/** Published when a topic is created, updated, moved or deleted. */
export class TopicEvent extends VendureEntityEvent<Topic, unknown> {
    constructor(
        ctx: RequestContext,
        entity: Topic,
        type: 'created' | 'updated' | 'deleted',
        input?: unknown,
    ) {
        super(entity, type, ctx, input);
    }
}
