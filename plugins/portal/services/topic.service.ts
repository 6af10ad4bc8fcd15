import { Injectable } from '@nestjs/common';
import { DeletionResult, LanguageCode } from '@vendure/common/lib/generated-types';
import { ID, PaginatedList } from '@vendure/common/lib/shared-types';
import {
    ChannelService,
    EntityNotFoundError,
    EventBus,
    ListQueryBuilder,
    ListQueryOptions,
    RelationPaths,
    RequestContext,
    RequestContextCacheService,
    TransactionalConnection,
    TranslatableSaver,
    Translated,
    TranslatorService,
    UserInputError,
} from '@vendure/core';

import { TopicHierarchyCycleError } from '../api/error-results';
import { Topic } from '../entities/topic.entity';
import { TopicTranslation } from '../entities/topic-translation.entity';
import { TopicEvent } from '../events/topic-event';

import { normalizeSlug, uniqueSlug } from './slug';

export interface TopicTranslationInput {
    id?: ID | null;
    languageCode: LanguageCode;
    name?: string | null;
    slug?: string | null;
    description?: string | null;
}

export interface CreateTopicInput {
    translations: TopicTranslationInput[];
    parentId?: ID | null;
    position?: number | null;
}

export interface UpdateTopicInput {
    id: ID;
    translations?: TopicTranslationInput[] | null;
    position?: number | null;
}

export interface MoveTopicInput {
    id: ID;
    parentId?: ID | null;
    position?: number | null;
}

const MAX_DEPTH = 1000;

/**
 * Topics (topic groups) and their tree, per channel. Every read is scoped to the request's channel: a topic of
 * another channel is "not found".
 */
@Injectable()
export class TopicService {
    constructor(
        private connection: TransactionalConnection,
        private listQueryBuilder: ListQueryBuilder,
        private translatableSaver: TranslatableSaver,
        private translator: TranslatorService,
        private channelService: ChannelService,
        private eventBus: EventBus,
        private requestCache: RequestContextCacheService,
    ) {}

    async findAll(
        ctx: RequestContext,
        options?: ListQueryOptions<Topic>,
        relations?: RelationPaths<Topic>,
    ): Promise<PaginatedList<Translated<Topic>>> {
        const [items, totalItems] = await this.listQueryBuilder
            .build(Topic, options, { ctx, channelId: ctx.channelId, relations: relations ?? [] })
            .getManyAndCount();
        return { items: items.map(t => this.translator.translate(t, ctx)), totalItems };
    }

    async findOne(ctx: RequestContext, id: ID): Promise<Translated<Topic> | undefined> {
        const topic = await this.connection
            .getRepository(ctx, Topic)
            .createQueryBuilder('topic')
            .leftJoinAndSelect('topic.translations', 'translation')
            .innerJoin('topic.channels', 'channel', 'channel.id = :channelId', { channelId: ctx.channelId })
            .where('topic.id = :id', { id })
            .getOne();
        return topic ? this.translator.translate(topic, ctx) : undefined;
    }

    async getOrThrow(ctx: RequestContext, id: ID): Promise<Translated<Topic>> {
        const topic = await this.findOne(ctx, id);
        if (!topic) {
            throw new EntityNotFoundError('Topic', id);
        }
        return topic;
    }

    /** The topic with this slug (in any language) in the request's channel. */
    async findBySlug(ctx: RequestContext, slug: string): Promise<Translated<Topic> | undefined> {
        const all = await this.getAllInChannel(ctx);
        const topic = all.find(t => t.translations.some(tr => tr.slug === slug));
        return topic ? this.translator.translate(topic, ctx) : undefined;
    }

    /** Every topic of the channel, translated, ordered by position then name: the storefront builds the tree. */
    async getTree(ctx: RequestContext): Promise<Array<Translated<Topic>>> {
        const all = (await this.getAllInChannel(ctx)).map(t => this.translator.translate(t, ctx));
        return all.sort((a, b) => a.position - b.position || a.name.localeCompare(b.name));
    }

