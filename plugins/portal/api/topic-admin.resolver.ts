import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { DeletionResponse } from '@vendure/common/lib/generated-types';
import { ID, PaginatedList } from '@vendure/common/lib/shared-types';
import {
    Allow,
    Ctx,
    ListQueryOptions,
    RelationPaths,
    Relations,
    RequestContext,
    Transaction,
    Translated,
} from '@vendure/core';

import { TopicPermission } from '../constants';
import { Topic } from '../entities/topic.entity';
import { CreateTopicInput, MoveTopicInput, TopicService, UpdateTopicInput } from '../services/topic.service';

import { TopicHierarchyCycleError } from './error-results';

@Resolver()
export class TopicAdminResolver {
    constructor(private topicService: TopicService) {}

    @Query()
    @Allow(TopicPermission.Read)
    topics(
        @Ctx() ctx: RequestContext,
        @Args() args: { options?: ListQueryOptions<Topic> },
        @Relations(Topic) relations: RelationPaths<Topic>,
    ): Promise<PaginatedList<Translated<Topic>>> {
        return this.topicService.findAll(ctx, args.options, relations);
    }

    @Query()
    @Allow(TopicPermission.Read)
    topic(@Ctx() ctx: RequestContext, @Args() args: { id: ID }): Promise<Translated<Topic> | undefined> {
        return this.topicService.findOne(ctx, args.id);
    }

    @Mutation()
    @Transaction()
    @Allow(TopicPermission.Create)
    createTopic(
        @Ctx() ctx: RequestContext,
        @Args() args: { input: CreateTopicInput },
    ): Promise<Translated<Topic>> {
        return this.topicService.create(ctx, args.input);
    }

    @Mutation()
    @Transaction()
    @Allow(TopicPermission.Update)
    updateTopic(
        @Ctx() ctx: RequestContext,
        @Args() args: { input: UpdateTopicInput },
    ): Promise<Translated<Topic>> {
        return this.topicService.update(ctx, args.input);
    }

    @Mutation()
    @Transaction()
    @Allow(TopicPermission.Update)
    moveTopic(
        @Ctx() ctx: RequestContext,
        @Args() args: { input: MoveTopicInput },
    ): Promise<Translated<Topic> | TopicHierarchyCycleError> {
        return this.topicService.move(ctx, args.input);
    }

    @Mutation()
    @Transaction()
    @Allow(TopicPermission.Delete)
    deleteTopic(@Ctx() ctx: RequestContext, @Args() args: { id: ID }): Promise<DeletionResponse> {
        return this.topicService.delete(ctx, args.id);
    }
}

/** Tree fields of a topic, in both APIs. */
@Resolver('Topic')
export class TopicEntityResolver {
    constructor(private topicService: TopicService) {}

    @ResolveField()
    async parent(@Ctx() ctx: RequestContext, @Parent() topic: Topic): Promise<Translated<Topic> | undefined> {
        return topic.parentId != null ? this.topicService.findOne(ctx, topic.parentId) : undefined;
    }

    @ResolveField()
    children(@Ctx() ctx: RequestContext, @Parent() topic: Topic): Promise<Array<Translated<Topic>>> {
        return this.topicService.getChildren(ctx, topic.id);
    }
}

@Resolver('MoveTopicResult')
export class MoveTopicResultResolver {
    @ResolveField()
    __resolveType(value: { __typename?: string }): string {
        return value.__typename ?? 'Topic';
    }
}
