import { Injectable } from '@nestjs/common';
import { RequestContext, TransactionalConnection } from '@vendure/core';
import { SelectQueryBuilder } from 'typeorm';

import { htmlToText } from '../config/article-html-sanitizer';
import { Article } from '../entities/article.entity';
import { ArticleSearchToken } from '../entities/article-search-token.entity';

import { queryTokens, scoreTokens } from './search-tokenizer';

/** Rows per INSERT: 3 parameters a row stays well below SQLite's parameter limit. */
const INSERT_BATCH = 300;

/**
 * The portal's full-text search: an index of tokens (see `search-tokenizer.ts`) per publication, filled when an
 * article is published and dropped with the publication, and a ranked query over it. Plain tables and one
 * GROUP BY, so it behaves identically on SQLite (sql.js, better-sqlite3) and PostgreSQL.
 */
@Injectable()
export class ArticleSearchService {
    constructor(private connection: TransactionalConnection) {}

    /**
     * (Re)builds the index rows of a publication from its translations: per token the best score over the
     * languages (so an article is not ranked higher for repeating a brand name in each language).
     */
    async indexPublication(ctx: RequestContext, publication: Article): Promise<void> {
        const scores = new Map<string, number>();
        for (const t of publication.translations) {
            const perLanguage = scoreTokens({
                title: t.title ?? '',
                summary: t.summary ?? '',
                body: htmlToText(t.body ?? ''),
            });
            for (const [token, score] of perLanguage) {
                scores.set(token, Math.max(scores.get(token) ?? 0, score));
            }
        }
        const repo = this.connection.getRepository(ctx, ArticleSearchToken);
        await repo.delete({ articleId: publication.id });
        const rows = [...scores].map(([token, score]) => ({ articleId: publication.id, token, score }));
        for (let i = 0; i < rows.length; i += INSERT_BATCH) {
            await repo
                .createQueryBuilder()
                .insert()
                .into(ArticleSearchToken)
                .values(rows.slice(i, i + INSERT_BATCH))
                .execute();
        }
    }

    /**
     * Restricts a query over publications (alias `alias`) to those matching every token of `search`, joined
     * with their score as `search_rank.score`. Returns false when the search has no usable token (nothing can match).
     */
    applySearch(qb: SelectQueryBuilder<Article>, alias: string, search: string): boolean {
        const tokens = queryTokens(search);
        if (!tokens.length) {
            return false;
        }
        qb.innerJoin(
            sub =>
                sub
                    .select('token.articleId', 'articleId')
                    .addSelect('SUM(token.score)', 'score')
                    .from(ArticleSearchToken, 'token')
                    .where('token.token IN (:...searchTokens)')
                    .groupBy('token.articleId')
                    .having('COUNT(*) = :searchTokenCount'),
            'search_rank',
            `${qb.escape('search_rank')}.${qb.escape('articleId')} = ${alias}.id`,
        ).setParameters({ searchTokens: tokens, searchTokenCount: tokens.length });
        return true;
    }
}
