/**
 * The share-card benchmark's texts, one per script, and fresh headlines made from them. Combining marks are written
 * as such, not precomposed.
 */
export type CardSample = { id: string; lang: string; headline: string; authors: string[] };

export const CARD_SAMPLES: CardSample[] = [
  { id: 'latin', lang: 'en', headline: 'Armed Gunmen Attack Police Station in Southern Mali', authors: ['Ada Ndiaye'] },
  { id: 'russian', lang: 'ru', headline: 'Дождь в Тегеране', authors: ['Анна Петрова'] },
  { id: 'persian', lang: 'fa', headline: '«تهران» در انتظار باران', authors: ['مریم حسینی'] },
  { id: 'persian-mixed', lang: 'fa', headline: 'گزارش VICE News از حمله در مالی', authors: ['مریم حسینی'] },
  { id: 'arabic', lang: 'ar', headline: 'هجوم مسلح على مركز للشرطة في جنوب مالي', authors: ['ليلى أحمد'] },
  { id: 'hindi', lang: 'hi', headline: 'दक्षिणी माली में पुलिस थाने पर हमला', authors: ['प्रिया शर्मा'] },
  { id: 'chinese', lang: 'zh-Hans', headline: '马里南部警察局遭武装分子袭击', authors: ['李明'] },
  {
    id: 'chinese-long',
    lang: 'zh-Hans',
    headline: '马里南部警察局遭武装分子袭击，至少十二名警察在凌晨的交火中丧生，当局宣布该地区进入紧急状态',
    authors: ['李明', '王芳'],
  },
  { id: 'greek', lang: 'el', headline: 'Επίθεση σε αστυνομικό τμήμα στο νότιο Μάλι', authors: ['Ελένη Παπαδοπούλου'] },
  {
    id: 'combining',
    lang: 'en',
    headline: 'Interview: Zoe\u0308 Ndiaye-N\u0303u\u0301n\u0303ez on the Road to Gao',
    authors: ['Zoe\u0308 Ndiaye-N\u0303u\u0301n\u0303ez'],
  },
];

/**
 * A headline the renderer has not set before, with the sample's letters: its words (for Chinese, its characters)
 * rotated by `i`, and a number once the rotations run out. As in a build, each card is new text while the glyph
 * masks stay mostly warm.
 */
export function variant(headline: string, i: number): string {
  const spaced = /\s/.test(headline.trim());
  const parts = spaced ? headline.split(' ') : [...headline];
  const k = i % parts.length;
  const rotated = [...parts.slice(k), ...parts.slice(0, k)].join(spaced ? ' ' : '');
  return i < parts.length ? rotated : `${rotated} ${Math.floor(i / parts.length)}`;
}
