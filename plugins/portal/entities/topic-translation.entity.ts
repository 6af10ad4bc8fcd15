import { LanguageCode } from '@vendure/common/lib/generated-types';
import { DeepPartial } from '@vendure/common/lib/shared-types';
import { Translation, VendureEntity } from '@vendure/core';
import { Column, Entity, Index, ManyToOne } from 'typeorm';

import type { Topic } from './topic.entity';

/** A topic in one language. */
@Entity()
export class TopicTranslation extends VendureEntity implements Translation<Topic> {
    constructor(input?: DeepPartial<Translation<Topic>>) {
        super(input);
    }

    @Column('varchar')
    languageCode: LanguageCode;

    @Column()
    name: string;

    @Index()
    @Column()
    slug: string;

    @Column({ type: 'text', default: '' })
    description: string;

    @Index()
    @ManyToOne('Topic', (base: Topic) => base.translations, { onDelete: 'CASCADE' })
    base: Topic;
}
