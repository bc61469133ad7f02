/**
 * Relative dates and elapsed spans in news style, with what findRelativeDates must report, and
 * articles for the relative-date-mismatch / elapsed-mismatch checks. Every expected value was
 * worked out by hand from the published day (weekday in the row comment), not copied from the
 * program.
 *
 * ROWS: the text marks each expected mention as ⟦…⟧ (the exact UTF-16 range); a row without marks
 * expects nothing. `want` has one value per mark, in order: the readings, " | " between them,
 * each a day `2018-01-14` or a span `FROM/TO` (first/last day; `*` = open past). Elapsed spans
 * start with `ago `.
 *
 * Conventions: Arabic proclitics are outside the range ("و⟦أمس⟧"); English prepositions too
 * ("on ⟦Monday⟧"); quantifiers, "قبل"/"منذ" and "ago" are inside.
 * Weeks: Monday–Sunday and Sunday–Saturday (Arabic also Saturday–Friday), one reading each. Parts:
 * early/مطلع = first 40% of its days (ceil), late/أواخر = last 40%, mid/منتصف = drop a quarter
 * (floor) at each end. Elapsed: plain N = [N, N+1) units (years and months: also the calendar
 * year/month N back); more than N = before P−N; less than N = after P−N; nearly N = P−N..P−(N−1);
 * about N = N ± max(1, N/10); fractions ("a year and a half", "ربع قرن") read as "about".
 */
export type Lang = 'ar' | 'en';
export interface RelativeRow { lang: Lang; published: string; text: string; want: string[] }

const ar = (published: string, text: string, ...want: string[]): RelativeRow => ({ lang: 'ar', published, text, want });
const en = (published: string, text: string, ...want: string[]): RelativeRow => ({ lang: 'en', published, text, want });

// Published days used below:
const WED_2018 = '2018-01-17'; // Wednesday; Sunday before = 01-14, week Mon 01-15..Sun 01-21
const WED_2020 = '2020-08-05'; // Wednesday; Tuesday before = 08-04
const SUN_2021 = '2021-03-07'; // Sunday
const MON_2016 = '2016-06-27'; // Monday; Thursday before = 06-23
const SAT_2019 = '2019-11-09'; // Saturday

