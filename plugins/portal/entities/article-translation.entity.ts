import { LanguageCode } from '@vendure/common/lib/generated-types';
import { DeepPartial } from '@vendure/common/lib/shared-types';
import { Translation, VendureEntity } from '@vendure/core';
import { Column, Entity, Index, ManyToOne } from 'typeorm';

import type { Article } from './article.entity';

/** An article in one language. The body is sanitised HTML. */
@Entity()
export class ArticleTranslation extends VendureEntity implements Translation<Article> {
    constructor(input?: DeepPartial<Translation<Article>>) {
        super(input);
    }

    @Column('varchar')
    languageCode: LanguageCode;

    @Column()
    title: string;

    @Index()
    @Column()
    slug: string;

    @Column({ type: 'text', default: '' })
    summary: string;

    @Column({ type: 'text', default: '' })
    body: string;

    @Column({ type: 'varchar', default: '' })
    seoTitle: string;

    @Column({ type: 'text', default: '' })
    seoDescription: string;

    @Index()
    @ManyToOne('Article', (base: Article) => base.translations, { onDelete: 'CASCADE' })
    base: Article;
}