    async getChildren(ctx: RequestContext, id: ID): Promise<Array<Translated<Topic>>> {
        return (await this.getTree(ctx)).filter(t => String(t.parentId) === String(id));
    }

    /** The ids of the topic's ancestors, its parent first. */
    async getAncestorIds(ctx: RequestContext, id: ID): Promise<ID[]> {
        const byId = new Map((await this.getAllInChannel(ctx)).map(t => [String(t.id), t]));
        const result: ID[] = [];
        const seen = new Set([String(id)]);
        let current = byId.get(String(id))?.parentId;
        while (current != null && !seen.has(String(current)) && result.length < MAX_DEPTH) {
            result.push(current);
            seen.add(String(current));
            current = byId.get(String(current))?.parentId;
        }
        return result;
    }

    /** The topics and all their descendants (ids), in the request's channel. */
    async getSubtreeIds(ctx: RequestContext, ids: ID[]): Promise<ID[]> {
        const all = await this.getAllInChannel(ctx);
        const result = new Set(ids.map(String));
        let grew = true;
        while (grew) {
            grew = false;
            for (const t of all) {
                if (t.parentId != null && result.has(String(t.parentId)) && !result.has(String(t.id))) {
                    result.add(String(t.id));
                    grew = true;
                }
            }
        }
        return all.filter(t => result.has(String(t.id))).map(t => t.id);
    }

    async create(ctx: RequestContext, input: CreateTopicInput): Promise<Translated<Topic>> {
        const parent = input.parentId != null ? await this.getOrThrow(ctx, input.parentId) : null;
        const translations = await this.prepareTranslations(ctx, input.translations, undefined, true);
        const topic = await this.translatableSaver.create({
            ctx,
            input: { translations },
            entityType: Topic,
            translationType: TopicTranslation,
            beforeSave: async t => {
                t.parent = parent;
                t.position = input.position ?? (await this.nextPosition(ctx, parent?.id ?? null));
                await this.channelService.assignToCurrentChannel(t, ctx);
            },
        });
        this.forgetCache(ctx);
        const created = await this.getOrThrow(ctx, topic.id);
        await this.eventBus.publish(new TopicEvent(ctx, created, 'created', input));
        return created;
    }

    async update(ctx: RequestContext, input: UpdateTopicInput): Promise<Translated<Topic>> {
        const existing = await this.getOrThrow(ctx, input.id);
        const translations = input.translations
            ? await this.prepareTranslations(ctx, input.translations, existing, false)
            : undefined;
        await this.translatableSaver.update({
            ctx,
            input: { id: existing.id, ...(translations ? { translations } : {}) },
            entityType: Topic,
            translationType: TopicTranslation,
            beforeSave: t => {
                if (input.position != null) {
                    t.position = input.position;
                }
            },
        });
        this.forgetCache(ctx);
        const updated = await this.getOrThrow(ctx, existing.id);
        await this.eventBus.publish(new TopicEvent(ctx, updated, 'updated', input));
        return updated;
    }

    /** Places a topic under a new parent (or at the root), refusing cycles. */
    async move(
        ctx: RequestContext,
        input: MoveTopicInput,
    ): Promise<Translated<Topic> | TopicHierarchyCycleError> {
        const topic = await this.getOrThrow(ctx, input.id);
        let parentId: ID | null = null;
        if (input.parentId != null) {
            const parent = await this.getOrThrow(ctx, input.parentId);
            const ancestors = await this.getAncestorIds(ctx, parent.id);
            if (
                String(parent.id) === String(topic.id) ||
                ancestors.some(a => String(a) === String(topic.id))
            ) {
                return new TopicHierarchyCycleError();
            }
            parentId = parent.id;
        }
        const position = input.position ?? (await this.nextPosition(ctx, parentId));
        await this.connection
            .getRepository(ctx, Topic)
            .update({ id: topic.id }, { parent: parentId != null ? { id: parentId } : null, position });
        this.forgetCache(ctx);
        const moved = await this.getOrThrow(ctx, topic.id);
        await this.eventBus.publish(new TopicEvent(ctx, moved, 'updated', input));
        return moved;
    }

