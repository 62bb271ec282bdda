// Adapter for ../shared/tools/seg_score.mjs: the built package's splitSentences as
// the (text, lang) => string[] function the scorer calls. Build first (npm run build), then:
//   node ../shared/tools/seg_score.mjs --adapter test/bench/seg-score-adapter.mjs --lang en ../shared/eval/seg/mac-dev.en.jsonl
import { splitSentences } from '../../dist/index.js';

export function segment(text, lang) {
  return splitSentences(text, lang).map((sentence) => sentence.text);
}
