import { parseEpisode, serializeEpisode, withItems, withSec, type TranscriptItem } from '../../shared/episode/index.js';

const SENTENCES = [
  'So tell us a bit about how you got started in data engineering.',
  'Sure. I started as an analyst, and then I realised I liked building the pipelines more than the dashboards, so I moved closer to the infrastructure side of things.',
  'That’s interesting. What did that transition look like in practice?',
  'Mostly a lot of learning on the job [laughs]. I picked up Python, then Airflow, and eventually I was the person everyone asked about the warehouse.',
];

/** A synthetic episode file with `turns` turns and a header every 50, written by the engine's own writer. */
export function syntheticEpisode(turns: number): string {
  const head = parseEpisode('---\nepisode: 1\nguests:\n- janedoe\nseason: 1\ntitle: Synthetic benchmark episode\n---\nSynthetic body.\n', 'synthetic.md');
  const items: TranscriptItem[] = [];
  for (let i = 0; i < turns; i++) {
    if (i % 50 === 0) items.push({ kind: 'header', header: `Section ${i / 50 + 1}` });
    items.push(withSec({ kind: 'turn', line: SENTENCES[i % SENTENCES.length]!, who: i % 2 ? 'Jane' : 'Alexey' }, 60 + i * 7));
  }
  return serializeEpisode(withItems(head, items));
}
