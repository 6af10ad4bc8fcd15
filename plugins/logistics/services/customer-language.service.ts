import { Injectable, OnModuleInit } from '@nestjs/common';
import { ID } from '@vendure/common/lib/shared-types';
import {
    Customer,
    EventBus,
    LanguageCode,
    Logger,
    OrderPlacedEvent,
    RequestContext,
    TransactionalConnection,
} from '@vendure/core';

import { NOTIFICATION_LANGUAGES } from '../config/logistics-custom-fields';
import { loggerCtx } from '../constants';

/**
 * The language a customer's shipment emails are written in (Customer custom field `notificationLanguage`): the
 * language of the shop request the customer last placed an order in, else the channel's default language.
 */
@Injectable()
export class CustomerLanguageService implements OnModuleInit {
    constructor(
        private connection: TransactionalConnection,
        private eventBus: EventBus,
    ) {}

    onModuleInit(): void {
        this.eventBus.ofType(OrderPlacedEvent).subscribe(event => {
            if (event.ctx.apiType !== 'shop' || event.order.customerId == null) {
                return;
            }
            if (this.knownAlready(event.order.customer, event.ctx.languageCode)) {
                return;
            }
            this.remember(event.ctx, event.order.customerId, event.ctx.languageCode).catch((e: Error) =>
                Logger.warn(`Could not record the customer's language: ${e.message}`, loggerCtx),
            );
        });
    }

    /** The language for a customer's emails. */
    async languageFor(ctx: RequestContext, customerId: ID | null | undefined): Promise<LanguageCode> {
        const fallback = ctx.channel.defaultLanguageCode;
        if (customerId == null) {
            return fallback;
        }
        const customer = await this.connection
            .getRepository(ctx, Customer)
            .findOne({ where: { id: customerId } });
        const chosen = customer?.customFields?.notificationLanguage;
        return (NOTIFICATION_LANGUAGES as readonly string[]).includes(chosen ?? '')
            ? (chosen as LanguageCode)
            : fallback;
    }

    /**
     * True when the placed order's customer (loaded with the order) has this language recorded already: a
     * returning customer ordering in the language of their last order needs no write.
     */
    private knownAlready(customer: Customer | undefined, languageCode: LanguageCode): boolean {
        return customer?.customFields?.notificationLanguage === languageCode;
    }

    private async remember(ctx: RequestContext, customerId: ID, languageCode: LanguageCode): Promise<void> {
        if (!(NOTIFICATION_LANGUAGES as readonly string[]).includes(languageCode)) {
            return;
        }
        // After the order's commit (a subscriber), outside any request transaction.
        await this.connection.rawConnection
            .getRepository(Customer)
            .update({ id: customerId }, { customFields: { notificationLanguage: languageCode } });
    }
}
