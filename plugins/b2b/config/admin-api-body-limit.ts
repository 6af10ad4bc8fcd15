import { Middleware } from '@vendure/core';
import { json, NextFunction, Request, Response } from 'express';

/** GraphQL error code of a request whose JSON body is larger than `B2bPluginOptions.adminApiBodyLimit`. */
export const REQUEST_BODY_TOO_LARGE = 'REQUEST_BODY_TOO_LARGE';

/**
 * Parses JSON bodies of the admin API up to `limit` (Vendure's global parser stops at 100kb, too little for a
 * price list CSV sent as text), and answers a larger body with a GraphQL error coded `REQUEST_BODY_TOO_LARGE`
 * that points to the upload variant, instead of the bare error page of the body parser.
 */
export function adminApiBodyLimitMiddleware(adminApiPath: string, limit: string): Middleware {
    const parser = json({ limit });
    const handler = (req: Request, res: Response, next: NextFunction) => {
        parser(req, res, (err?: unknown) => {
            if ((err as { type?: string } | undefined)?.type === 'entity.too.large') {
                res.status(413).json({
                    errors: [
                        {
                            message:
                                `The request body is larger than the ${limit} the admin API accepts as JSON. ` +
                                'Send large price list CSVs as a file: importPriceListCsv(priceListId, file: Upload), ' +
                                'a multipart request without that limit.',
                            extensions: { code: REQUEST_BODY_TOO_LARGE, limit },
                        },
                    ],
                });
                return;
            }
            next(err);
        });
    };
    return { route: `/${adminApiPath.replace(/^\//, '')}`, handler, beforeListen: true };
}
