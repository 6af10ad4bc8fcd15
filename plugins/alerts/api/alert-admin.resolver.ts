import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { ConfigurableOperationDefinition, LanguageCode } from '@vendure/common/lib/generated-types';
import { ID, PaginatedList } from '@vendure/common/lib/shared-types';
import { Allow, Ctx, ListQueryOptions, RequestContext, Transaction } from '@vendure/core';

import { AlertPermission, AlertRulePermission, RunAlertScanPermission } from '../constants';
import { AlertComment } from '../entities/alert-comment.entity';
import { Alert } from '../entities/alert.entity';
import { AlertConditionRegistry } from '../services/alert-condition-registry.service';
import { AlertEvaluationService, AlertScanResult } from '../services/alert-evaluation.service';
import { AlertService, OpenAlertCount } from '../services/alert.service';

@Resolver()
export class AlertAdminResolver {
    constructor(
        private alertService: AlertService,
        private evaluation: AlertEvaluationService,
        private registry: AlertConditionRegistry,
    ) {}

    @Query()
    @Allow(AlertRulePermission.Read)
    alertConditions(
        @Ctx() ctx: RequestContext,
        @Args() args: { languageCode?: LanguageCode | null },
    ): ConfigurableOperationDefinition[] {
        // Labels in the asked language (the Dashboard's UI language), not the request's content language.
        const inLanguage = args.languageCode
            ? new RequestContext({
                  req: ctx.req,
                  apiType: ctx.apiType,
                  channel: ctx.channel,
                  session: ctx.session,
                  languageCode: args.languageCode,
                  currencyCode: ctx.currencyCode,
                  isAuthorized: true,
                  authorizedAsOwnerOnly: false,
              })
            : ctx;
        return this.registry.all().map(def => def.toGraphQlType(inLanguage));
    }

    @Query()
    @Allow(AlertPermission.Read)
    alerts(
        @Ctx() ctx: RequestContext,
        @Args() args: { options?: ListQueryOptions<Alert> },
    ): Promise<PaginatedList<Alert>> {
        return this.alertService.findAll(ctx, args.options);
    }

    @Query()
    @Allow(AlertPermission.Read)
    alert(@Ctx() ctx: RequestContext, @Args() args: { id: ID }): Promise<Alert | undefined> {
        return this.alertService.findOne(ctx, args.id);
    }

    @Query()
    @Allow(AlertPermission.Read)
    openAlertCount(@Ctx() ctx: RequestContext): Promise<OpenAlertCount> {
        return this.alertService.openCount(ctx);
    }

    @Mutation()
    @Transaction()
    @Allow(AlertPermission.Update)
    acknowledgeAlerts(@Ctx() ctx: RequestContext, @Args() args: { ids: ID[] }): Promise<Alert[]> {
        return this.alertService.acknowledge(ctx, args.ids);
    }

    @Mutation()
    @Transaction()
    @Allow(AlertPermission.Update)
    resolveAlerts(@Ctx() ctx: RequestContext, @Args() args: { ids: ID[] }): Promise<Alert[]> {
        return this.alertService.resolve(ctx, args.ids);
    }

    @Mutation()
    @Transaction()
    @Allow(AlertPermission.Update)
    snoozeAlerts(@Ctx() ctx: RequestContext, @Args() args: { ids: ID[]; until: Date }): Promise<Alert[]> {
        return this.alertService.snooze(ctx, args.ids, new Date(args.until));
    }

    @Mutation()
    @Transaction()
    @Allow(AlertPermission.Update)
    assignAlerts(
        @Ctx() ctx: RequestContext,
        @Args() args: { input: { ids: ID[]; administratorId?: ID | null; roleId?: ID | null } },
    ): Promise<Alert[]> {
        return this.alertService.assign(
            ctx,
            args.input.ids,
            args.input.administratorId ?? null,
            args.input.roleId ?? null,
        );
    }

    @Mutation()
    @Transaction()
    @Allow(AlertPermission.Update)
    addAlertComment(@Ctx() ctx: RequestContext, @Args() args: { alertId: ID; body: string }): Promise<Alert> {
        return this.alertService.addComment(ctx, args.alertId, args.body);
    }

    @Mutation()
    @Transaction()
    @Allow(RunAlertScanPermission.Permission)
    runAlertScan(@Ctx() ctx: RequestContext): Promise<AlertScanResult> {
        return this.evaluation.scan(ctx, ctx.channelId);
    }
}

@Resolver('Alert')
export class AlertAdminEntityResolver {
    constructor(private alertService: AlertService) {}

    @ResolveField()
    message(@Ctx() ctx: RequestContext, @Parent() alert: Alert): string {
        return ctx.languageCode === LanguageCode.zh_Hans || ctx.languageCode === LanguageCode.zh
            ? alert.messageZh
            : alert.messageEn;
    }

    @ResolveField()
    comments(@Ctx() ctx: RequestContext, @Parent() alert: Alert): Promise<AlertComment[]> {
        return this.alertService.comments(ctx, alert.id);
    }
}
