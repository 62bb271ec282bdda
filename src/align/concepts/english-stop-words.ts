/**
 * English function words that carry no translation evidence: they are dropped
 * from English sentences and from CC-CEDICT glosses before words are compared.
 *
 * Written for bitext-tm from the closed classes of English grammar (articles,
 * pronouns, auxiliaries, prepositions, conjunctions, common adverbs), plus the
 * meta words CC-CEDICT glosses use ("sb", "sth", "etc", "lit", "fig"). Content
 * words such as "say" or "go" stay: Chinese has words for them.
 */
export const ENGLISH_STOP_WORDS: ReadonlySet<string> = new Set(
  (
    'a an the this that these those such ' +
    'i me my mine myself we us our ours ourselves you your yours yourself yourselves ' +
    'he him his himself she her hers herself it its itself they them their theirs themselves ' +
    'one ones oneself someone somebody something anyone anybody anything everyone everybody everything ' +
    'who whom whose which what whatever whichever whoever ' +
    'be am is are was were been being do does did done doing have has had having ' +
    'will would shall should can could may might must ought ' +
    'not no nor n\'t ' +
    'and or but if then else than so because as while whereas though although unless until till whether ' +
    'of to in on at by for with from into onto upon about above below over under between among through ' +
    'during before after against without within along across around beyond toward towards via per ' +
    'up down out off away back ' +
    'there here where when why how ' +
    'all any both each every either neither some other another own same ' +
    'very too also just only even still yet ever quite rather ' +
    'more most less least much many few ' +
    'again once ' +
    'let ' +
    // CC-CEDICT meta words
    'sb sth sb\'s sth\'s etc lit fig coll esp e.g i.e usu abbr pr var ' +
    's t d ll re ve m'
  ).split(' '),
);
