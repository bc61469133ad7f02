/**
 * Reading news prose: attribution, quotes, offices and unlinked claims, in Arabic and English.
 * Marked ⟦code:text⟧; `only` limits the comparison to some codes (e.g. when an unlinked-claim hint
 * would cover the same sentence as the finding under test). Register: fixtures/prose/register.yaml.
 */
import type { CheckCase } from './check.cases';

export interface ProseCase extends CheckCase { published?: string; lang?: 'ar' | 'en'; only?: string[] }

const fence = (yaml: string) => '\n\n```claim\n' + yaml + '\n```\n';
const ATTR = ['attribution-mismatch'];
const QUOTE = ['quote-mismatch'];
const ROLE = ['role-anachronism'];

export const PROSE_CASES: ProseCase[] = [
  // ---------- attribution, English
  { name: 'en: name before the verb, right speaker', published: '2015-09-01', only: ATTR, article: `"We can do this," Merkel said.${fence('ref: merkel-we-can-do-this')}` },
  { name: 'en: name before the verb, wrong speaker', published: '2015-09-01', only: ATTR, article: `"We can do this," ⟦attribution-mismatch:Scholz⟧ said.${fence('ref: merkel-we-can-do-this')}` },
  { name: 'en: inverted "said X"', published: '2015-09-01', only: ATTR, article: `"We can do this," said ⟦attribution-mismatch:Olaf Scholz⟧.${fence('ref: merkel-we-can-do-this')}` },
  { name: 'en: office resolved at the claim date', published: '2023-03-01', only: ATTR, article: `The German Chancellor told reporters in 2015: "We can do this."${fence('ref: merkel-we-can-do-this')}` },
  // An organisation speaks through its officials: its words are not compared with a person's claim.
  { name: 'en: an organisation for its chief\'s words', published: '2019-09-25', only: ATTR, article: `The United Nations warned: "We are in a deep climate hole."${fence('ref: guterres-climate-hole')}` },
  { name: 'ar: an organisation for its chief\'s words', published: '2019-09-25', only: ATTR, article: `وحذرت الأمم المتحدة: «نحن في حفرة مناخية عميقة».${fence('ref: guterres-climate-hole')}` },
  { name: 'en: an organisation quoting a registered quote, no block', published: '2019-09-25', only: ATTR, article: `The United Nations said: "We are in a deep climate hole."\n` },
  { name: 'en: a person named for the chief\'s words is still compared', published: '2019-09-25', only: ATTR, article: `⟦attribution-mismatch:Merkel⟧ warned: "We are in a deep climate hole."${fence('ref: guterres-climate-hole')}` },
  { name: 'en: office held by someone else at the claim date', published: '2018-06-01', only: ATTR, article: `The ⟦attribution-mismatch:Iranian foreign minister⟧ said: "There is no alternative to the nuclear deal."${fence('ref: lavrov-no-alternative')}` },
  { name: 'en: "according to"', published: '2018-06-01', only: ATTR, article: `According to ⟦attribution-mismatch:Zarif⟧, "there is no alternative to the nuclear deal".${fence('ref: lavrov-no-alternative')}` },
  { name: 'en: a name after "with" is not the subject', published: '2018-06-01', only: ATTR, article: `Lavrov, speaking after talks with Zarif, said: "There is no alternative to the nuclear deal."${fence('ref: lavrov-no-alternative')}` },
  { name: 'en: pronoun refers to the previous speaker', published: '2018-06-01', only: ATTR, article: `Lavrov met reporters in Moscow. He added: "There is no alternative to the nuclear deal."${fence('ref: lavrov-no-alternative')}` },
  { name: 'en: pronoun after a wrong speaker is one error, not two', published: '2018-06-01', only: ATTR, article: `⟦attribution-mismatch:Zarif⟧ said Iran would wait. He added: "There is no alternative to the nuclear deal."${fence('ref: lavrov-no-alternative')}` },
  // The same paragraph after different speakers (blocks are read once per speaker in focus; a reading must not be reused for another).
  { name: 'en: a pronoun paragraph after Lavrov', published: '2018-06-01', only: ATTR, article: `Lavrov met reporters in Moscow.\n\nHe added: "There is no alternative to the nuclear deal."${fence('ref: lavrov-no-alternative')}` },
  { name: 'en: the same pronoun paragraph after Zarif', published: '2018-06-01', only: ATTR, article: `Zarif met reporters in Tehran.\n\n⟦attribution-mismatch:He⟧ added: "There is no alternative to the nuclear deal."${fence('ref: lavrov-no-alternative')}` },
  { name: 'en: the same paragraph twice in one article, after different speakers', published: '2018-06-01', only: ATTR, article: `Zarif met reporters in Tehran.\n\n⟦attribution-mismatch:He⟧ added: "There is no alternative to the nuclear deal."${fence('ref: lavrov-no-alternative')}\nLavrov met reporters in Moscow.\n\nHe added: "There is no alternative to the nuclear deal."${fence('ref: lavrov-no-alternative')}` },
  { name: 'en: indirect speech', published: '2018-06-01', only: ATTR, article: `Lavrov said that there was no alternative to the nuclear deal.${fence('ref: lavrov-no-alternative')}` },
  { name: 'en: a registered quote attributed to someone else, no claim block', published: '2019-09-24', only: ATTR, article: `"We are in a deep climate hole," ⟦attribution-mismatch:Ban Ki-moon⟧ said.\n` },
  { name: 'en: a registered quote attributed rightly, no claim block', published: '2019-09-24', only: ATTR, article: `"We are in a deep climate hole," the UN chief said.\n` },
  { name: 'en: names inside the quote are not speakers', published: '2018-06-01', only: ATTR, article: `Lavrov said: "Zarif and Kerry agreed there is no alternative to the nuclear deal."${fence('ref: lavrov-no-alternative')}` },
  // ---------- attribution, Arabic
  { name: 'ar: verb-subject order, right speaker', published: '2015-09-01', only: ATTR, article: `وقالت ميركل: "نستطيع فعل ذلك".${fence('ref: merkel-we-can-do-this')}` },
  { name: 'ar: verb-subject order, office held by another', published: '2018-06-01', only: ATTR, article: `وقال ⟦attribution-mismatch:وزير الخارجية الإيراني⟧ إنه "لا بديل عن الاتفاق النووي".${fence('ref: lavrov-no-alternative')}` },
  { name: 'ar: office then name in apposition', published: '2018-06-01', only: ATTR, article: `وأكد وزير الخارجية الروسي، سيرغي لافروف، أنه "لا بديل عن الاتفاق النووي".${fence('ref: lavrov-no-alternative')}` },
  { name: 'ar: subject-verb order', published: '2018-06-01', only: ATTR, article: `وكان ⟦attribution-mismatch:ظريف⟧ صرح بأنه «لا بديل عن الاتفاق النووي».${fence('ref: lavrov-no-alternative')}` },
  { name: 'ar: pronoun subject continues the previous speaker', published: '2018-06-01', only: ATTR, article: `التقى لافروف الصحفيين في موسكو، وأكد التزام بلاده. وأضاف: "لا بديل عن الاتفاق النووي".${fence('ref: lavrov-no-alternative')}` },
  { name: 'ar: كما أعرب with a pronoun subject', published: '2018-06-01', only: ATTR, article: `قال ⟦attribution-mismatch:ظريف⟧ إن طهران ستنتظر. كما أعرب عن أمله في أنه "لا بديل عن الاتفاق النووي".${fence('ref: lavrov-no-alternative')}` },
  // A subject written after the verb that the register does not know ("officials", "a source", "the ministry") is not a pronoun:
  // the verb does not continue the previous speaker. What may stand between a verb and what was said keeps the pronoun reading.
  { name: 'ar: unregistered plural subject after the verb is not the previous speaker', published: '2018-06-01', only: ATTR, article: `قال ظريف إن طهران ستنتظر.\n\nوقال مسؤولون روس إنه "لا بديل عن الاتفاق النووي".${fence('ref: lavrov-no-alternative')}` },
  { name: 'ar: "a diplomatic source" after the verb', published: '2018-06-01', only: ATTR, article: `قال ظريف إن طهران ستنتظر.\n\nوأضاف مصدر دبلوماسي روسي أنه "لا بديل عن الاتفاق النووي".${fence('ref: lavrov-no-alternative')}` },
  { name: 'ar: بحسب ما أفاد به + subject', published: '2018-06-01', only: ATTR, article: `قال ظريف إن طهران ستنتظر.\n\nولا بديل عن الاتفاق النووي، بحسب ما أفاد به مسؤولون مطلعون على الملف.${fence('ref: lavrov-no-alternative')}` },
  { name: 'ar: a definite subject after the verb and a phrase', published: '2018-06-01', only: ATTR, article: `قال ظريف إن طهران ستنتظر.\n\nوأكدت الخارجية الروسية في بيان أنه "لا بديل عن الاتفاق النووي".${fence('ref: lavrov-no-alternative')}` },
  { name: 'ar: pronoun subject past a prepositional phrase', published: '2018-06-01', only: ATTR, article: `قال ظريف إن طهران ستنتظر.\n\nو⟦attribution-mismatch:أضاف⟧ في مؤتمر صحفي أنه "لا بديل عن الاتفاق النووي".${fence('ref: lavrov-no-alternative')}` },
  { name: 'ar: pronoun subject past an adverb and "to reporters"', published: '2018-06-01', only: ATTR, article: `قال ظريف إن طهران ستنتظر.\n\nو⟦attribution-mismatch:أضاف⟧ مجددا للصحفيين: "لا بديل عن الاتفاق النووي".${fence('ref: lavrov-no-alternative')}` },
  { name: 'ar: pronoun subject past a time word and "to the agency"', published: '2018-06-01', only: ATTR, article: `قال ظريف إن طهران ستنتظر.\n\nو⟦attribution-mismatch:قال⟧ أمس لوكالة الأنباء إنه "لا بديل عن الاتفاق النووي".${fence('ref: lavrov-no-alternative')}` },
  { name: 'ar: بحسب', published: '2018-06-01', only: ATTR, article: `بحسب ⟦attribution-mismatch:جواد ظريف⟧، "لا بديل عن الاتفاق النووي".${fence('ref: lavrov-no-alternative')}` },
  { name: 'ar: a registered quote misattributed without a block', published: '2019-09-24', only: ATTR, article: `وقال ⟦attribution-mismatch:بان كي مون⟧: "نحن في حفرة مناخية عميقة".\n` },
  { name: 'ar: hamza and alef spelling of the speaker', published: '2015-09-01', only: ATTR, article: `وقالت أنجيلا ميركل: "نستطيع فعل ذلك".${fence('ref: merkel-we-can-do-this')}` },
  // ---------- quotes
  { name: 'en: altered quote', published: '2015-09-01', only: QUOTE, article: `Merkel said: "⟦quote-mismatch:We cannot do this⟧."${fence('ref: merkel-we-can-do-this')}` },
  { name: 'en: punctuation differences are not material', published: '2015-09-01', only: QUOTE, article: `"We can do this!" Merkel said.${fence('ref: merkel-we-can-do-this')}` },
  { name: 'en: a faithful partial quote', published: '2018-06-01', only: QUOTE, article: `Lavrov said there was "no alternative to the nuclear deal".${fence('ref: lavrov-no-alternative')}` },
  { name: 'en: another, unrelated quote in the passage', published: '2018-06-01', only: QUOTE, article: `Lavrov called the talks "useful" and said there was "no alternative to the nuclear deal".${fence('ref: lavrov-no-alternative')}` },
  { name: 'ar: altered quote in guillemets', published: '2018-06-01', only: QUOTE, article: `وقال لافروف: «⟦quote-mismatch:لا بديل عن الاتفاق الإيراني⟧».${fence('ref: lavrov-no-alternative')}` },
  { name: 'ar: hamza on alef and ta marbuta do not matter', published: '2018-06-01', only: QUOTE, article: `وقال لافروف: «لا بديل عن الإتفاق النووي».${fence('ref: lavrov-no-alternative')}` },
  { name: 'ar: curly quotes, same words', published: '2015-09-01', only: QUOTE, article: `وقالت المستشارة الألمانية: “نستطيع فعل ذلك”.${fence('ref: merkel-we-can-do-this')}` },
  // ---------- offices
  { name: 'en: title before a name not in office at publication', published: '2018-01-17', only: ROLE, article: `US Secretary of State ⟦role-anachronism:John Kerry⟧ met Lavrov on Monday.\n` },
  { name: 'en: "former" makes it right', published: '2018-01-17', only: ROLE, article: `Former US Secretary of State John Kerry met Lavrov on Monday.\n` },
  { name: 'en: apposition after the name, in office', published: '2018-01-17', only: ROLE, article: `Rex Tillerson, the US Secretary of State, met Lavrov.\n` },
  { name: 'en: "then-" refers to the claim date', published: '2018-01-17', only: ROLE, article: `Then-Secretary of State John Kerry was in Vienna when the deal was concluded in July 2015.${fence('ref: iran-deal-vienna')}` },
  // A report of an event of the last weeks keeps the titles of that day; a month later the plain title is the present one again.
  { name: 'en: a title held at a claim of last week (the person left office since)', published: '2017-01-24', only: ROLE, article: `US Secretary of State John Kerry flew to Davos last week on his final trip abroad.${fence('ref: kerry-last-trip')}` },
  { name: 'ar: a title held at a claim of last week', published: '2017-01-24', only: ROLE, article: `وتوجه وزير الخارجية الأمريكي جون كيري الأسبوع الماضي إلى دافوس في آخر رحلة له إلى الخارج.${fence('ref: kerry-last-trip')}` },
  { name: 'en: the same title two months later', published: '2017-03-20', only: ROLE, article: `US Secretary of State ⟦role-anachronism:John Kerry⟧ flew to Davos in January on his final trip abroad.${fence('ref: kerry-last-trip')}` },
  { name: 'en: a plain title is the title at publication, even for an old event', published: '2018-01-17', only: ROLE, article: `Secretary of State ⟦role-anachronism:John Kerry⟧ was in Vienna when the deal was concluded in July 2015.${fence('ref: iran-deal-vienna')}` },
  { name: 'ar: آنذاك between title and name', published: '2018-01-17', only: ROLE, article: `وكان وزير الخارجية الأمريكي آنذاك جون كيري في فيينا عند إبرام الاتفاق في تموز/ يوليو 2015.${fence('ref: iran-deal-vienna')}` },
  { name: 'ar: آنذاك with someone not in office then', published: '2018-01-17', only: ROLE, article: `وكان وزير الخارجية الأمريكي آنذاك ⟦role-anachronism:ريكس تيلرسون⟧ في فيينا عند إبرام الاتفاق في تموز/ يوليو 2015.${fence('ref: iran-deal-vienna')}` },
  { name: 'en: apposition with a title never held', published: '2016-05-01', only: ROLE, article: `The talks were led by ⟦role-anachronism:Javad Zarif⟧, the US Secretary of State.\n` },
  { name: 'ar: title before a name not yet in office', published: '2017-06-01', only: ROLE, article: `وقال وزير الخارجية الأمريكي ⟦role-anachronism:مايك بومبيو⟧ إن الاتفاق سيء.\n` },
  { name: 'ar: الأسبق between title and name', published: '2018-01-17', only: ROLE, article: `والتقى وزير الخارجية الأمريكي الأسبق جون كيري بنظيره الروسي.\n` },
  // "Former" is said of someone who no longer holds the office: not of its holder at publication.
  { name: 'en: "former" said of the office holder', published: '2018-01-17', only: ROLE, article: `Former US Secretary of State ⟦role-anachronism:Rex Tillerson⟧ met Lavrov on Monday.\n` },
  { name: 'ar: السابق said of the office holder', published: '2018-01-17', only: ROLE, article: `والتقى وزير الخارجية الأمريكي السابق ⟦role-anachronism:ريكس تيلرسون⟧ نظيره الروسي.\n` },
  // Arabic may write السابق inside a title, after its head: still "former".
  { name: 'ar: السابق inside the title, said of the holder', published: '2019-09-25', only: ROLE, article: `والتقى الأمين العام السابق للأمم المتحدة ⟦role-anachronism:أنطونيو غوتيريش⟧ وزير الخارجية الروسي.\n` },
  { name: 'ar: السابق inside the title, said of a past holder', published: '2019-09-25', only: ROLE, article: `والتقى الأمين العام السابق للأمم المتحدة بان كي مون وزير الخارجية الروسي.\n` },
  { name: 'ar: the title without it is the holder\'s at publication', published: '2019-09-25', only: ROLE, article: `والتقى الأمين العام للأمم المتحدة ⟦role-anachronism:بان كي مون⟧ وزير الخارجية الروسي.\n` },
  { name: 'en: "former" once the holder has left', published: '2018-06-01', only: ROLE, article: `Former US Secretary of State Rex Tillerson spoke at a graduation on Friday.\n` },
  { name: 'ar: apposition with a comma, in office', published: '2018-01-17', only: ROLE, article: `وقال وزير الخارجية الروسي، سيرغي لافروف، إن المحادثات كانت مفيدة.\n` },
  { name: 'ar: chancellor after her term', published: '2023-03-01', only: ROLE, article: `وزارت المستشارة الألمانية ⟦role-anachronism:أنغيلا ميركل⟧ باريس.\n` },
  { name: 'ar: title with the other spelling of American', published: '2016-01-10', only: ROLE, article: `وزار وزير الخارجية الأميركي جون كيري فيينا.\n` },
  // ---------- unlinked claims (hints)
  // A year inside the claim's own quoted words is what was said, not the date it was said.
  { name: 'en: a year inside the registered quote', published: '2019-09-25', only: ['date-mismatch'], article: `Guterres said: "In 2030 the world will judge this decade."${fence('ref: guterres-judge-decade')}` },
  { name: 'ar: a year inside the registered quote', published: '2019-09-25', only: ['date-mismatch'], article: `وقال غوتيريش: «في عام 2030 سيحكم العالم على هذا العقد».${fence('ref: guterres-judge-decade')}` },
  { name: 'en: a year outside the quote is compared', published: '2019-09-25', only: ['date-mismatch'], article: `Guterres said in ⟦date-mismatch:2018⟧: "We must halve emissions by 2030."${fence('ref: guterres-judge-decade')}` },
  { name: 'en: a dated sentence without a block', published: '2018-01-17', only: ['unlinked-claim'], article: `⟦unlinked-claim:Lavrov met Zarif in Vienna in July 2015.⟧ The talks were long.\n` },
  { name: 'en: the same sentence with a block is linked', published: '2018-01-17', only: ['unlinked-claim'], article: `Lavrov met Zarif in Vienna in July 2015.${fence('ref: iran-deal-vienna')}` },
  { name: 'ar: an attribution without a block', published: '2018-01-17', only: ['unlinked-claim'], article: `⟦unlinked-claim:وقال ظريف إن المفاوضات ستستأنف.⟧ وكانت الأجواء هادئة.\n` },
  { name: 'a heading is not an unlinked claim', published: '2018-01-17', only: ['unlinked-claim'], article: `# Lavrov met Zarif in 2015\n\nThe talks were long.\n` },
];
