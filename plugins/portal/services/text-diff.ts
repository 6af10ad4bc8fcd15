/** A piece of a diff between two texts. */
export interface TextDiffSegment {
    op: 'equal' | 'insert' | 'delete';
    text: string;
}

/** Beyond this many token pairs the middle of a change is shown as one deletion and one insertion. */
const MAX_CELLS = 4_000_000;

/** Tags, words, single CJK characters, whitespace and punctuation: the units a diff is made of. */
function tokenize(text: string): string[] {
    return (
        text.match(
            /<[^>]*>|[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]|[\p{L}\p{N}\p{M}_]+|\s+|[^\s]/gu,
        ) ?? []
    );
}

function push(out: TextDiffSegment[], op: TextDiffSegment['op'], text: string): void {
    if (!text) {
        return;
    }
    const last = out[out.length - 1];
    if (last && last.op === op) {
        last.text += text;
    } else {
        out.push({ op, text });
    }
}

/**
 * A word-level diff (HTML tags and CJK characters count as words): what was kept, deleted and inserted, in order.
 * Longest common subsequence after trimming the common start and end.
 */
export function diffText(before: string, after: string): TextDiffSegment[] {
    const a = tokenize(before);
    const b = tokenize(after);
    let start = 0;
    while (start < a.length && start < b.length && a[start] === b[start]) {
        start++;
    }
    let endA = a.length;
    let endB = b.length;
    while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
        endA--;
        endB--;
    }
    const out: TextDiffSegment[] = [];
    push(out, 'equal', a.slice(0, start).join(''));
    const midA = a.slice(start, endA);
    const midB = b.slice(start, endB);
    const n = midA.length;
    const m = midB.length;
    if (n * m > MAX_CELLS) {
        push(out, 'delete', midA.join(''));
        push(out, 'insert', midB.join(''));
    } else if (n > 0 || m > 0) {
        // lcs[i][j] = length of the LCS of midA[i..] and midB[j..], in one flat array.
        const lcs = new Uint32Array((n + 1) * (m + 1));
        for (let i = n - 1; i >= 0; i--) {
            for (let j = m - 1; j >= 0; j--) {
                lcs[i * (m + 1) + j] =
                    midA[i] === midB[j]
                        ? lcs[(i + 1) * (m + 1) + j + 1] + 1
                        : Math.max(lcs[(i + 1) * (m + 1) + j], lcs[i * (m + 1) + j + 1]);
            }
        }
        let i = 0;
        let j = 0;
        while (i < n && j < m) {
            if (midA[i] === midB[j]) {
                push(out, 'equal', midA[i]);
                i++;
                j++;
            } else if (lcs[(i + 1) * (m + 1) + j] >= lcs[i * (m + 1) + j + 1]) {
                push(out, 'delete', midA[i]);
                i++;
            } else {
                push(out, 'insert', midB[j]);
                j++;
            }
        }
        push(out, 'delete', midA.slice(i).join(''));
        push(out, 'insert', midB.slice(j).join(''));
    }
    push(out, 'equal', a.slice(endA).join(''));
    return out;
}
