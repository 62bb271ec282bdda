/**
 * Characters used to transliterate foreign names into Chinese. Data only,
 * Simplified script.
 *
 * Compiled by hand for bitext-tm from the syllable tables of the Xinhua News
 * Agency transliteration guides (the characters of 《世界人名翻译大辞典》's
 * transliteration table as commonly reproduced), plus a few characters common
 * in Southeast Asian names (葆, 坎). Not exhaustive: a name with a character
 * outside the set is simply not found by the transliteration method.
 */
export const TRANSLITERATION_CHARS: ReadonlySet<string> = new Set(
  Array.from(
    '阿埃艾爱安昂奥巴拜班邦保葆鲍贝本比彼毕别宾滨波伯博布查察柴彻楚茨达代戴丹当道德登迪蒂丁东杜敦顿多' +
    '厄俄鄂恩尔法凡范菲斐费芬丰冯佛弗伏福富盖甘冈刚高戈哥格根贡古瓜圭果哈海罕汉豪赫黑亨洪胡华怀霍' +
    '基吉季加贾简杰捷金久居卡凯坎康考柯科克肯孔库夸奎昆拉莱赖兰朗劳勒雷蕾黎里丽利莉连廉列林琳隆娄' +
    '卢鲁路伦罗洛吕马玛迈麦曼芒毛茂梅美门蒙孟米密敏明缪莫墨默姆穆纳娜乃奈南内尼妮宁纽努诺欧帕潘庞' +
    '佩彭皮平珀坡普奇齐契恰钱乔切钦琴丘屈让热茹若瑞萨塞赛桑瑟森沙莎尚绍舍申圣施什史舒斯松苏索塔泰' +
    '坦汤唐特滕提廷通图托瓦万旺威韦维温翁沃乌伍西希锡夏先谢辛休修雅亚延扬耶叶伊依因英尤于约泽扎詹' +
    '贞兹佐卓夫娃丝芙洛契耶',
  ),
);

/** Separators between the parts of a transliterated name (艾力更·依明巴海). */
export const NAME_SEPARATORS: ReadonlySet<string> = new Set(['·', '・', '•', '‧', '．']);
