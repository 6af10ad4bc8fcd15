import { Args, Query, Resolver } from '@nestjs/graphql';
import { Allow, Ctx, Permission, RequestContext, Translated } from '@vendure/core';

import { Topic } from '../entities/topic.entity';
import { TopicService } from '../services/topic.service';

@Resolver()
export class TopicShopResolver {
    constructor(private topicService: TopicService) {}

    @Query()
    @Allow(Permission.Public)
    topics(@Ctx() ctx: RequestContext): Promise<Array<Translated<Topic>>> {
        return this.topicService.getTree(ctx);
    }

    @Query()
    @Allow(Permission.Public)
    topic(
        @Ctx() ctx: RequestContext,
        @Args() args: { slug: string },
    ): Promise<Translated<Topic> | undefined> {
        return this.topicService.findBySlug(ctx, args.slug);
    }
}
