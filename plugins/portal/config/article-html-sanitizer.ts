import sanitizeHtml from 'sanitize-html';

/**
 * Cleans an article body before it is stored. Whatever it returns is what readers get, so it must remove script,
 * event handlers, `javascript:` URLs and anything else a browser would execute.
 */
export interface ArticleHtmlSanitizer {
    /** Returns safe HTML for the given (untrusted) HTML. */
    sanitize(html: string): string;
}

const ALLOWED_TAGS = [
    'h1',
    'h2',
    'h3',
    'h4',
    'h5',
    'h6',
    'p',
    'br',
    'hr',
    'blockquote',
    'ul',
    'ol',
    'li',
    'strong',
    'b',
    'em',
    'i',
    'u',
    's',
    'del',
    'ins',
    'mark',
    'small',
    'sub',
    'sup',
    'code',
    'pre',
    'a',
    'img',
    'figure',
    'figcaption',
    'table',
    'thead',
    'tbody',
    'tfoot',
    'tr',
    'th',
    'td',
    'caption',
    'span',
    'div',
];

const TEXT_ALIGN = [/^(left|right|center|justify)$/];

/**
 * The default: the formatting the Dashboard's rich-text editor produces (headings, lists, links, images, tables,
 * text alignment), nothing executable. Links keep `http(s)`, `mailto` and `tel` URLs and relative paths; images
 * `http(s)` and relative paths; a link opening a new window gets `rel="noopener noreferrer"`.
 */
export class DefaultArticleHtmlSanitizer implements ArticleHtmlSanitizer {
    sanitize(html: string): string {
        return sanitizeHtml(html, {
            allowedTags: ALLOWED_TAGS,
            allowedAttributes: {
                a: ['href', 'title', 'target', 'rel'],
                img: ['src', 'alt', 'title', 'width', 'height'],
                th: ['colspan', 'rowspan', 'style'],
                td: ['colspan', 'rowspan', 'style'],
                p: ['style'],
                h1: ['style'],
                h2: ['style'],
                h3: ['style'],
                h4: ['style'],
                h5: ['style'],
                h6: ['style'],
                '*': ['lang', 'dir'],
            },
            allowedStyles: {
                '*': { 'text-align': TEXT_ALIGN },
            },
            allowedSchemes: ['http', 'https', 'mailto', 'tel'],
            allowedSchemesByTag: { img: ['http', 'https'] },
            allowProtocolRelative: false,
            disallowedTagsMode: 'discard',
            transformTags: {
                a: (tagName, attribs) => {
                    const attrs: Record<string, string> = { ...attribs };
                    if (attrs.target && attrs.target !== '_self') {
                        attrs.target = '_blank';
                        attrs.rel = 'noopener noreferrer';
                    }
                    return { tagName, attribs: attrs };
                },
            },
        });
    }
}

/** The text of an HTML fragment (tags removed, entities decoded, whitespace collapsed), for search and summaries. */
export function htmlToText(html: string): string {
    const text = sanitizeHtml(html.replace(/<(br|\/p|\/h[1-6]|\/li|\/div|\/td|\/th|\/tr)[^>]*>/gi, ' $&'), {
        allowedTags: [],
        allowedAttributes: {},
    });
    return decodeEntities(text).replace(/\s+/g, ' ').trim();
}

const NAMED_ENTITIES: Record<string, string> = {
    amp: '&',
    lt: '<',
    gt: '>',
    quot: '"',
    apos: "'",
    nbsp: ' ',
};

function decodeEntities(text: string): string {
    return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, code: string) => {
        if (code[0] === '#') {
            const n =
                code[1] === 'x' || code[1] === 'X'
                    ? parseInt(code.slice(2), 16)
                    : parseInt(code.slice(1), 10);
            return Number.isFinite(n) && n > 0 && n <= 0x10ffff ? String.fromCodePoint(n) : whole;
        }
        return NAMED_ENTITIES[code.toLowerCase()] ?? whole;
    });
}
