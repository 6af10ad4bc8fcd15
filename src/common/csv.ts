import type { LocalizedText } from './localized-error-result';

/**
 * CSV helpers shared by the plugins that import and export CSV (B2B price lists, marketplace offers, logistics rate
 * tables): an RFC 4180 parser that reports the line of a syntax error, field quoting, and decimal amounts scaled to
 * integers (money in minor units never passes through a float).
 */
export class CsvSyntaxError extends Error {
    constructor(
        /** What is wrong, in English and Simplified Chinese (`message` is the English). */
        readonly text: LocalizedText,
        readonly line: number,
    ) {
        super(text.en);
    }
}

/** A parsed record with the 1-based line it starts on. */
export interface CsvRecord {
    line: number;
    fields: string[];
}

/**
 * RFC 4180 parser: quoted fields may hold commas, quotes ("") and newlines; CRLF or LF line ends; a BOM is
 * ignored; blank lines are skipped. Throws {@link CsvSyntaxError} on an unterminated quote or text after a
 * closing quote.
 */
export function parseCsv(text: string): CsvRecord[] {
    return [...readCsv(text)];
}

/**
 * The records of {@link parseCsv} one at a time, read as they are asked for: an import can check and write a file
 * slice by slice without holding every record of it. A syntax error is thrown when the reader reaches it.
 */
export function* readCsv(text: string): Generator<CsvRecord, void, undefined> {
    const scanner = new CsvScanner(text);
    for (;;) {
        const fields: string[] = [];
        if (!scanner.read(fields)) {
            return;
        }
        if (!scanner.blank) {
            yield { line: scanner.recordLine, fields };
        }
    }
}

/** What {@link scanCsv} finds: the first record (the header) and how many records follow it. */
export interface CsvShape {
    header: CsvRecord | undefined;
    rows: number;
}

/**
 * Checks the whole text as {@link readCsv} would and counts its records, keeping only the first (the header): an
 * import's first pass (syntax, header, size) before it writes anything. It builds no record after the header, so a
 * file of 100,000 rows costs no memory here (reading the records only to count them made 75 MB of garbage that V8
 * had learnt to allocate straight into the old generation).
 */
export function scanCsv(text: string): CsvShape {
    const scanner = new CsvScanner(text);
    let header: CsvRecord | undefined;
    let rows = 0;
    for (;;) {
        const fields: string[] | undefined = header ? undefined : [];
        if (!scanner.read(fields)) {
            return { header, rows };
        }
        if (scanner.blank) {
            continue;
        }
        if (header) {
            rows++;
        } else {
            header = { line: scanner.recordLine, fields: fields as string[] };
        }
    }
}

/** RFC 4180 tokenizer behind {@link readCsv} and {@link scanCsv}: one record per `read`. */
class CsvScanner {
    /** The line the record `read` last read starts on. */
    recordLine = 0;
    /** Whether that record was a blank line (one field of only white space), which readers skip. */
    blank = false;
    private i: number;
    private line = 1;
    private readonly n: number;

    constructor(private readonly text: string) {
        this.i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
        this.n = text.length;
    }

    /**
     * Reads the next record, pushing its fields onto `fields` when given (otherwise only checking them), and
     * returns how many fields it has: 0 at the end of the text.
     */
    read(fields: string[] | undefined): number {
        const { text, n } = this;
        let i = this.i;
        if (i >= n) {
            return 0;
        }
        const startLine = this.line;
        let count = 0;
        // where the first field's text is (inside its quotes, if quoted), to tell a blank line
        let firstStart = i;
        let firstEnd = i;
        let endOfRecord = false;
        while (!endOfRecord) {
            const fieldStart = i;
            let value = '';
            if (text.charCodeAt(i) === QUOTE) {
                i++;
                let closed = false;
                while (i < n) {
                    const ch = text.charCodeAt(i);
                    if (ch === QUOTE) {
                        if (text.charCodeAt(i + 1) === QUOTE) {
                            if (fields) {
                                value += '"';
                            }
                            i += 2;
                            continue;
                        }
                        i++;
                        closed = true;
                        break;
                    }
                    if (ch === LF) {
                        this.line++;
                    }
                    if (fields) {
                        value += text[i];
                    }
                    i++;
                }
                if (!closed) {
                    throw new CsvSyntaxError(
                        {
                            en: `Unterminated quoted field starting on line ${startLine}`,
                            zh_Hans: `第 ${startLine} 行开始的带引号字段没有结束引号`,
                        },
                        startLine,
                    );
                }
                if (i < n && !isFieldEnd(text.charCodeAt(i))) {
                    throw new CsvSyntaxError(
                        {
                            en: `Unexpected text after a closing quote on line ${this.line}`,
                            zh_Hans: `第 ${this.line} 行的结束引号后有多余的文字`,
                        },
                        this.line,
                    );
                }
                if (count === 0) {
                    firstStart = fieldStart + 1;
                    firstEnd = i - 1;
                }
            } else {
                let j = i;
                while (j < n && !isFieldEnd(text.charCodeAt(j))) {
                    if (text.charCodeAt(j) === QUOTE) {
                        throw new CsvSyntaxError(
                            {
                                en: `Unexpected quote inside an unquoted field on line ${this.line}`,
                                zh_Hans: `第 ${this.line} 行的无引号字段中出现了引号`,
                            },
                            this.line,
                        );
                    }
                    j++;
                }
                if (fields) {
                    value = text.slice(i, j);
                }
                if (count === 0) {
                    firstStart = i;
                    firstEnd = j;
                }
                i = j;
            }
            if (fields) {
                fields.push(value);
            }
            count++;
            if (i >= n) {
                endOfRecord = true;
            } else if (text.charCodeAt(i) === COMMA) {
                i++;
            } else {
                if (text.charCodeAt(i) === CR) {
                    i++;
                }
                if (text.charCodeAt(i) === LF) {
                    i++;
                }
                this.line++;
                endOfRecord = true;
            }
        }
        this.i = i;
        this.recordLine = startLine;
        // a quoted field's doubled quotes are not white space, so its raw text tells as well as its value
        this.blank = count === 1 && text.slice(firstStart, firstEnd).trim() === '';
        return count;
    }
}

const QUOTE = 0x22;
const COMMA = 0x2c;
const CR = 0x0d;
const LF = 0x0a;

function isFieldEnd(ch: number): boolean {
    return ch === COMMA || ch === LF || ch === CR;
}

/** Quotes a field when it needs it. */
export function csvField(value: string): string {
    return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** Parses a decimal with at most `maxDecimals` places into an integer scaled by 10^maxDecimals, or undefined. */
export function parseScaledDecimal(raw: string, maxDecimals: number): number | undefined {
    const m = /^(\d+)(?:\.(\d+))?$/.exec(raw.trim());
    if (!m || (m[2]?.length ?? 0) > maxDecimals) {
        return undefined;
    }
    const scaled = Number(m[1]) * 10 ** maxDecimals + Number((m[2] ?? '').padEnd(maxDecimals, '0') || '0');
    return Number.isSafeInteger(scaled) ? scaled : undefined;
}

/** Formats an integer scaled by 10^decimals as a decimal string. */
export function formatScaled(value: number, decimals: number): string {
    if (decimals === 0) {
        return String(value);
    }
    const s = String(Math.abs(value)).padStart(decimals + 1, '0');
    return `${value < 0 ? '-' : ''}${s.slice(0, -decimals)}.${s.slice(-decimals)}`;
}
