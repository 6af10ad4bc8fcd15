/**
 * File uploads (the GraphQL `Upload` scalar) shared by the plugins whose CSV imports accept a file as well as text
 * (B2B price lists, marketplace offers).
 */

/** What graphql-upload hands a resolver for an `Upload` argument (only the part the importers read). */
export interface FileUpload {
    createReadStream(): AsyncIterable<Buffer | string>;
}

/** Reads an uploaded file to the end and decodes it as UTF-8. */
export async function readUpload(upload: FileUpload): Promise<string> {
    const chunks: Buffer[] = [];
    for await (const chunk of upload.createReadStream()) {
        chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
    }
    return Buffer.concat(chunks).toString('utf8');
}
