/**
 * A tiny CC-CEDICT-format lexicon for unit tests (written for the tests; the
 * glosses follow CC-CEDICT's style), so that tests need not load the full one.
 */
import { parseLexicon } from '../../src/lexicon/lexicon';
import { type AlignLexicon, prepareAlignLexicon } from '../../src/align/align-lexicon';

const ENTRIES = `
论坛\t論壇\tlun4 tan2\tforum (for discussion)
举行\t舉行\tju3 xing2\tto hold (a meeting, ceremony etc)
出席\t出席\tchu1 xi2\tto attend/to be present
成功\t成功\tcheng2 gong1\tsuccess/to succeed/successful
线上\t線上\txian4 shang4\tonline
形式\t形式\txing2 shi4\tform/shape/situation
企业\t企業\tqi3 ye4\tcompany/firm/enterprise
代表\t代表\tdai4 biao3\trepresentative/delegate/to represent
合作\t合作\the2 zuo4\tto cooperate/to collaborate/to work together/cooperation
协议\t協議\txie2 yi4\tagreement/pact/protocol
签署\t簽署\tqian1 shu3\tto sign (an agreement)
双方\t雙方\tshuang1 fang1\tbilateral/both sides/both parties involved
天气\t天氣\ttian1 qi4\tweather
很\t很\then3\tvery/quite
好\t好\thao3\tgood/well
我们\t我們\two3 men5\twe/us/ourselves/our
明天\t明天\tming2 tian1\ttomorrow
见面\t見面\tjian4 mian4\tto meet/to see each other
他\t他\tta1\the/him
说\t說\tshuo1\tto speak/to say
重庆\t重慶\tChong2 qing4\tChongqing municipality
万州\t萬州\tWan4 zhou1\tWanzhou district of Chongqing municipality
王\t王\tWang2\tsurname Wang
王\t王\twang2\tking or monarch/best or strongest of its type
`;

/** The test lexicon, prepared for alignment. */
export function testAlignLexicon(): AlignLexicon {
  return prepareAlignLexicon(parseLexicon(ENTRIES, 'test-lexicon'));
}
