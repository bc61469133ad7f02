// Deterministic corpus for benchmarks: registers of N entries and Arabic/English articles in news
// style (front matter, attributions, dates in several forms, claim blocks citing the register).
// Same seed, same bytes.

export function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = (r, list) => list[Math.floor(r() * list.length)];
const EN_FIRST = ['Anna', 'Omar', 'Lena', 'Karim', 'Sofia', 'Yusuf', 'Maria', 'Hassan', 'Elena', 'Tariq', 'Nadia', 'Victor'];
const EN_LAST = ['Haddad', 'Petrov', 'Moreau', 'Nasser', 'Keller', 'Rahman', 'Duarte', 'Saleh', 'Ivanova', 'Brandt', 'Khalil', 'Novak'];
const AR_FIRST = ['آنا', 'عمر', 'لينا', 'كريم', 'صوفيا', 'يوسف', 'ماريا', 'حسن', 'إيلينا', 'طارق', 'نادية', 'فيكتور'];
const AR_LAST = ['حداد', 'بيتروف', 'مورو', 'ناصر', 'كيلر', 'رحمن', 'دوارتي', 'صالح', 'إيفانوفا', 'براندت', 'خليل', 'نوفاك'];
const CITIES = [['Vienna', 'فيينا'], ['Geneva', 'جنيف'], ['Cairo', 'القاهرة'], ['Beirut', 'بيروت'], ['Paris', 'باريس'], ['Moscow', 'موسكو'], ['Washington', 'واشنطن'], ['Tunis', 'تونس']];
const EN_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const AR_MONTHS = ['كانون الثاني/ يناير', 'شباط/ فبراير', 'آذار/ مارس', 'نيسان/ أبريل', 'أيار/ مايو', 'حزيران/ يونيو', 'تموز/ يوليو', 'آب/ أغسطس', 'أيلول/ سبتمبر', 'تشرين الأول/ أكتوبر', 'تشرين الثاني/ نوفمبر', 'كانون الأول/ ديسمبر'];
const EASTERN = '٠١٢٣٤٥٦٧٨٩';

/** A register with `n` entries in all (about a third each of people, offices and claims). */
export function makeRegister(n, seed = 1) {
  const r = rng(seed);
  const people = Math.max(1, Math.floor(n / 3)), roles = Math.max(1, Math.floor(n / 6)), claims = Math.max(1, n - people - roles - CITIES.length);
  const out = ['version: 1', 'entities:'];
  CITIES.forEach(([en, ar], i) => out.push(`  city-${i}: { type: place, names: { en: [${en}], ar: [${ar}] } }`));
  const model = { people: [], claims: [] };
  for (let i = 0; i < people; i++) {
    const f = i % EN_FIRST.length, l = Math.floor(i / EN_FIRST.length) % EN_LAST.length, k = Math.floor(i / 144);
    const en = `${EN_FIRST[f]} ${EN_LAST[l]}${k ? ` ${k}` : ''}`, ar = `${AR_FIRST[f]} ${AR_LAST[l]}${k ? ` ${k}` : ''}`;
    const role = `office-${i % roles}`, from = 2000 + (i % 20);
    out.push(`  person-${i}:`, '    type: person', `    names: { en: [${en}], ar: [${ar}] }`, `    roles: [{ role: ${role}, from: ${from}-01-15, to: ${from + 1}-01-14 }]`);
    model.people.push({ id: `person-${i}`, en, ar, from });
  }
  out.push('roles:');
  for (let i = 0; i < roles; i++) out.push(`  office-${i}: { names: { en: [Envoy number ${i}], ar: [المبعوث رقم ${i}] } }`);
  out.push('claims:');
  for (let i = 0; i < claims; i++) {
    const p = model.people[i % people];
    const y = 1990 + Math.floor(r() * 30), m = 1 + Math.floor(r() * 12), d = 1 + Math.floor(r() * 28);
    const city = Math.floor(r() * CITIES.length);
    const status = r() < 0.9 ? 'verified' : pick(r, ['disputed', 'unverified', 'false']);
    out.push(`  claim-${i}:`, `    statement: { en: Talks number ${i} were held in ${CITIES[city][0]}. }`,
      `    date: ${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`, `    place: city-${city}`, `    speaker: ${p.id}`,
      `    quote: { en: "We made progress on item ${i}.", ar: "أحرزنا تقدما في البند ${i}." }`, `    status: ${status}`);
    model.claims.push({ id: `claim-${i}`, y, m, d, city, speaker: p });
  }
  return { yaml: out.join('\n') + '\n', model };
}

function paragraph(r, lang, model, wrong) {
  const c = pick(r, model.claims);
  const y = wrong ? c.y + 1 : c.y;
  if (lang === 'ar') {
    const digits = r() < 0.3 ? String(y).split('').map(x => EASTERN[+x]).join('') : String(y);
    const text = pick(r, [
      `وقال ${c.speaker.ar}، في تصريح لوكالة الأنباء، إن المحادثات التي عقدت في ${CITIES[c.city][1]} في ${c.d} ${AR_MONTHS[c.m - 1]} ${digits} كانت "مفيدة وبناءة".`,
      `وأشار ${c.speaker.ar} إلى أن اللقاء الذي جرى في ${CITIES[c.city][1]} في عام ${digits} فتح الباب أمام مرحلة جديدة من الحوار بين الطرفين.`,
      `وكانت الجولة السابقة قد عقدت في ${CITIES[c.city][1]} في ${AR_MONTHS[c.m - 1]} عام ${digits}، بحسب ما أفاد به مسؤولون مطلعون على الملف.`,
    ]);
    return `${text}\n\n\`\`\`claim\nref: ${c.id}\n\`\`\`\n`;
  }
  const text = pick(r, [
    `"The talks in ${CITIES[c.city][0]} on ${c.d} ${EN_MONTHS[c.m - 1]} ${y} were useful," ${c.speaker.en} told reporters after the session.`,
    `${c.speaker.en} said the meeting held in ${CITIES[c.city][0]} in ${y} had opened a new phase of dialogue between the two sides.`,
    `The previous round took place in ${CITIES[c.city][0]} in ${EN_MONTHS[c.m - 1]} ${y}, according to officials familiar with the file.`,
  ]);
  return `${text}\n\n\`\`\`claim\nref: ${c.id}\n\`\`\`\n`;
}

const FILLER = {
  en: 'Diplomats from both countries have met regularly since then, and analysts say the format remains the most useful channel for crisis management between the capitals.',
  ar: 'ويلتقي دبلوماسيون من البلدين بانتظام منذ ذلك الحين، ويرى محللون أن هذه الصيغة لا تزال القناة الأكثر فائدة لإدارة الأزمات بين العاصمتين.',
};

/** An article of about `bytes` UTF-8 bytes; `errorRate` of the linked paragraphs carry a wrong year. */
export function makeArticle(bytes, lang, seed, model, errorRate = 0.05) {
  const r = rng(seed);
  const parts = [`---\ntitle: "Article ${seed}"\nlang: ${lang}\npublished: 2019-06-1${seed % 10}\n---\n\n# ${lang === 'ar' ? 'محادثات جديدة' : 'New talks'} ${seed}\n\n`];
  let size = Buffer.byteLength(parts[0]);
  while (size < bytes) {
    const p = r() < 0.6 ? paragraph(r, lang, model, r() < errorRate) : FILLER[lang] + '\n';
    parts.push(p, '\n');
    size += Buffer.byteLength(p) + 1;
  }
  return parts.join('');
}
