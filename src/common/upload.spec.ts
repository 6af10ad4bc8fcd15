import { Readable } from 'stream';

import { readUpload } from './upload';

describe('readUpload', () => {
    it('decodes UTF-8 split across chunks, and string chunks', async () => {
        const bytes = Buffer.from('\ufeffsku,名称\nA,价格\n', 'utf8');
        const chunks = [bytes.subarray(0, 9), bytes.subarray(9, 10), bytes.subarray(10)];
        const upload = (parts: Array<Buffer | string>) => ({
            createReadStream: () => Readable.from(parts),
        });
        expect(await readUpload(upload(chunks))).toBe('\ufeffsku,名称\nA,价格\n');
        expect(await readUpload(upload(['a,', Buffer.from('b\n')]))).toBe('a,b\n');
        expect(await readUpload(upload([]))).toBe('');
    });
});
