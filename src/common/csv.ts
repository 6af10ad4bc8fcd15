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
    let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
    let line = 1;
    const n = text.length;
    while (i < n) {
        const startLine = line;
        const fields: string[] = [];
        let endOfRecord = false;
        while (!endOfRecord) {
            let value = '';
            if (text[i] === '"') {
                i++;
                let closed = false;
                while (i < n) {
                    const ch = text[i];
                    if (ch === '"') {
                        if (text[i + 1] === '"') {
                            value += '"';
                            i += 2;
                            continue;
                        }
                        i++;
                        closed = true;
                        break;
                    }
                    if (ch === '\n') {
                        line++;
                    }
                    value += ch;
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
                if (i < n && text[i] !== ',' && text[i] !== '\n' && text[i] !== '\r') {
                    throw new CsvSyntaxError(
                        {
                            en: `Unexpected text after a closing quote on line ${line}`,
                            zh_Hans: `第 ${line} 行的结束引号后有多余的文字`,
                        },
                        line,
                    );
                }
            } else {
                let j = i;
                while (j < n && text[j] !== ',' && text[j] !== '\n' && text[j] !== '\r') {
                    if (text[j] === '"') {
                        throw new CsvSyntaxError(
                            {
                                en: `Unexpected quote inside an unquoted field on line ${line}`,
                                zh_Hans: `第 ${line} 行的无引号字段中出现了引号`,
                            },
                            line,
                        );
                    }
                    j++;
                }
                value = text.slice(i, j);
                i = j;
            }
            fields.push(value);
            if (i >= n) {
                endOfRecord = true;
            } else if (text[i] === ',') {
                i++;
            } else {
                if (text[i] === '\r') {
                    i++;
                }
                if (text[i] === '\n') {
                    i++;
                }
                line++;
                endOfRecord = true;
            }
        }
        if (!(fields.length === 1 && fields[0].trim() === '')) {
            yield { line: startLine, fields };
        }
    }
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
