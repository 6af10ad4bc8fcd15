import { StringDecoder } from 'string_decoder';

/**
 * File uploads (the GraphQL `Upload` scalar) shared by the plugins whose CSV imports accept a file as well as text
 * (B2B price lists, marketplace offers).
 */

/** What graphql-upload hands a resolver for an `Upload` argument (only the part the importers read). */
export interface FileUpload {
    createReadStream(): AsyncIterable<Buffer | string>;
}

/**
 * Reads an uploaded file to the end and decodes it as UTF-8, chunk by chunk (a character split between two chunks
 * is joined): each buffer can be let go once decoded, instead of holding all of them, their concatenation and the
 * text at once.
 */
export async function readUpload(upload: FileUpload): Promise<string> {
    const decoder = new StringDecoder('utf8');
    const parts: string[] = [];
    for await (const chunk of upload.createReadStream()) {
        parts.push(typeof chunk === 'string' ? decoder.end() + chunk : decoder.write(chunk));
    }
    parts.push(decoder.end());
    return parts.join('');
}
