import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { DeletionResponse, Success } from '@vendure/common/lib/generated-types';
import { ID, PaginatedList } from '@vendure/common/lib/shared-types';
import {
    Allow,
    ChannelService,
    Ctx,
    ForbiddenError,
    ListQueryOptions,
    RequestContext,
    Transaction,
} from '@vendure/core';

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
import { WebhookSigningKeyInfo, WebhookSigningKeyService } from '../services/webhook-signing-key.service';

@Resolver()
export class AlertRuleAdminResolver {
    constructor(
        private ruleService: AlertRuleService,
        private webhookService: WebhookService,
        private signingKeys: WebhookSigningKeyService,
        private channelService: ChannelService,
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
        // Naming rules changes those rules, as updateAlertRule would: that takes UpdateAlertRule as well.
        if (args.input.ruleIds?.length && !ctx.userHasPermissions([AlertRulePermission.Update])) {
            throw new ForbiddenError();
        }
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

    /**
     * No @Transaction(): the request to the endpoint may take up to `webhookTimeoutMs`, and no database
     * transaction should stay open that long. The one write is the delivery record.
     */
    @Mutation()
    @Allow(AlertRulePermission.Update)
    sendTestWebhook(@Ctx() ctx: RequestContext, @Args() args: { endpointId: ID }): Promise<WebhookDelivery> {
        return this.webhookService.sendTest(ctx, args.endpointId);
    }

    @Mutation()
    @Transaction()
    @Allow(AlertRulePermission.Update)
    async redeliverWebhook(@Ctx() ctx: RequestContext, @Args() args: { deliveryId: ID }): Promise<Success> {
        await this.webhookService.redeliver(ctx, args.deliveryId);
        return { success: true };
    }

    @Mutation()
    @Transaction()
    @Allow(AlertRulePermission.Update)
    redeliverFailedWebhooks(
        @Ctx() ctx: RequestContext,
        @Args() args: { endpointId: ID; since?: Date | null },
    ): Promise<number> {
        return this.webhookService.redeliverFailed(ctx, args.endpointId, args.since ?? undefined);
    }

    @Query()
    @Allow(AlertRulePermission.Read)
    webhookEndpointDeliveries(
        @Ctx() ctx: RequestContext,
        @Args() args: { endpointId: ID; options?: ListQueryOptions<WebhookDelivery> },
    ): Promise<PaginatedList<WebhookDelivery>> {
        return this.webhookService.deliveriesPage(ctx, args.endpointId, args.options);
    }

    @Query()
    @Allow(AlertRulePermission.Read)
    alertSigningKeys(): Promise<WebhookSigningKeyInfo[]> {
        return this.signingKeys.keys();
    }

    /** No @Transaction(): the service commits the rotation itself, then signs with the new key at once. */
    @Mutation()
    @Allow(AlertRulePermission.Update)
    async rotateAlertSigningKey(@Ctx() ctx: RequestContext): Promise<WebhookSigningKeyInfo> {
        // the key is the platform's: a channel's administrator (a seller's, a branch's) may not change it
        const defaultChannel = await this.channelService.getDefaultChannel(ctx);
        if (String(ctx.channelId) !== String(defaultChannel.id)) {
            throw new ForbiddenError();
        }
        return this.signingKeys.rotate(ctx);
    }

    @Mutation()
    @Transaction()
    @Allow(AlertRulePermission.Delete)
    async deleteWebhookEndpoints(
        @Ctx() ctx: RequestContext,
        @Args() args: { ids: ID[] },
    ): Promise<DeletionResponse[]> {
        return (await this.webhookService.deleteMany(ctx, args.ids)).map(result => ({ result }));
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

@Resolver('AlertRule')
export class AlertRuleAdminEntityResolver {
    constructor(private webhookService: WebhookService) {}

    /**
     * Loaded with the rule by the rule queries; looked up when the rule came another way (`Alert.rule`, which
     * ReadAlert reads: endpoints stay behind ReadAlertRule there too).
     */
    @ResolveField()
    @Allow(AlertRulePermission.Read)
    webhookEndpoints(@Ctx() ctx: RequestContext, @Parent() rule: AlertRule): Promise<WebhookEndpoint[]> {
        return rule.webhookEndpoints
            ? Promise.resolve(rule.webhookEndpoints)
            : this.webhookService.endpointsOf(ctx, rule.id);
    }
}

@Resolver('WebhookEndpoint')
export class WebhookEndpointAdminEntityResolver {
    constructor(private webhookService: WebhookService) {}

    @ResolveField()
    deliveries(@Ctx() ctx: RequestContext, @Parent() endpoint: WebhookEndpoint): Promise<WebhookDelivery[]> {
        return this.webhookService.deliveries(ctx, endpoint.id);
    }

    @ResolveField()
    rules(@Ctx() ctx: RequestContext, @Parent() endpoint: WebhookEndpoint): Promise<AlertRule[]> {
        return this.webhookService.rulesOf(ctx, endpoint.id);
    }

    @ResolveField()
    lastDelivery(
        @Ctx() ctx: RequestContext,
        @Parent() endpoint: WebhookEndpoint,
    ): Promise<WebhookDelivery | undefined> {
        return this.webhookService.lastDelivery(ctx, endpoint.id);
    }
}

@Resolver('WebhookDelivery')
export class WebhookDeliveryAdminEntityResolver {
    constructor(private webhookService: WebhookService) {}

    @ResolveField()
    endpoint(
        @Ctx() ctx: RequestContext,
        @Parent() delivery: WebhookDelivery,
    ): Promise<WebhookEndpoint | undefined> {
        return this.webhookService.findOne(ctx, delivery.endpointId);
    }
}