export const ROWS: RelativeRow[] = [
  // ================================================================ Arabic
  // ---- published 2018-01-17, Wednesday
  // seed phrasing: the Sunday before Wednesday is 3 days back (> 2: one reading)
  ar(WED_2018, 'وكان السفير الروسي في واشنطن صرح ⟦يوم الأحد الماضي⟧، إنه ناقش تجديد التواصل.', '2018-01-14'),
  // seed phrasing: more than 20 years before 2018-01-17 = on or before 1998-01-16
  ar(WED_2018, 'وتعتبر الأزمة الأسوأ منذ انتهاء الحرب الباردة، ⟦قبل أكثر من 20 عاما⟧.', 'ago */1998-01-16'),
  ar(WED_2018, 'وأعلنت وزارة الخارجية ⟦أمس⟧ أن الوزيرين سيلتقيان قريبا.', '2018-01-16'),
  // proclitic و outside the range
  ar(WED_2018, 'و⟦أمس⟧ أكد المتحدث باسم الكرملين أن الاتصالات مستمرة.', '2018-01-16'),
  ar(WED_2018, 'والتقى السفيران ⟦أول أمس⟧ في موسكو.', '2018-01-15'),
  ar(WED_2018, 'وقال الدبلوماسي ⟦البارحة⟧ إن الحوار مستمر.', '2018-01-16'),
  // previous weeks: Mon 01-08..Sun 01-14, Sun 01-07..Sat 01-13, Sat 01-06..Fri 01-12
  ar(WED_2018, 'وعقدت جولة من المشاورات ⟦الأسبوع الماضي⟧ في جنيف.', '2018-01-08/2018-01-14 | 2018-01-07/2018-01-13 | 2018-01-06/2018-01-12'),
  // January: 31 days, first ceil(12.4) = 13
  ar(WED_2018, 'وبدأت الاستعدادات للمنتدى ⟦مطلع الشهر الجاري⟧.', '2018-01-01/2018-01-13'),
  // 2017: 365 days, last 146 = day 220 (08-08) .. 12-31
  ar(WED_2018, 'وأغلقت القنصلية الروسية ⟦أواخر العام الماضي⟧.', '2017-08-08/2017-12-31'),
  // next Monday after Wednesday: 01-22 (5 days ahead: one reading)
  ar(WED_2018, 'ومن المنتظر أن يصل الوفد ⟦الاثنين المقبل⟧.', '2018-01-22'),
  // two decades = [20, 30) years: 1988-01-18 .. 1998-01-17
  ar(WED_2018, 'ويعيش المعارض في المنفى ⟦منذ عقدين⟧.', 'ago 1988-01-18/1998-01-17'),
  // about 20 = 18..22 years back
  ar(WED_2018, 'وانهار الاتحاد السوفياتي ⟦قبل نحو عشرين عاما⟧.', 'ago 1996-01-17/2000-01-17'),
  // 26 years: [26, 27) = 1991-01-18 .. 1992-01-17; calendar year 2018 − 26 = 1992
  ar(WED_2018, 'وتفكك الاتحاد السوفياتي ⟦قبل 26 عاما⟧.', 'ago 1991-01-18/1992-01-17 | 1992-01-01/1992-12-31'),
  // this week: Mon 01-15..Sun 01-21, Sun 01-14..Sat 01-20, Sat 01-13..Fri 01-19
  ar(WED_2018, 'وشهدت العاصمة ⟦هذا الأسبوع⟧ احتجاجات.', '2018-01-15/2018-01-21 | 2018-01-14/2018-01-20 | 2018-01-13/2018-01-19'),
  ar(WED_2018, 'وقال الرئيس ⟦الليلة الماضية⟧ إن الحكومة مستعدة للحوار.', '2018-01-16/2018-01-17'),
  ar(WED_2018, 'وتراجعت الصادرات ⟦العام الماضي⟧ بنسبة خمسة في المئة.', '2017-01-01/2017-12-31'),
  ar(WED_2018, 'وارتفعت أسعار الوقود ⟦الشهر الماضي⟧.', '2017-12-01/2017-12-31'),
  // earlier this month: 01-01 .. the published day
  ar(WED_2018, 'وأعلنت الحكومة ⟦في وقت سابق من هذا الشهر⟧ خطة جديدة.', '2018-01-01/2018-01-17'),
  // ---- negatives (published 2018-01-17)
  ar(WED_2018, 'واحتفلت المنظمة باليوم الدولي لحقوق الإنسان.'),
  ar(WED_2018, 'وقال الأمين العام الحالي للحلف إن الوضع خطير.'),
  ar(WED_2018, 'ودخل الأحد عشر لاعبا أرض الملعب.'),
  ar(WED_2018, 'وكان الوزير قد صرح في وقت سابق بأن المفاوضات متعثرة.'),
  ar(WED_2018, 'ويجب تسجيل المرشحين قبل 30 يوما من الانتخابات.'),
  // "قبل عام على" counts from another event; "على يد" (by) and "على الأقل" (at least) do not.
  ar(WED_2018, 'وأعلن الحزب ترشيحه قبل عام على الانتخابات.'),
  ar(WED_2018, 'واغتيل الصحفي ⟦قبل نحو عشرين عاما⟧ على يد مسلحين مجهولين.', 'ago 1996-01-17/2000-01-17'),
  ar(WED_2018, 'وغادر المعارض البلاد ⟦قبل 20 عاما⟧ على الأقل.', 'ago */1998-01-17'), // at least 20 years: on or before 1998-01-17
  ar(WED_2018, 'وتعقد الندوة منذ عام 2013 بشكل سنوي.'),
  ar(WED_2018, 'والبلاد في أمس الحاجة إلى المساعدات.'),
  ar(WED_2018, 'وقالت قناة روسيا اليوم إن الوفد وصل.'),
  ar(WED_2018, 'وفي اليوم التالي عاد الوفد إلى موسكو.'),
  ar(WED_2018, 'وأدى المصلون صلاة الجمعة في المسجد الكبير.'),
  ar(WED_2018, 'وقال المبعوث إن الخلاف بين الاثنين قديم.'),
  ar(WED_2018, 'وتصاعد التوتر منذ سنوات بين البلدين.'),
  ar(WED_2018, 'وقال المدعي العام الحالي إن التحقيق مستمر.'),
  // inside a direct quotation "اليوم" counts from when it was said
  ar(WED_2018, 'وقال الوزير: "نحن اليوم أمام تحد كبير"، مضيفا أن الحوار مستمر.'),
  // عقد here is "holding" (a press conference), not a decade
  ar(WED_2018, 'وأعلن المتحدث قبل عقد مؤتمر صحفي أن الوفد وصل.'),
  // "before last Sunday" is a bound, not the date of the event
  ar(WED_2018, 'ولم يصدر أي بيان قبل الأحد الماضي.'),
  // "في مثل هذا الشهر" is not the current month; the elapsed span is read: 20 years back
  ar(WED_2018, 'وفي مثل هذا الشهر ⟦قبل 20 عاما⟧ وقعت الاتفاقية.', 'ago 1997-01-18/1998-01-17 | 1998-01-01/1998-12-31'),
  // ---- published 2020-08-05, Wednesday
  ar(WED_2020, 'ودمر الانفجار الذي وقع ⟦أمس الثلاثاء⟧ مرفأ بيروت.', '2020-08-04'),
  ar(WED_2020, 'وقال رئيس الوزراء ⟦مساء أمس⟧ إن المسؤولين سيحاسبون.', '2020-08-04'),
  // "بعد ظهر" / "قبل ظهر" are the afternoon and the forenoon of the day, not a bound ("بعد الأحد" is one).
  ar(WED_2018, 'وتحطمت المروحية بعد ⟦ظهر يوم الأحد الماضي⟧ في منطقة جبلية وعرة.', '2018-01-14'),
  ar(WED_2020, 'ووصل الوفد إلى بيروت قبل ⟦ظهر أمس⟧ في زيارة لم يعلن عنها.', '2020-08-04'),
  ar(WED_2018, 'ولم يصدر أي تعليق بعد الأحد الماضي.'),
  // plain weekday, past by default: the Tuesday before Wednesday
  ar(WED_2020, 'ووقع الانفجار ⟦يوم الثلاثاء⟧ في العنبر رقم 12.', '2020-08-04'),
  // Monday = 08-03; ليلة also covers the night before (08-02)
  ar(WED_2020, 'وانقطعت الكهرباء ⟦ليلة الاثنين⟧ عن أحياء عدة.', '2020-08-02/2020-08-03'),
  ar(WED_2020, 'وعقد مجلس الدفاع الأعلى اجتماعا ⟦الأحد الفائت⟧.', '2020-08-02'),
  // next Friday = 08-07, within 2 days: the Friday after (08-14) too
  ar(WED_2020, 'ويعقد مؤتمر المانحين ⟦الجمعة المقبلة⟧.', '2020-08-07 | 2020-08-14'),
  // plain Thursday with a future cue (من المقرر): 07-30 and the coming 08-06
  ar(WED_2020, 'ومن المقرر أن يعقد البرلمان جلسة ⟦يوم الخميس⟧.', '2020-07-30 | 2020-08-06'),
  // previous weeks: Mon 07-27..Sun 08-02, Sun 07-26..Sat 08-01, Sat 07-25..Fri 07-31
  ar(WED_2020, 'وارتفعت أسعار الخبز ⟦الأسبوع المنصرم⟧.', '2020-07-27/2020-08-02 | 2020-07-26/2020-08-01 | 2020-07-25/2020-07-31'),
  ar(WED_2020, 'وتراجعت الليرة ⟦السنة الماضية⟧.', '2019-01-01/2019-12-31'),
  // ---- published 2021-03-07, Sunday
  ar(SUN_2021, 'وصلى البابا فرنسيس ⟦اليوم الأحد⟧ في الموصل.', '2021-03-07'),
  ar(SUN_2021, 'ووصل البابا إلى بغداد ⟦يوم الجمعة⟧.', '2021-03-05'),
  // Saturday before Sunday is 1 day back: the Saturday a week earlier too
  ar(SUN_2021, 'والتقى البابا المرجع السيستاني ⟦السبت الماضي⟧.', '2021-03-06 | 2021-02-27'),
  // plain Sunday on a Sunday: today, or a week ago
  ar(SUN_2021, 'وغادر البابا أربيل ⟦يوم الأحد⟧.', '2021-03-07 | 2021-02-28'),
  // published on a Sunday, "last Sunday" is 7 days back (one reading)
  ar(SUN_2021, 'وكان الفاتيكان قد أكد الزيارة ⟦يوم الأحد الماضي⟧.', '2021-02-28'),
  // 3 months: [3, 4) = 2020-11-08 .. 2020-12-07; calendar month 2020-12
  ar(SUN_2021, 'وأعلن الفاتيكان عن الزيارة ⟦قبل ثلاثة أشهر⟧.', 'ago 2020-11-08/2020-12-07 | 2020-12-01/2020-12-31'),
  // more than 3 years: on or before 2018-03-06
  ar(SUN_2021, 'وطرد التنظيم من المدينة ⟦منذ أكثر من ثلاث سنوات⟧.', 'ago */2018-03-06'),
  // Eastern Arabic digits and tanween: 20 years = 2000-03-08 .. 2001-03-07; calendar 2001
  ar(SUN_2021, 'وكانت آخر زيارة بابوية للمنطقة ⟦قبل ٢٠ عاماً⟧.', 'ago 2000-03-08/2001-03-07 | 2001-01-01/2001-12-31'),
  // about 1 year = 0..2 years back
  ar(SUN_2021, 'وبدأت الاستعدادات للزيارة ⟦منذ قرابة عام⟧.', 'ago 2019-03-07/2021-03-07'),
  // tens and units in words: 25 years = 1995-03-08 .. 1996-03-07; calendar 1996
  ar(SUN_2021, 'وتعرضت الكنيسة للتفجير ⟦قبل خمسة وعشرين عاما⟧.', 'ago 1995-03-08/1996-03-07 | 1996-01-01/1996-12-31'),
  // dual: 2 years = 2018-03-08 .. 2019-03-07; calendar 2019
  ar(SUN_2021, 'وتفشى الوباء في البلاد ⟦قبل عامين⟧.', 'ago 2018-03-08/2019-03-07 | 2019-01-01/2019-12-31'),
  // February 2021: 28 days, drop 7 at each end
  ar(SUN_2021, 'وشهدت المدينة ⟦منتصف الشهر الماضي⟧ هجوما.', '2021-02-08/2021-02-21'),
  // this week around Sunday 03-07: Mon 03-01..Sun 03-07, Sun 03-07..Sat 03-13, Sat 03-06..Fri 03-12
  ar(SUN_2021, 'وتستمر الزيارة طوال ⟦الأسبوع الجاري⟧.', '2021-03-01/2021-03-07 | 2021-03-07/2021-03-13 | 2021-03-06/2021-03-12'),
  // less than a week: after 2021-02-28
  ar(SUN_2021, 'وقال المتحدث ⟦قبل أقل من أسبوع⟧ إن الزيارة قائمة.', 'ago 2021-03-01/2021-03-07'),
  // "a full decade": [10, 20) years = 2001-03-08 .. 2011-03-07
  ar(SUN_2021, 'وانسحبت القوات الأمريكية من المدينة ⟦قبل عقد كامل⟧.', 'ago 2001-03-08/2011-03-07'),
  // about a decade = 10 ± 1 years back = 2010-03-07 .. 2012-03-07; after a quantifier عقد is a
  // decade whatever follows (no one "holds about"), and "قد" after a bare عقد ends the phrase
  ar(SUN_2021, 'ودمر الزلزال المدينة ⟦قبل نحو عقد⟧ وأودى بحياة الآلاف.', 'ago 2010-03-07/2012-03-07'),
  ar(SUN_2021, 'وكان الزلزال الذي ضرب المدينة ⟦قبل نحو عقد⟧ قد أودى بحياة الآلاف.', 'ago 2010-03-07/2012-03-07'),
  ar(SUN_2021, 'وكان الزلزال ⟦قبل عقد⟧ قد دمر المدينة.', 'ago 2001-03-08/2011-03-07'),
  // "and a half" adds half a unit and reads as "about": a decade and a half = 15 ± 1.5 years =
  // 16.5..13.5 years back = 2004-09-07 .. 2007-09-07; a year and a half = 1.5 ± 1 years = 2018-09-07 .. 2020-09-07
  ar(SUN_2021, 'و⟦قبل نحو عقد ونصف⟧، أعلن البنك إفلاسه في نيويورك.', 'ago 2004-09-07/2007-09-07'),
  ar(SUN_2021, 'و⟦قبل عقد ونصف⟧ أعلن البنك إفلاسه.', 'ago 2004-09-07/2007-09-07'),
  ar(SUN_2021, 'وانتقل إلى العاصمة ⟦قبل عام ونصف⟧.', 'ago 2018-09-07/2020-09-07'),
  // a quarter century = about 25 years: 22.5..27.5 years = 1993-09-07 .. 1998-09-07
  ar(SUN_2021, 'ودمرت الكنيسة ⟦قبل ربع قرن⟧.', 'ago 1993-09-07/1998-09-07'),

  // ================================================================ English
  // ---- published 2018-01-17, Wednesday
  en(WED_2018, '⟦Last Sunday⟧, the Russian ambassador in Washington, Anatoly Antonov, said he had discussed renewing contacts.', '2018-01-14'),
  en(WED_2018, 'The crisis is the worst since the end of the Cold War ⟦more than 20 years ago⟧.', 'ago */1998-01-16'),
  en(WED_2018, 'The foreign ministry said ⟦yesterday⟧ that the envoys would meet.', '2018-01-16'),
  // Tuesday before Wednesday: 1 day back, so the Tuesday a week earlier too
  en(WED_2018, 'The ambassador arrived in Moscow ⟦last Tuesday⟧.', '2018-01-16 | 2018-01-09'),
  // Mon 01-08..Sun 01-14, or Sun 01-07..Sat 01-13
  en(WED_2018, 'Officials held talks in Geneva ⟦last week⟧.', '2018-01-08/2018-01-14 | 2018-01-07/2018-01-13'),
  en(WED_2018, 'The forum opened ⟦earlier this month⟧.', '2018-01-01/2018-01-17'),
  // nearly two decades = 10..20 years back
  en(WED_2018, 'The treaty lapsed ⟦nearly two decades ago⟧.', 'ago 1998-01-17/2000-01-17'),
  // some 25 = 22.5..27.5 years back
  en(WED_2018, 'The consulate opened ⟦some 25 years ago⟧.', 'ago 1990-07-17/1995-07-17'),
  // a decade = [10, 20) years
  en(WED_2018, 'The talks collapsed ⟦a decade ago⟧.', 'ago 1998-01-18/2008-01-17'),
  en(WED_2018, 'The Soviet Union collapsed ⟦twenty-six years ago⟧.', 'ago 1991-01-18/1992-01-17 | 1992-01-01/1992-12-31'),
  en(WED_2018, '⟦Today⟧\'s decision ends the dispute.', '2018-01-17'),
  en(WED_2018, 'The delegation met on ⟦Monday⟧ in Vienna.', '2018-01-15'),
  en(WED_2018, 'The president spoke ⟦last night⟧ in a televised address.', '2018-01-16/2018-01-17'),
  // next weeks: Mon 01-22..Sun 01-28, or Sun 01-21..Sat 01-27
  en(WED_2018, 'The ministers will meet ⟦next week⟧ in Moscow.', '2018-01-22/2018-01-28 | 2018-01-21/2018-01-27'),
  en(WED_2018, 'Exports fell ⟦last year⟧.', '2017-01-01/2017-12-31'),
  en(WED_2018, 'The consulate was closed ⟦late last year⟧.', '2017-08-08/2017-12-31'),
  // the weekend before Wednesday: Sat 01-13, Sun 01-14
  en(WED_2018, 'Protesters gathered ⟦over the weekend⟧.', '2018-01-13/2018-01-14'),
  en(WED_2018, 'The sanctions were eased ⟦the day before yesterday⟧.', '2018-01-15'),
  // 3 months: [3, 4) = 2017-09-18 .. 2017-10-17; calendar month 2017-10
  en(WED_2018, 'The embassy reopened ⟦three months ago⟧.', 'ago 2017-09-18/2017-10-17 | 2017-10-01/2017-10-31'),
  // ---- negatives (published 2018-01-17)
  en(WED_2018, 'He gave an interview to the Sunday Times.'),
  en(WED_2018, 'Twenty years earlier, the treaty had been signed.'),
  en(WED_2018, 'The envoys met the previous day and again the day before the vote.'),
  en(WED_2018, 'He told USA Today that the talks were stalled.'),
  en(WED_2018, 'The last week of the talks was tense.'),
  en(WED_2018, 'Bloody Sunday is remembered every year in Derry.'),
  en(WED_2018, 'The Good Friday Agreement ended the conflict.'),
  en(WED_2018, 'Prices have risen steadily over the past year.'),
  en(WED_2018, 'The agency has tracked the case until today.'),
  en(WED_2018, 'The talks are held on Sundays.'),
  en(WED_2018, 'Troops must leave by next week.'),
  // the quoted "yesterday" is left alone; the Monday before Wednesday is 01-15
  en(WED_2018, '"We met yesterday," the envoy said on ⟦Monday⟧.', '2018-01-15'),
  // 20 years back = 1998-01-17: that month
  en(WED_2018, 'The treaty was signed ⟦20 years ago this month⟧.', 'ago 1998-01-01/1998-01-31'),
  en(WED_2018, 'Protests broke out ⟦at the weekend⟧.', '2018-01-13/2018-01-14'),
  // ---- published 2016-06-27, Monday
  en(MON_2016, 'Britain voted on ⟦Thursday⟧ to leave the European Union.', '2016-06-23'),
  en(MON_2016, 'Markets fell sharply ⟦last Friday⟧.', '2016-06-24'),
  // this week: Mon 06-27..Sun 07-03, or Sun 06-26..Sat 07-02
  en(MON_2016, 'EU leaders meet in Brussels ⟦this week⟧.', '2016-06-27/2016-07-03 | 2016-06-26/2016-07-02'),
  // each week cut at the published day
  en(MON_2016, 'The pound fell ⟦earlier this week⟧.', '2016-06-27 | 2016-06-26/2016-06-27'),
  en(MON_2016, 'The campaign ended ⟦less than a week ago⟧.', 'ago 2016-06-21/2016-06-27'),
  // 4 days: exactly the day 4 back
  en(MON_2016, 'The referendum was held ⟦four days ago⟧.', '2016-06-23'), // one day: a relative date, as "yesterday"
  // more than 40 years: on or before 1976-06-26
  en(MON_2016, 'Britain last voted on Europe ⟦more than 40 years ago⟧.', 'ago */1976-06-26'),
  en(MON_2016, 'The cabinet meets ⟦next Monday⟧.', '2016-07-04'),
  // this Friday: the coming one, or the one just past
  en(MON_2016, 'Parliament returns ⟦this Friday⟧.', '2016-07-01 | 2016-06-24'),
  // plain Tuesday with "will": 06-21, and the coming 06-28
  en(MON_2016, 'The leaders will meet on ⟦Tuesday⟧ in Brussels.', '2016-06-21 | 2016-06-28'),
  // Sunday before Monday: 1 day back, so 06-19 too
  en(MON_2016, 'Protesters marched in London ⟦last Sunday⟧.', '2016-06-26 | 2016-06-19'),
  // "took over" is a verb: plain 20 years = 1995-06-28 .. 1996-06-27; calendar 1996
  en(MON_2016, 'He took over ⟦20 years ago⟧.', 'ago 1995-06-28/1996-06-27 | 1996-01-01/1996-12-31'),
  // ---- published 2019-11-09, Saturday
  en(SAT_2019, 'The Berlin Wall fell ⟦30 years ago today⟧.', 'ago 1989-11-09'),
  en(SAT_2019, 'The Berlin Wall fell ⟦30 years ago⟧.', 'ago 1988-11-10/1989-11-09 | 1989-01-01/1989-12-31'),
  // this weekend on a Saturday: Sat 11-09..Sun 11-10, or the one before
  en(SAT_2019, 'Celebrations are planned ⟦this weekend⟧.', '2019-11-09/2019-11-10 | 2019-11-02/2019-11-03'),
  en(SAT_2019, 'Crowds gathered at the Brandenburg Gate ⟦last Friday⟧.', '2019-11-08 | 2019-11-01'),
  en(SAT_2019, 'Merkel spoke at the memorial on ⟦Saturday⟧.', '2019-11-09 | 2019-11-02'),
  // about 1.5 years: 0.5..2.5 years back
  en(SAT_2019, 'The exhibition opened ⟦a year and a half ago⟧.', 'ago 2017-05-09/2019-05-09'),
  // nearly 60 = 59..60 years back
  en(SAT_2019, 'The wall was built ⟦almost 60 years ago⟧.', 'ago 1959-11-09/1965-11-09'),
  // about 15 = 13.5..16.5 years back
  en(SAT_2019, 'The museum opened ⟦about 15 years ago⟧.', 'ago 2003-05-09/2006-05-09'),
];

