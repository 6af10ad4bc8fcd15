import { DeepPartial, ID } from '@vendure/common/lib/shared-types';
import {
    Channel,
    ChannelAware,
    EntityId,
    LocaleString,
    Translatable,
    Translation,
    VendureEntity,
} from '@vendure/core';
import { Column, Entity, Index, JoinTable, ManyToMany, ManyToOne, OneToMany } from 'typeorm';

// A value import: ListQueryBuilder needs the translation class (the translation refers to Topic by name).
import { TopicTranslation } from './topic-translation.entity';

/**
 * A topic group (专题信息组): company news, market information, dealer policies… Topics form a tree of any depth
 * through `parent`, ordered by `position` among siblings. An article belongs to one or more topics.
 */
@Entity()
export class Topic extends VendureEntity implements Translatable, ChannelAware {
    constructor(input?: DeepPartial<Topic>) {
        super(input);
    }

    name: LocaleString;
    slug: LocaleString;
    description: LocaleString;

    @OneToMany(() => TopicTranslation, t => t.base, { eager: true })
    translations: Array<Translation<Topic>>;

    @Index()
    @ManyToOne(() => Topic, { nullable: true, onDelete: 'SET NULL' })
    parent: Topic | null;

    @EntityId({ nullable: true })
    parentId: ID | null;

    /** Order among siblings, ascending. */
    @Column({ type: 'int', default: 0 })
    position: number;

    @ManyToMany(() => Channel)
    @JoinTable()
    channels: Channel[];
}
