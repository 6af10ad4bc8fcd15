import { ArticleStatus } from '../entities/article.entity';

import { statusAfter, transitionError } from './article-workflow';

const facts = { approved: true, requireApproval: true, hasPublication: false };

describe('portal article workflow rules', () => {
    it('takes a draft through review to publication', () => {
        expect(transitionError(ArticleStatus.Draft, 'submit', facts)).toBeUndefined();
        expect(statusAfter(ArticleStatus.Draft, 'submit', { hasLivePublication: false })).toBe(
            ArticleStatus.InReview,
        );
        expect(transitionError(ArticleStatus.InReview, 'approve', facts)).toBeUndefined();
        expect(transitionError(ArticleStatus.InReview, 'publish', facts)).toBeUndefined();
        expect(statusAfter(ArticleStatus.InReview, 'publish', { hasLivePublication: false })).toBe(
            ArticleStatus.Published,
        );
        expect(
            statusAfter(ArticleStatus.InReview, 'publish', { scheduled: true, hasLivePublication: false }),
        ).toBe(ArticleStatus.Scheduled);
    });

    it('refuses to publish unapproved content only when approval is required', () => {
        const unapproved = { ...facts, approved: false };
        expect(transitionError(ArticleStatus.InReview, 'publish', unapproved)?.en).toMatch(/approve/);
        expect(
            transitionError(ArticleStatus.Draft, 'publish', { ...unapproved, requireApproval: false }),
        ).toBeUndefined();
    });

    it('refuses steps the status does not allow, and everything but reopening an archived article', () => {
        expect(transitionError(ArticleStatus.Draft, 'approve', facts)).toEqual({
            en: 'An article in status "draft" cannot take the step "approve"',
            zh_Hans: '文章状态为“草稿”，不能执行“审核通过”',
        });
        expect(transitionError(ArticleStatus.Archived, 'publish', facts)?.en).toMatch(/archived/);
        expect(transitionError(ArticleStatus.Archived, 'update', facts)?.en).toMatch(/archived/);
        expect(transitionError(ArticleStatus.Archived, 'reopen', facts)).toBeUndefined();
        expect(statusAfter(ArticleStatus.Archived, 'reopen', { hasLivePublication: false })).toBe(
            ArticleStatus.Draft,
        );
    });

    it('sends changes requested on a live article back to published, on a new one back to draft', () => {
        expect(statusAfter(ArticleStatus.InReview, 'requestChanges', { hasLivePublication: true })).toBe(
            ArticleStatus.Published,
        );
        expect(statusAfter(ArticleStatus.InReview, 'requestChanges', { hasLivePublication: false })).toBe(
            ArticleStatus.Draft,
        );
    });

    it('unpublishes only what readers see or will see', () => {
        expect(transitionError(ArticleStatus.Draft, 'unpublish', facts)?.en).toMatch(/not published/);
        expect(
            transitionError(ArticleStatus.Published, 'unpublish', { ...facts, hasPublication: true }),
        ).toBeUndefined();
        expect(statusAfter(ArticleStatus.Published, 'unpublish', { hasLivePublication: true })).toBe(
            ArticleStatus.Draft,
        );
        expect(statusAfter(ArticleStatus.InReview, 'unpublish', { hasLivePublication: true })).toBe(
            ArticleStatus.InReview,
        );
    });
});
