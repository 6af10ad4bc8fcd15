import { Injectable } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { Injector, Logger, RequestContext, RequestContextCacheService, UserInputError } from '@vendure/core';

import {
    ArticleAudienceOption,
    ArticleAudienceType,
    AudienceLabel,
    localizedLabel,
} from '../config/article-audience-type';
import { coreAudienceTypes } from '../config/core-audience-types';
import { loggerCtx } from '../constants';

/** Said after a stored audience whose type's plugin is not installed, or whose value no longer exists. */
const NOT_INSTALLED: AudienceLabel = { en: ' (not installed)', zh_Hans: '（未安装）' };
const NOT_FOUND: AudienceLabel = { en: ' (not found)', zh_Hans: '（未找到）' };

/** An audience as given by an editor: a type code and (for types with values) a value. */
export interface ArticleAudienceInput {
    type: string;
    value?: string | null;
}

/** The key the shop's visibility filter matches: `type:value`. */
export function audienceKey(type: string, value: string): string {
    return `${type}:${value}`;
}

/** An audience with its editor-facing labels. */
export interface DescribedAudience {
    type: string;
    value: string;
    typeLabel: string;
    label: string;
}

/**
 * The registry of audience types (see `ArticleAudienceType`) and the reader's side of audiences: which audience
 * keys the current visitor holds. Other plugins add their audience types with `register()`, typically in their
 * `onApplicationBootstrap`; the portal registers the core types, the B2B types when B2bPlugin is installed and
 * those of `PortalPluginOptions.audienceTypes`.
 */
@Injectable()
export class ArticleAudienceService {
    private readonly types = new Map<string, ArticleAudienceType>();
    private readonly injector: Injector;

    constructor(
        moduleRef: ModuleRef,
        private requestCache: RequestContextCacheService,
    ) {
        this.injector = new Injector(moduleRef);
    }

    /** Adds an audience type. Fails on a malformed or duplicate code. */
    async register(type: ArticleAudienceType): Promise<void> {
        if (!/^[a-z][a-z0-9-]{0,63}$/.test(type.code)) {
            throw new Error(
                `Audience type code "${type.code}" must be lower-case letters, digits and dashes`,
            );
        }
        if (this.types.has(type.code)) {
            throw new Error(`Audience type "${type.code}" is already registered`);
        }
        await type.init?.(this.injector);
        this.types.set(type.code, type);
        Logger.verbose(`Registered article audience type "${type.code}"`, loggerCtx);
    }

    /** Registers the core audience types (public, customer, customer-group). */
    async registerCoreTypes(): Promise<void> {
        for (const type of coreAudienceTypes()) {
            await this.register(type);
        }
    }

    /** The registered types, in registration order. */
    getTypes(): ArticleAudienceType[] {
        return [...this.types.values()];
    }

    getType(code: string): ArticleAudienceType | undefined {
        return this.types.get(code);
    }

    /**
     * Checks and normalises an editor's audiences: known types, values as each type wants them, no duplicates.
     * No audiences means everyone (`public`).
     */
    async normalize(
        ctx: RequestContext,
        input: ArticleAudienceInput[] | null | undefined,
    ): Promise<Array<{ type: string; value: string }>> {
        if (!input?.length) {
            return [{ type: 'public', value: '' }];
        }
        const result: Array<{ type: string; value: string }> = [];
        const seen = new Set<string>();
        for (const item of input) {
            const type = this.types.get(item.type);
            if (!type) {
                throw new UserInputError(
                    `Unknown audience type "${item.type}"; known types: ${[...this.types.keys()].join(', ')}`,
                );
            }
            let value = '';
            if (type.valueKind !== 'none') {
                const raw = (item.value ?? '').trim();
                if (!raw) {
                    throw new UserInputError(`The audience type "${type.code}" needs a value`);
                }
                value = type.normalizeValue ? await type.normalizeValue(ctx, raw) : raw;
                if (value.length > 255) {
                    throw new UserInputError(`The audience value "${value.slice(0, 40)}…" is too long`);
                }
            }
            const key = audienceKey(type.code, value);
            if (!seen.has(key)) {
                seen.add(key);
                result.push({ type: type.code, value });
            }
        }
        // Everyone includes every other audience: keep the list honest.
        return result.some(a => a.type === 'public') ? [{ type: 'public', value: '' }] : result;
    }

    /**
     * The audience keys the current visitor holds (always `public:`), computed once per request. A type that
     * fails is logged and skipped: the visitor then simply does not hold its keys.
     */
    getViewerKeys(ctx: RequestContext): Promise<string[]> {
        return this.requestCache.get(ctx, 'portal-viewer-audience-keys', async () => {
            const keys: string[] = [];
            for (const type of this.types.values()) {
                try {
                    const values = await type.viewerValues(ctx);
                    keys.push(...values.map(v => audienceKey(type.code, v)));
                } catch (e) {
                    Logger.error(
                        `Audience type "${type.code}" failed for a visitor: ${e instanceof Error ? e.message : String(e)}`,
                        loggerCtx,
                    );
                }
            }
            return keys.includes('public:') ? keys : ['public:', ...keys];
        });
    }

    /**
     * Makes `readCtx` read with the audience keys of another request's visitor: the admin API's reading path
     * reads the operator's channel (`readCtx`) for a seller's administrator working on their own channel.
     */
    async useViewerKeysOf(readCtx: RequestContext, visitorCtx: RequestContext): Promise<void> {
        const keys = await this.getViewerKeys(visitorCtx);
        this.requestCache.set(readCtx, 'portal-viewer-audience-keys', Promise.resolve(keys));
    }

    /**
     * Editor-facing labels of stored audiences (unknown types, e.g. of an uninstalled plugin, say so); the types
     * named in `labelLanguage`, by default the request's language.
     */
    async describe(
        ctx: RequestContext,
        audiences: Array<{ type: string; value: string }>,
        labelLanguage: string = ctx.languageCode,
    ): Promise<DescribedAudience[]> {
        const result: DescribedAudience[] = [];
        for (const a of audiences) {
            const type = this.types.get(a.type);
            const typeLabel = type
                ? localizedLabel(type.label, labelLanguage)
                : `${a.type}${localizedLabel(NOT_INSTALLED, labelLanguage)}`;
            let label = a.value;
            if (type && a.value && type.labelForValue) {
                label =
                    (await type.labelForValue(ctx, a.value)) ??
                    `${a.value}${localizedLabel(NOT_FOUND, labelLanguage)}`;
            }
            result.push({ type: a.type, value: a.value, typeLabel, label: label || typeLabel });
        }
        return result;
    }

    /** Choices for an audience type's value, for the editor. */
    async options(
        ctx: RequestContext,
        code: string,
        term: string | undefined,
        take: number,
    ): Promise<ArticleAudienceOption[]> {
        const type = this.types.get(code);
        if (!type) {
            throw new UserInputError(`Unknown audience type "${code}"`);
        }
        return type.options ? type.options(ctx, term, Math.min(Math.max(take, 1), 100)) : [];
    }
}
