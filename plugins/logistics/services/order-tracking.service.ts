import { Inject, Injectable } from '@nestjs/common';
import { Order, OrderService, RequestContext, UserInputError } from '@vendure/core';

import { OrderTrackingNotFoundError, TrackingRateLimitError } from '../api/error-results';
import { LOGISTICS_PLUGIN_OPTIONS } from '../constants';
import { Shipment } from '../entities/shipment.entity';
import { ResolvedLogisticsPluginOptions } from '../types';

import { ShipmentService } from './shipment.service';

export interface OrderTracking {
    orderCode: string;
    orderState: string;
    shipments: Shipment[];
}

const WINDOW_MS = 60_000;

/**
 * Guest order tracking: the order code plus the order's email address or shipping postal code. Every mismatch
 * answers the same "not found", and look-ups are limited per client address so codes cannot be guessed.
 */
@Injectable()
export class OrderTrackingService {
    private readonly hits = new Map<string, { start: number; count: number }>();

    constructor(
        private orderService: OrderService,
        private shipments: ShipmentService,
        @Inject(LOGISTICS_PLUGIN_OPTIONS) private options: ResolvedLogisticsPluginOptions,
    ) {}

    async track(
        ctx: RequestContext,
        input: { orderCode: string; emailAddress?: string | null; postalCode?: string | null },
    ): Promise<OrderTracking | OrderTrackingNotFoundError | TrackingRateLimitError> {
        const email = input.emailAddress?.trim().toLowerCase();
        const postalCode = normalizePostalCode(input.postalCode);
        if (!email && !postalCode) {
            throw new UserInputError('Give the email address or the postal code of the order');
        }
        const limited = this.consume(ctx.req?.ip ?? 'unknown');
        if (limited) {
            return limited;
        }
        const code = input.orderCode.trim();
        const order = code.length <= 100 ? await this.orderService.findOneByCode(ctx, code) : undefined;
        if (!order || !matches(order, email, postalCode)) {
            return new OrderTrackingNotFoundError();
        }
        return {
            orderCode: order.code,
            orderState: order.state,
            shipments: await this.shipments.forOrder(ctx, order.id),
        };
    }

    private consume(key: string): TrackingRateLimitError | undefined {
        const now = Date.now();
        if (this.hits.size > 10_000) {
            for (const [k, v] of this.hits) {
                if (now - v.start > WINDOW_MS) {
                    this.hits.delete(k);
                }
            }
        }
        const entry = this.hits.get(key);
        if (!entry || now - entry.start > WINDOW_MS) {
            this.hits.set(key, { start: now, count: 1 });
            return undefined;
        }
        entry.count += 1;
        if (entry.count > this.options.trackOrderRateLimit) {
            return new TrackingRateLimitError(Math.max(1, Math.ceil((entry.start + WINDOW_MS - now) / 1000)));
        }
        return undefined;
    }
}

function normalizePostalCode(value?: string | null): string | undefined {
    const normalized = value?.replace(/\s+/g, '').toUpperCase();
    return normalized || undefined;
}

function matches(order: Order, email?: string, postalCode?: string): boolean {
    if (email && order.customer?.emailAddress?.toLowerCase() === email) {
        return true;
    }
    return !!postalCode && normalizePostalCode(order.shippingAddress?.postalCode) === postalCode;
}