    /** Deletes a topic (its articles lose it). Refused while it has sub-topics. */
    async delete(ctx: RequestContext, id: ID): Promise<{ result: DeletionResult; message?: string }> {
        const topic = await this.getOrThrow(ctx, id);
        const children = await this.connection
            .getRepository(ctx, Topic)
            .count({ where: { parentId: topic.id } });
        if (children > 0) {
            return {
                result: DeletionResult.NOT_DELETED,
                message: `The topic "${topic.name}" still has ${children} sub-topics: move or delete them first`,
            };
        }
        const deleted = { ...topic };
        await this.connection.getRepository(ctx, Topic).delete({ id: topic.id });
        this.forgetCache(ctx);
        await this.eventBus.publish(new TopicEvent(ctx, deleted as Topic, 'deleted', id));
        return { result: DeletionResult.DELETED };
    }

    private getAllInChannel(ctx: RequestContext): Promise<Topic[]> {
        return this.requestCache.get(ctx, 'portal-topics', () =>
            this.connection
                .getRepository(ctx, Topic)
                .createQueryBuilder('topic')
                .leftJoinAndSelect('topic.translations', 'translation')
                .innerJoin('topic.channels', 'channel', 'channel.id = :channelId', {
                    channelId: ctx.channelId,
                })
                .getMany(),
        );
    }

    private forgetCache(ctx: RequestContext): void {
        this.requestCache.set(ctx, 'portal-topics', undefined);
    }

    private async nextPosition(ctx: RequestContext, parentId: ID | null): Promise<number> {
        const qb = this.connection
            .getRepository(ctx, Topic)
            .createQueryBuilder('topic')
            .select('MAX(topic.position)', 'max');
        if (parentId == null) {
            qb.where('topic.parentId IS NULL');
        } else {
            qb.where('topic.parentId = :parentId', { parentId });
        }
        const row = await qb.getRawOne<{ max: number | string | null }>();
        return row?.max == null ? 0 : Number(row.max) + 1;
    }

    /** Names are required for new translations; slugs default to the name and are made unique across topics. */
    private async prepareTranslations(
        ctx: RequestContext,
        input: TopicTranslationInput[],
        existing: Topic | undefined,
        creating: boolean,
    ): Promise<TopicTranslationInput[]> {
        if (creating && !input.length) {
            throw new UserInputError('A topic needs at least one translation with a name');
        }
        const result: TopicTranslationInput[] = [];
        for (const t of input) {
            const current = existing?.translations.find(x => x.languageCode === t.languageCode);
            const name = t.name != null ? t.name.trim() : current?.name;
            if (!name) {
                throw new UserInputError(`The topic's name (${t.languageCode}) must not be empty`);
            }
            const givenSlug = t.slug != null && t.slug.trim() !== '' ? t.slug : undefined;
            let slug = givenSlug != null ? normalizeSlug(givenSlug) : current?.slug;
            if (givenSlug != null && !slug) {
                throw new UserInputError(`"${t.slug}" cannot be used as a slug: use letters or digits`);
            }
            if (!slug) {
                slug = normalizeSlug(name) || 'topic';
            }
            if (slug !== current?.slug) {
                slug = await uniqueSlug(slug, s => this.isSlugTaken(ctx, s, existing?.id));
            }
            result.push({
                ...(current ? { id: current.id } : {}),
                languageCode: t.languageCode,
                name,
                slug,
                description: t.description ?? current?.description ?? '',
            });
        }
        return result;
    }

    private async isSlugTaken(ctx: RequestContext, slug: string, exceptId?: ID): Promise<boolean> {
        const qb = this.connection
            .getRepository(ctx, TopicTranslation)
            .createQueryBuilder('translation')
            .where('translation.slug = :slug', { slug });
        if (exceptId != null) {
            qb.andWhere('translation.baseId != :exceptId', { exceptId });
        }
        return (await qb.getCount()) > 0;
    }
}
