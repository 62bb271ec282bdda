// Written by hand for bitext-tm (segment stage): capitalised function words
// (pronouns, determiners, conjunctions, prepositions, auxiliaries and sentence
// adverbs) that often begin an English sentence and rarely continue a name.
// After an abbreviation that may end a sentence (etc., Inc., U.S.), the next
// word decides: "in the U.S. The talks" ends a sentence, "the U.S. Government"
// does not. The same idea as the sentence-starter statistics of Kiss & Strunk
// (2006, Punkt), as a fixed list instead of one learnt from a corpus.

const STARTERS = [
  // pronouns and determiners
  'I', 'You', 'He', 'She', 'It', 'We', 'They', 'This', 'That', 'These', 'Those', 'There', 'Here', 'The', 'A', 'An',
  'My', 'Your', 'His', 'Her', 'Its', 'Our', 'Their', 'Some', 'Many', 'Most', 'All', 'Each', 'Every', 'Both',
  'Such', 'Another', 'Other', 'None', 'Nothing', 'Everyone', 'Someone',
  // conjunctions and prepositions
  'And', 'But', 'Or', 'So', 'Yet', 'Nor', 'In', 'On', 'At', 'For', 'From', 'With', 'By', 'As', 'Of', 'To', 'If',
  'When', 'While', 'After', 'Before', 'Since', 'Although', 'Though', 'Because', 'Unless', 'Until', 'During',
  // sentence adverbs
  'However', 'Meanwhile', 'Moreover', 'Furthermore', 'Also', 'Then', 'Thus', 'Therefore', 'Still', 'Now',
  'Today', 'Yesterday', 'Tomorrow', 'Later', 'Instead', 'Indeed', 'Finally',
  // question words and auxiliaries
  'What', 'Why', 'How', 'Who', 'Whom', 'Whose', 'Where', 'Which', 'Is', 'Are', 'Was', 'Were', 'Do', 'Does',
  'Did', 'Can', 'Could', 'Would', 'Should', 'Has', 'Have', 'Had', 'Not', 'No', 'Yes', 'Please', 'Let',
] as const;

/**
 * Capitalised words that begin a new sentence after an abbreviation that may end one.
 * @example ENGLISH_SENTENCE_STARTERS.has('The') //=> true
 * @example ENGLISH_SENTENCE_STARTERS.has('Government') //=> false
 */
export const ENGLISH_SENTENCE_STARTERS: ReadonlySet<string> = new Set(STARTERS);
