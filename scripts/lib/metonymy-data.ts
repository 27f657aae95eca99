/**
 * Location-metonymy examples from ReLocaR (Wikipedia) and SemEval 2007 (BNC): plain text with
 * the one annotated place name as a character span, and whether it is read metonymically.
 * "mixed" readings are left out: they teach neither side.
 */
import { readFileSync } from 'node:fs';
import { dataPath } from './data-path';

/** One labelled place mention. */
export interface MetonymyExample {
  text: string;
  start: number;
  end: number;
  metonymic: boolean;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function plain(xml: string): string {
  return xml.replace(/<[^>]+>/g, '').replace(/&(\w+);/g, (m, e: string) => ENTITIES[e] ?? m);
}

function parseSamples(xml: string, tag: 'loc' | 'location'): MetonymyExample[] {
  const out: MetonymyExample[] = [];
  const sampleRe = tag === 'loc' ? /<sample[^>]*>([\s\S]*?)<\/sample>/g : /<par>([\s\S]*?)<\/par>/g;
  const locRe = new RegExp(`<${tag} reading="(\\w+)"[^>]*>([\\s\\S]*?)</${tag}>`);
  for (const [, body] of xml.matchAll(sampleRe)) {
    const m = locRe.exec(body!);
    if (!m || m[1] === 'mixed' || m[1] === 'unknown') continue;
    const before = plain(body!.slice(0, m.index));
    const name = plain(m[2]!);
    const lead = name.length - name.trimStart().length;
    const text = (before + name + plain(body!.slice(m.index + m[0].length))).replace(/\s+$/, '');
    out.push({
      text,
      start: before.length + lead,
      end: before.length + name.trimEnd().length,
      metonymic: m[1] === 'met' || m[1] === 'metonymic',
    });
  }
  return out;
}

/** All usable examples from both corpora. */
export function readMetonymy(): MetonymyExample[] {
  return [
    ...parseSamples(readFileSync(dataPath('metonymy', 'ReLocaR_Train.xml'), 'utf8'), 'loc'),
    ...parseSamples(readFileSync(dataPath('metonymy', 'SemEval.train.xml'), 'latin1'), 'location'),
  ];
}
