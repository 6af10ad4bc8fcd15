import { Injector, Order, OrderByCodeAccessStrategy, RequestContext } from '@vendure/core';

import { CompanyRole } from '../entities/company-member.entity';
import { CompanyService } from '../services/company.service';

/**
 * Keeps company members' orders private: an order whose customer belongs to a company is readable by code only
 * by that buyer and by the admins of the buyer's company, never by an anonymous client holding the code (Vendure's
 * default lets anyone with a code read a guest order for two hours: name, email, address, dealer prices, PO
 * number). Every other order (guest checkouts, customers without a company) is decided by the strategy configured
 * before this one, so the guest's order confirmation page keeps working.
 */
export class CompanyOrderByCodeAccessStrategy implements OrderByCodeAccessStrategy {
    private companyService: CompanyService;

    /** @param fallback the strategy configured before this plugin (Vendure's default: 2 hours for guests). */
    constructor(private readonly fallback: OrderByCodeAccessStrategy) {}

    async init(injector: Injector): Promise<void> {
        this.companyService = injector.get(CompanyService);
        await this.fallback.init?.(injector);
    }

    async destroy(): Promise<void> {
        await this.fallback.destroy?.();
    }

    async canAccessOrder(ctx: RequestContext, order: Order): Promise<boolean> {
        const customerId = order.customerId ?? order.customer?.id;
        const buyer =
            customerId != null ? await this.companyService.getMembership(ctx, customerId) : undefined;
        if (!buyer) {
            return this.fallback.canAccessOrder(ctx, order);
        }
        if (ctx.activeUserId == null) {
            return false;
        }
        const viewerId = await this.companyService.getActiveCustomerId(ctx);
        if (viewerId == null) {
            return false;
        }
        if (String(viewerId) === String(customerId)) {
            return true;
        }
        const viewer = await this.companyService.getMembership(ctx, viewerId);
        return (
            !!viewer &&
            String(viewer.companyId) === String(buyer.companyId) &&
            viewer.role === CompanyRole.Admin
        );
    }
}
