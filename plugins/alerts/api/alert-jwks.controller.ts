import { Controller, Get, Header } from '@nestjs/common';
import type { JsonWebKey } from 'crypto';

import { ALERT_JWKS_ROUTE } from '../constants';
import { WebhookSigningKeyService } from '../services/webhook-signing-key.service';

/**
 * `GET /alerts/.well-known/jwks.json`: the public key set that `jws_rs256` webhook signatures verify against
 * (public, no authentication; receivers may cache it for five minutes).
 */
@Controller(ALERT_JWKS_ROUTE.split('/')[0])
export class AlertJwksController {
    constructor(private keys: WebhookSigningKeyService) {}

    @Get(ALERT_JWKS_ROUTE.split('/').slice(1).join('/'))
    @Header('cache-control', 'public, max-age=300')
    jwks(): Promise<{ keys: JsonWebKey[] }> {
        return this.keys.jwks();
    }
}
