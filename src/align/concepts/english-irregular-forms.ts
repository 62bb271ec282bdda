/**
 * Irregular English inflections mapped to the base form that CC-CEDICT glosses
 * use ("said" → "say": 说 is glossed "to say"). Written for bitext-tm from the
 * standard list of English irregular verbs and plurals; only forms a suffix
 * rule cannot reach are listed.
 */
const IRREGULAR_PAIRS: string =
  'arose:arise arisen:arise awoke:awake awoken:awake bore:bear borne:bear beat:beat beaten:beat became:become ' +
  'began:begin begun:begin bent:bend bet:bet bid:bid bit:bite bitten:bite bled:bleed blew:blow blown:blow ' +
  'broke:break broken:break bred:breed brought:bring built:build burnt:burn burst:burst bought:buy caught:catch ' +
  'chose:choose chosen:choose clung:cling came:come cost:cost crept:creep cut:cut dealt:deal dug:dig dove:dive ' +
  'drew:draw drawn:draw dreamt:dream drank:drink drunk:drink drove:drive driven:drive ate:eat eaten:eat ' +
  'fell:fall fallen:fall fed:feed felt:feel fought:fight found:find fled:flee flung:fling flew:fly flown:fly ' +
  'forbade:forbid forbidden:forbid forgot:forget forgotten:forget forgave:forgive forgiven:forgive froze:freeze ' +
  'frozen:freeze got:get gotten:get gave:give given:give went:go gone:go grew:grow grown:grow ' +
  'hung:hang heard:hear hid:hide hidden:hide hit:hit held:hold hurt:hurt kept:keep knelt:kneel knew:know ' +
  'known:know laid:lay led:lead leapt:leap learnt:learn lent:lend lain:lie lost:lose ' +
  'made:make meant:mean met:meet paid:pay proved:prove put:put quit:quit read:read rode:ride ridden:ride rang:ring ' +
  'rung:ring  risen:rise ran:run sawn:saw said:say saw:see seen:see sought:seek sold:sell sent:send ' +
  'set:set shook:shake shaken:shake shed:shed shone:shine shot:shoot shown:show shrank:shrink shut:shut sang:sing ' +
  'sung:sing sank:sink sunk:sink sat:sit slept:sleep slid:slide slung:sling slit:slit spoke:speak spoken:speak ' +
  'sped:speed spent:spend spun:spin spat:spit split:split spread:spread sprang:spring sprung:spring stood:stand ' +
  'stole:steal stolen:steal stuck:stick stung:sting stank:stink strode:stride struck:strike strung:string ' +
  'strove:strive swore:swear sworn:swear swept:sweep swam:swim swum:swim swung:swing took:take taken:take ' +
  'taught:teach tore:tear torn:tear told:tell thought:think threw:throw thrown:throw thrust:thrust trod:tread ' +
  'understood:understand woke:wake woken:wake wore:wear worn:wear wove:weave woven:weave wept:weep won:win ' +
  'wound:wind wrung:wring wrote:write written:write ' +
  'men:man women:woman children:child feet:foot teeth:tooth mice:mouse geese:goose people:person ' +
  'better:good best:good worse:bad worst:bad';

/** Irregular form → base form (lower case). */
export const ENGLISH_IRREGULAR_FORMS: ReadonlyMap<string, string> = new Map(
  IRREGULAR_PAIRS.split(' ').map((pair) => pair.split(':') as [string, string]),
);
