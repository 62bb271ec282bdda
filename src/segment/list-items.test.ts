import { describe, expect, it } from 'vitest';
import { findListItemStarts } from './list-items';

describe('findListItemStarts', () => {
  it('runs its TSDoc examples', () => {
    expect(findListItemStarts('1) Register online 2) Pay the fee')).toEqual([19]);
    expect(findListItemStarts('Attendees include: 1) officials; 2) managers')).toEqual([]);
  });

  it('follows each marker form in sequence', () => {
    expect(findListItemStarts('a. one b. two c. three')).toEqual([7, 14]);
    expect(findListItemStarts('(1) one (2) two')).toEqual([8]);
    expect(findListItemStarts('1.) one 2.) two')).toEqual([8]);
    expect(findListItemStarts('• one • two • three')).toEqual([6, 12]);
    expect(findListItemStarts('⁃9. first ⁃10. second')).toEqual([10]);
  });

  it('starts the first item too when the list begins a later line', () => {
    expect(findListItemStarts('Steps:\n1. Open\n2. Edit')).toEqual([7, 15]);
  });

  it('needs a series: a lone marker, a skipped number or a decimal is no list', () => {
    expect(findListItemStarts('1. Growth was 2.5 percent')).toEqual([]);
    expect(findListItemStarts('1) one 3) three')).toEqual([]);
    expect(findListItemStarts('2022 was a good year. 2023 too.')).toEqual([]);
  });
});
