import { median, spread } from './stats';

describe('median', () => {
    it('takes the middle value, or the mean of the middle two for an even count', () => {
        expect(median([3, 1, 2])).toBe(2);
        expect(median([4, 1, 3, 2])).toBe(2.5);
    });

    it('leaves out what could not be read, and is NaN when nothing could', () => {
        expect(median([NaN, 5, null, undefined, Infinity, 1])).toBe(3);
        expect(median([NaN, null])).toBeNaN();
        expect(median([])).toBeNaN();
    });
});

describe('spread', () => {
    it('gives the median (the mean of the middle two for an even count), least and greatest', () => {
        expect(spread([1.2, 1.0, 1.1])).toEqual({ median: 1.1, min: 1.0, max: 1.2 });
        expect(spread([1.0, 1.4, 1.2, 1.1])).toEqual({ median: 1.15, min: 1.0, max: 1.4 });
        expect(spread([null, NaN, 2])).toEqual({ median: 2, min: 2, max: 2 });
        expect(spread([null])).toBeNull();
    });
});
