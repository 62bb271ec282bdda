/** Lines that mark article boundaries: a date that opens a news article, a source line that closes one. */
import type { Paragraph } from '../../types';
import {
  ARTICLE_CLOSER_EN,
  ARTICLE_CLOSER_ZH,
  CHINESE_DATE_OPENER,
  CHINESE_YEAR_OPENER,
  ENGLISH_DATE_OPENER,
  ENGLISH_YEAR_OPENER,
} from '../ingest-patterns';

/**
 * How a paragraph may bound an article. `opener` is `strong` for a full date
 * ("On November 11th, 2022, …", "2022年11月11日，…"), `weak` for a bare year
 * ("2022 marks …", "2022年，…"); `closer` is true for a source or credit line.
 */
export interface ArticleMarkers {
  readonly opener: 'strong' | 'weak' | undefined;
  readonly closer: boolean;
}

/**
 * The article markers of a paragraph.
 * @example articleMarkers({ lang: 'zh', text: '2022年11月11日,重慶市…' } as Paragraph) //=> { opener: 'strong', closer: false }
 * @example articleMarkers({ lang: 'en', text: 'Source: Chongqing FAO' } as Paragraph) //=> { opener: undefined, closer: true }
 */
export function articleMarkers(paragraph: Paragraph): ArticleMarkers {
  const text = paragraph.text;
  if (paragraph.lang === 'en') {
    return {
      opener: ENGLISH_DATE_OPENER.test(text) ? 'strong' : ENGLISH_YEAR_OPENER.test(text) ? 'weak' : undefined,
      closer: ARTICLE_CLOSER_EN.test(text),
    };
  }
  return {
    opener: CHINESE_DATE_OPENER.test(text) ? 'strong' : CHINESE_YEAR_OPENER.test(text) ? 'weak' : undefined,
    closer: ARTICLE_CLOSER_ZH.test(text),
  };
}
