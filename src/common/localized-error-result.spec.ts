import { UserInputError } from '@vendure/core';

import {
    localize,
    LocalizedErrorResult,
    localizedMessage,
    LocalizedUserInputError,
    readsChinese,
} from './localized-error-result';

class TestRefusal extends LocalizedErrorResult {
    readonly __typename = 'TestRefusal';
    readonly errorCode = 'TEST_REFUSAL';
    constructor() {
        super({ en: 'Refused', zh_Hans: '已拒绝' });
    }
}

describe('localized ErrorResult texts', () => {
    it('reads Chinese from any zh request language, English otherwise', () => {
        expect(['zh', 'zh_Hans', 'zh-CN', 'ZH_hans'].map(readsChinese)).toEqual([true, true, true, true]);
        expect(['en', 'de', '', null, undefined].map(readsChinese)).toEqual([
            false,
            false,
            false,
            false,
            false,
        ]);
        expect(localize({ en: 'Hello', zh_Hans: '你好' }, 'zh_Hans')).toBe('你好');
        expect(localize({ en: 'Hello', zh_Hans: '你好' }, 'fr')).toBe('Hello');
    });

    it('is made in English and answers in the language it is localized to, as often as asked', () => {
        const refusal = new TestRefusal();
        expect(refusal.message).toBe('Refused');
        refusal.localizeTo('zh_Hans');
        expect(refusal.message).toBe('已拒绝');
        refusal.localizeTo('en');
        expect(refusal.message).toBe('Refused');
        // only the GraphQL fields are own enumerable properties (the texts stay private)
        expect(Object.keys(refusal).sort()).toEqual(['__typename', 'errorCode', 'message']);
    });

    it('keeps the language it is pinned to when the request asks for another', () => {
        const refusal = new TestRefusal().pinTo('zh_Hans');
        expect(refusal.message).toBe('已拒绝');
        refusal.localizeTo('en');
        expect(refusal.message).toBe('已拒绝');
        expect(refusal.pinTo('en').message).toBe('Refused');
    });

    it('reads an input error in either language, and any other error as it is', () => {
        const error = new LocalizedUserInputError({ en: 'Too long', zh_Hans: '太长' });
        expect(error).toBeInstanceOf(UserInputError);
        expect(error.message).toBe('Too long');
        expect(localizedMessage(error, 'zh_Hans')).toBe('太长');
        expect(localizedMessage(error, 'en')).toBe('Too long');
        expect(localizedMessage(new UserInputError('Plain'), 'zh_Hans')).toBe('Plain');
    });
});