// ================================================================ checks
/**
 * Articles for the checks, register fixtures/relative/register.yaml. Findings of the two codes
 * are marked ⟦code:text⟧ or ⟦code/severity:text⟧ (test/helpers/markers.ts); other codes are not
 * compared here. `message` and `fix` (new text, or null for none) check the first finding.
 */
export interface RelativeCheckCase { name: string; article: string; message?: string; fix?: string | null }

const fence = (yaml: string) => '```claim\n' + yaml + '\n```';
const front = (lang: Lang, published?: string) => `---\nlang: ${lang}\n${published ? `published: ${published}\n` : ''}---\n\n`;

export const CHECKS: RelativeCheckCase[] = [
  // An anniversary: the day named is the commemoration's, not the event's; an elapsed span there is still the event's.
  { name: 'ar: اليوم in a sentence about an anniversary is the commemoration, not the event',
    article: `${front('ar', '2019-01-14')}ويحيي دبلوماسيون اليوم ذكرى مرور عام على تصريح السفير الروسي بأنه ناقش تجديد التواصل.\n\n${fence('ref: antonov-2plus2-renewal')}\n` },
  { name: 'en: "on Monday ... marked the first anniversary" is the commemoration',
    article: `${front('en', '2019-01-14')}On Monday, diplomats marked the first anniversary of Anatoly Antonov's remarks on renewing contacts.\n\n${fence('ref: antonov-2plus2-renewal')}\n` },
  { name: 'ar: an elapsed span in an anniversary sentence is still the event\'s',
    article: `${front('ar', '2019-01-14')}ويحيي دبلوماسيون اليوم ذكرى تصريح أدلى به السفير الروسي ⟦elapsed-mismatch/warning:قبل ثلاث سنوات⟧.\n\n${fence('ref: antonov-2plus2-renewal')}\n` },
  { name: 'en: without an anniversary, the same day is the event\'s and contradicts the claim',
    article: `${front('en', '2019-01-14')}On ⟦relative-date-mismatch/error:Monday⟧, Anatoly Antonov said he had discussed renewing contacts.\n\n${fence('ref: antonov-2plus2-renewal')}\n` },
  { name: 'en: last Sunday agrees with the claim (seed)',
    article: `${front('en', WED_2018)}Last Sunday, Anatoly Antonov said he had discussed renewing contacts.\n\n${fence('ref: antonov-2plus2-renewal')}\n` },
  { name: 'en: last Tuesday contradicts the claim, with a fix',
    article: `${front('en', WED_2018)}⟦relative-date-mismatch/error:Last Tuesday⟧, Anatoly Antonov said he had discussed renewing contacts.\n\n${fence('ref: antonov-2plus2-renewal')}\n`,
    message: '"Last Tuesday" is 2018-01-16 or 2018-01-09 (published 2018-01-17), but claim "antonov-2plus2-renewal" is dated 2018-01-14.',
    fix: 'Sunday' },
  { name: 'ar: يوم الأحد الماضي agrees with the claim (seed)',
    article: `${front('ar', WED_2018)}وكان السفير الروسي صرح يوم الأحد الماضي، إنه ناقش تجديد التواصل.\n\n${fence('ref: antonov-2plus2-renewal')}\n` },
  { name: 'ar: يوم الخميس الماضي contradicts the claim, with a fix',
    article: `${front('ar', WED_2018)}وكان السفير الروسي صرح ⟦relative-date-mismatch/error:يوم الخميس الماضي⟧، إنه ناقش تجديد التواصل.\n\n${fence('ref: antonov-2plus2-renewal')}\n`,
    message: '"يوم الخميس الماضي" is 2018-01-11 (published 2018-01-17), but claim "antonov-2plus2-renewal" is dated 2018-01-14.',
    fix: 'الأحد' },
  { name: 'ar: a feminine adjective keeps الجمعة from being swapped (no fix)',
    article: `${front('ar', WED_2018)}وكان السفير الروسي صرح ⟦relative-date-mismatch:الجمعة الماضية⟧ بأنه ناقش تجديد التواصل.\n\n${fence('ref: antonov-2plus2-renewal')}\n`,
    fix: null },
  { name: 'en: elapsed agrees with one of two claims (seed)',
    article: `${front('en', WED_2018)}Relations soured over Crimea's accession in March 2014, the worst since the end of the Cold War more than 20 years ago.\n\n${fence('ref: [crimea-accession, ussr-dissolution]')}\n` },
  { name: 'en: elapsed contradicts the claim',
    article: `${front('en', WED_2018)}The Soviet Union broke up ⟦elapsed-mismatch/warning:less than 20 years ago⟧.\n\n${fence('ref: ussr-dissolution')}\n`,
    message: '"less than 20 years ago" puts the event between 1998-01-18 and 2018-01-17 (published 2018-01-17), but claim "ussr-dissolution" is dated 1991-12-26.' },
  { name: 'ar: قبل أكثر من 20 عاما agrees (seed)',
    article: `${front('ar', WED_2018)}وتعتبر هذه الأزمة الأسوأ منذ تفكك الاتحاد السوفياتي وانتهاء الحرب الباردة، قبل أكثر من 20 عاما.\n\n${fence('ref: [crimea-accession, ussr-dissolution]')}\n` },
  { name: 'ar: elapsed contradicts the claim',
    article: `${front('ar', WED_2018)}وتفكك الاتحاد السوفياتي ⟦elapsed-mismatch/warning:قبل نحو عشر سنوات⟧.\n\n${fence('ref: ussr-dissolution')}\n`,
    message: '"قبل نحو عشر سنوات" puts the event between 2007-01-17 and 2009-01-17 (published 2018-01-17), but claim "ussr-dissolution" is dated 1991-12-26.' },
  { name: 'no published: one info finding, at the first relative expression',
    article: `${front('en')}⟦relative-date-mismatch/info:Last Sunday⟧, Anatoly Antonov said he had discussed renewing contacts.\n\n${fence('ref: antonov-2plus2-renewal')}\n\nThe Soviet Union broke up less than 20 years ago.\n\n${fence('ref: ussr-dissolution')}\n`,
    message: 'No `published` date in the front matter: relative dates are not checked.' },
  { name: 'ar: no published: one info finding',
    article: `${front('ar')}وكان السفير الروسي صرح ⟦relative-date-mismatch/info:يوم الأحد الماضي⟧، إنه ناقش تجديد التواصل.\n\n${fence('ref: antonov-2plus2-renewal')}\n` },
  { name: 'no published and no relative expression: nothing',
    article: `${front('en')}Anatoly Antonov said he had discussed renewing contacts.\n\n${fence('ref: antonov-2plus2-renewal')}\n` },
  { name: 'a claim without a date is not checked',
    article: `${front('en', WED_2018)}Relations worsened again last week.\n\n${fence('ref: undated-background')}\n` },
  { name: 'ignore silences the check for the passage',
    article: `${front('en', WED_2018)}Last Tuesday, Anatoly Antonov said he had discussed renewing contacts.\n\n${fence('ref: antonov-2plus2-renewal\nignore: [relative-date-mismatch]')}\n` },
  // "N days ago" names a day, as "yesterday" does: an error of the relative kind.
  { name: 'en: "three days ago" names one day',
    article: `${front('en', MON_2016)}Britons voted to leave the EU ⟦relative-date-mismatch:three days ago⟧.\n\n${fence('ref: brexit-referendum')}\n` },
  { name: 'ar: "قبل ثلاثة أيام" names one day',
    article: `${front('ar', MON_2016)}وصوت البريطانيون ⟦relative-date-mismatch:قبل ثلاثة أيام⟧ لصالح الخروج من الاتحاد الأوروبي.\n\n${fence('ref: brexit-referendum')}\n` },
  { name: 'en: "four days ago" is the day', article: `${front('en', MON_2016)}Britons voted to leave the EU four days ago.\n\n${fence('ref: brexit-referendum')}\n` },
  // With the claim's date written in the passage, a relative date that disagrees is another event's.
  { name: 'en: another event\'s "yesterday" next to the claim\'s date',
    article: `${front('en', MON_2016)}Britons voted to leave the EU on 23 June 2016, and David Cameron, who had called the vote, was still weighing his future yesterday.\n\n${fence('ref: brexit-referendum')}\n` },
  { name: 'ar: another event\'s أمس next to the claim\'s date',
    article: `${front('ar', MON_2016)}وصوت البريطانيون في 23 حزيران/ يونيو 2016 على الخروج من الاتحاد الأوروبي، فيما التقى ديفيد كاميرون وزراءه أمس.\n\n${fence('ref: brexit-referendum')}\n` },
  { name: 'en: the same "yesterday" without the claim\'s date is compared',
    article: `${front('en', MON_2016)}Britons voted to leave the EU ⟦relative-date-mismatch:yesterday⟧.\n\n${fence('ref: brexit-referendum')}\n` },
  { name: 'ar: a day and month without a year do not date the claim: the span is still compared',
    article: `${front('ar', WED_2018)}وتفكك الاتحاد السوفياتي في 26 كانون الأول/ ديسمبر ⟦elapsed-mismatch/warning:قبل نحو عشر سنوات⟧.\n\n${fence('ref: ussr-dissolution')}\n` },
  { name: 'ar: أمس الثلاثاء agrees',
    article: `${front('ar', WED_2020)}ووقع انفجار مرفأ بيروت أمس الثلاثاء.\n\n${fence('ref: beirut-port-explosion')}\n` },
  { name: 'ar: أول أمس contradicts (no fix without a weekday)',
    article: `${front('ar', WED_2020)}ووقع انفجار مرفأ بيروت ⟦relative-date-mismatch:أول أمس⟧.\n\n${fence('ref: beirut-port-explosion')}\n`,
    message: '"أول أمس" is 2020-08-03 (published 2020-08-05), but claim "beirut-port-explosion" is dated 2020-08-04.',
    fix: null },
  { name: 'en: a month claim agrees with earlier this month',
    article: `${front('en', WED_2018)}Huntsman spoke at the Gaidar Forum earlier this month.\n\n${fence('ref: huntsman-gaidar-remarks')}\n` },
  { name: 'en: a month claim contradicts last month',
    article: `${front('en', WED_2018)}Huntsman spoke at the Gaidar Forum ⟦relative-date-mismatch:last month⟧.\n\n${fence('ref: huntsman-gaidar-remarks')}\n`,
    message: '"last month" is 2017-12 (published 2018-01-17), but claim "huntsman-gaidar-remarks" is dated 2018-01.' },
  { name: 'en: both codes in one passage',
    article: `${front('en', MON_2016)}Britons voted ⟦relative-date-mismatch:last Friday⟧, ⟦elapsed-mismatch:more than a week ago⟧.\n\n${fence('ref: brexit-referendum')}\n`,
    fix: 'Thursday' },
  { name: 'en: on Thursday agrees',
    article: `${front('en', MON_2016)}Britain voted on Thursday to leave the European Union.\n\n${fence('ref: brexit-referendum')}\n` },
  { name: 'en: 30 years ago today agrees',
    article: `${front('en', SAT_2019)}The Berlin Wall was opened 30 years ago today.\n\n${fence('ref: berlin-wall-opening')}\n` },
  { name: 'ar: a weekday followed by its date is left to date-mismatch',
    article: `${front('ar', SAT_2019)}وفتح جدار برلين يوم الخميس 9 تشرين الثاني 1989.\n\n${fence('ref: berlin-wall-opening')}\n` },
  { name: 'ar: اليوم الأحد agrees on the published day',
    article: `${front('ar', SUN_2021)}وصلى البابا فرنسيس اليوم الأحد في الموصل.\n\n${fence('ref: pope-mosul-visit')}\n` },
  { name: 'ar: السبت الماضي contradicts a Sunday claim published that Sunday',
    article: `${front('ar', SUN_2021)}وصلى البابا فرنسيس في الموصل ⟦relative-date-mismatch:السبت الماضي⟧.\n\n${fence('ref: pope-mosul-visit')}\n`,
    message: '"السبت الماضي" is 2021-03-06 or 2021-02-27 (published 2021-03-07), but claim "pope-mosul-visit" is dated 2021-03-07.',
    fix: null },
];
