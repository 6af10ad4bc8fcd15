import { AuthenticationStrategy, Injector, RequestContext, User } from '@vendure/core';
import { DocumentNode } from 'graphql';

import { MarketplaceSellerService } from '../services/marketplace-seller.service';

/**
 * Wraps an admin authentication strategy (Vendure's native one, or whatever was configured before this plugin):
 * the wrapped strategy checks the credentials, then administrators of a seller that is not approved (pending,
 * rejected, suspended) are refused. Name, input type and log-out stay the wrapped strategy's, so `login` and
 * `authenticate` work unchanged.
 */
export class SellerAuthenticationStrategy<Data = unknown> implements AuthenticationStrategy<Data> {
    readonly name: string;
    private sellers: MarketplaceSellerService;

    constructor(private readonly inner: AuthenticationStrategy<Data>) {
        this.name = inner.name;
    }

    async init(injector: Injector): Promise<void> {
        this.sellers = injector.get(MarketplaceSellerService);
        await this.inner.init?.(injector);
    }

    async destroy(): Promise<void> {
        await this.inner.destroy?.();
    }

    defineInputType(): DocumentNode {
        return this.inner.defineInputType();
    }

    async authenticate(ctx: RequestContext, data: Data): Promise<User | false | string> {
        const result = await this.inner.authenticate(ctx, data);
        if (result instanceof User && (await this.sellers.isLoginBlocked(ctx, result.id))) {
            return 'This seller account is not approved or has been suspended';
        }
        return result;
    }

    async onLogOut(ctx: RequestContext, user: User): Promise<void> {
        await this.inner.onLogOut?.(ctx, user);
    }
}
