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

import { isSqlite } from '../../../src/common/database-type';
import { onEvent } from '../../../src/common/event-transaction';
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

    /**
     * Records the language when an order is placed. On SQLite (one writer at a time) the write goes in the order's
     * own transaction (a blocking event handler): one commit for both, not a second write transaction per order
     * waiting for the write lock behind the other checkouts. On PostgreSQL it is written after the order's commit,
     * so that the order's transaction never holds, or waits for, the customer's row (two orders of one customer in
     * two languages at once).
     */
    onModuleInit(): void {
        onEvent(this.eventBus, {
            event: OrderPlacedEvent,
            id: 'triflow-logistics:customer-language',
            inTransaction: isSqlite(this.connection.rawConnection.options.type),
            handler: (event, inTransaction) => this.onOrderPlaced(event, inTransaction),
        });
    }

    /** Never throws: a language that cannot be recorded is logged, and the order goes on. */
    private async onOrderPlaced(event: OrderPlacedEvent, inTransaction: boolean): Promise<void> {
        if (event.ctx.apiType !== 'shop' || event.order.customerId == null) {
            return;
        }
        if (this.knownAlready(event.order.customer, event.ctx.languageCode)) {
            return;
        }
        try {
            await this.remember(
                inTransaction ? event.ctx : undefined,
                event.order.customerId,
                event.ctx.languageCode,
            );
        } catch (e) {
            Logger.warn(`Could not record the customer's language: ${(e as Error).message}`, loggerCtx);
        }
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

    /** In the order's transaction (`ctx`), or after its commit outside any transaction. */
    private async remember(
        ctx: RequestContext | undefined,
        customerId: ID,
        languageCode: LanguageCode,
    ): Promise<void> {
        if (!(NOTIFICATION_LANGUAGES as readonly string[]).includes(languageCode)) {
            return;
        }
        await (
            ctx
                ? this.connection.getRepository(ctx, Customer)
                : this.connection.rawConnection.getRepository(Customer)
        ).update({ id: customerId }, { customFields: { notificationLanguage: languageCode } });
    }
}
