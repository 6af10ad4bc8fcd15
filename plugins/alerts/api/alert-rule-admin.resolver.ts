import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { DeletionResponse } from '@vendure/common/lib/generated-types';
import { ID, PaginatedList } from '@vendure/common/lib/shared-types';
import { Allow, Ctx, ListQueryOptions, RequestContext, Transaction } from '@vendure/core';

import { AlertRulePermission } from '../constants';
import { AlertRule } from '../entities/alert-rule.entity';
import { WebhookDelivery } from '../entities/webhook-delivery.entity';
import { WebhookEndpoint } from '../entities/webhook-endpoint.entity';
import { AlertRuleService, CreateAlertRuleInput, UpdateAlertRuleInput } from '../services/alert-rule.service';
import {
    CreateWebhookEndpointInput,
    UpdateWebhookEndpointInput,
    WebhookService,
} from '../services/webhook.service';

@Resolver()
export class AlertRuleAdminResolver {
    constructor(
        private ruleService: AlertRuleService,
        private webhookService: WebhookService,
    ) {}

    @Query()
    @Allow(AlertRulePermission.Read)
    alertRules(
        @Ctx() ctx: RequestContext,
        @Args() args: { options?: ListQueryOptions<AlertRule> },
    ): Promise<PaginatedList<AlertRule>> {
        return this.ruleService.findAll(ctx, args.options);
    }

    @Query()
    @Allow(AlertRulePermission.Read)
    alertRule(@Ctx() ctx: RequestContext, @Args() args: { id: ID }): Promise<AlertRule | undefined> {
        return this.ruleService.findOne(ctx, args.id);
    }

    @Mutation()
    @Transaction()
    @Allow(AlertRulePermission.Create)
    createAlertRule(
        @Ctx() ctx: RequestContext,
        @Args() args: { input: CreateAlertRuleInput },
    ): Promise<AlertRule> {
        return this.ruleService.create(ctx, args.input);
    }

    @Mutation()
    @Transaction()
    @Allow(AlertRulePermission.Update)
    updateAlertRule(
        @Ctx() ctx: RequestContext,
        @Args() args: { input: UpdateAlertRuleInput },
    ): Promise<AlertRule> {
        return this.ruleService.update(ctx, args.input);
    }

    @Mutation()
    @Transaction()
    @Allow(AlertRulePermission.Delete)
    async deleteAlertRule(@Ctx() ctx: RequestContext, @Args() args: { id: ID }): Promise<DeletionResponse> {
        return { result: await this.ruleService.delete(ctx, args.id) };
    }

    @Query()
    @Allow(AlertRulePermission.Read)
    webhookEndpoints(
        @Ctx() ctx: RequestContext,
        @Args() args: { options?: ListQueryOptions<WebhookEndpoint> },
    ): Promise<PaginatedList<WebhookEndpoint>> {
        return this.webhookService.findAll(ctx, args.options);
    }

    @Query()
    @Allow(AlertRulePermission.Read)
    webhookEndpoint(
        @Ctx() ctx: RequestContext,
        @Args() args: { id: ID },
    ): Promise<WebhookEndpoint | undefined> {
        return this.webhookService.findOne(ctx, args.id);
    }

    @Query()
    @Allow(AlertRulePermission.Read)
    webhookDeliveries(@Ctx() ctx: RequestContext, @Args() args: { alertId: ID }): Promise<WebhookDelivery[]> {
        return this.webhookService.deliveriesOfAlert(ctx, args.alertId);
    }

    @Mutation()
    @Transaction()
    @Allow(AlertRulePermission.Create)
    createWebhookEndpoint(
        @Ctx() ctx: RequestContext,
        @Args() args: { input: CreateWebhookEndpointInput },
    ): Promise<WebhookEndpoint> {
        return this.webhookService.create(ctx, args.input);
    }

    @Mutation()
    @Transaction()
    @Allow(AlertRulePermission.Update)
    updateWebhookEndpoint(
        @Ctx() ctx: RequestContext,
        @Args() args: { input: UpdateWebhookEndpointInput },
    ): Promise<WebhookEndpoint> {
        return this.webhookService.update(ctx, args.input);
    }

    @Mutation()
    @Transaction()
    @Allow(AlertRulePermission.Delete)
    async deleteWebhookEndpoint(
        @Ctx() ctx: RequestContext,
        @Args() args: { id: ID },
    ): Promise<DeletionResponse> {
        return { result: await this.webhookService.delete(ctx, args.id) };
    }
}

@Resolver('WebhookEndpoint')
export class WebhookEndpointAdminEntityResolver {
    constructor(private webhookService: WebhookService) {}

    @ResolveField()
    deliveries(@Ctx() ctx: RequestContext, @Parent() endpoint: WebhookEndpoint): Promise<WebhookDelivery[]> {
        return this.webhookService.deliveries(ctx, endpoint.id);
    }
}
