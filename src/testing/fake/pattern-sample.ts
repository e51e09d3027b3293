/**
 * A string that matches a regular expression of the spec (`^mch_\w{27}$`, `^org:[a-z0-9_]+$`,
 * `^(ak|api_key)_[0-9A-Fa-f]{32}$`): literals, classes, groups with alternatives (the first is
 * taken), look-aheads (skipped) and quantifiers. Enough for the patterns Clerk's spec uses; the
 * caller checks the result and falls back to the spec's example when a pattern is beyond it.
 */
import type { Random } from './random.js';

const WORD = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
const DIGITS = '0123456789';

type Node = { chars: string } | { group: Node[][] } | { skip: true };
type Quantified = { node: Node; min: number; max: number };

export function samplePattern(source: string, random: Random): string {
  const parser = new Parser(source.replace(/^\^/, '').replace(/\$$/, ''));
  return render(parser.alternatives(), random);
}

function render(alternatives: Quantified[][], random: Random): string {
  let text = '';
  for (const { node, min, max } of alternatives[0] ?? []) {
    const count = min === max ? min : min + random.int(max - min + 1);
    for (let index = 0; index < count; index++) {
      if ('chars' in node) text += random.pick([...node.chars]);
      else if ('group' in node) text += render(node.group.map((sequence) => sequence.map((item) => ({ node: item, min: 1, max: 1 }))), random);
    }
  }
  return text;
}

class Parser {
  #source: string;
  #index = 0;

  constructor(source: string) {
    this.#source = source;
  }

  alternatives(): Quantified[][] {
    const alternatives: Quantified[][] = [[]];
    while (this.#index < this.#source.length) {
      const char = this.#source[this.#index]!;
      if (char === ')') break;
      if (char === '|') {
        this.#index++;
        alternatives.push([]);
        continue;
      }
      const node = this.#atom();
      alternatives[alternatives.length - 1]!.push(this.#quantifier(node));
    }
    return alternatives;
  }

  #atom(): Node {
    const char = this.#source[this.#index++]!;
    if (char === '(') {
      let lookahead = false;
      if (this.#source.startsWith('?:', this.#index)) this.#index += 2;
      else if (this.#source.startsWith('?!', this.#index) || this.#source.startsWith('?=', this.#index)) {
        this.#index += 2;
        lookahead = true;
      }
      const inner = this.alternatives();
      this.#index++;
      if (lookahead) return { skip: true };
      return { group: inner.map((sequence) => sequence.map((item) => (item.min === 1 && item.max === 1 ? item.node : { group: [[item.node]] }))) };
    }
    if (char === '[') return { chars: this.#characterClass() };
    if (char === '\\') return { chars: escapeChars(this.#source[this.#index++]!) };
    if (char === '.') return { chars: WORD };
    return { chars: char };
  }

  #characterClass(): string {
    let chars = '';
    const negated = this.#source[this.#index] === '^';
    if (negated) this.#index++;
    while (this.#index < this.#source.length && this.#source[this.#index] !== ']') {
      const char = this.#source[this.#index++]!;
      if (char === '\\') {
        chars += escapeChars(this.#source[this.#index++]!);
        continue;
      }
      if (this.#source[this.#index] === '-' && this.#source[this.#index + 1] !== ']') {
        const end = this.#source[this.#index + 1]!;
        this.#index += 2;
        for (let code = char.charCodeAt(0); code <= end.charCodeAt(0); code++) chars += String.fromCharCode(code);
        continue;
      }
      chars += char;
    }
    this.#index++;
    return negated ? [...WORD].filter((char) => !chars.includes(char)).join('') : chars;
  }

  #quantifier(node: Node): Quantified {
    const char = this.#source[this.#index];
    if (char === '{') {
      const close = this.#source.indexOf('}', this.#index);
      const [min, max] = this.#source.slice(this.#index + 1, close).split(',');
      this.#index = close + 1;
      const low = Number(min);
      return { node, min: low, max: max === undefined ? low : max === '' ? low + 3 : Number(max) };
    }
    if (char === '+') return this.#take(node, 1, 6);
    if (char === '*') return this.#take(node, 0, 4);
    if (char === '?') return this.#take(node, 1, 1);
    return { node, min: 'skip' in node ? 0 : 1, max: 'skip' in node ? 0 : 1 };
  }

  #take(node: Node, min: number, max: number): Quantified {
    this.#index++;
    return { node, min, max };
  }
}

function escapeChars(char: string): string {
  if (char === 'w') return WORD;
  if (char === 'd') return DIGITS;
  if (char === 'S') return WORD;
  if (char === 's') return ' ';
  return char;
}
