// PyYAML's Emitter state machine (emitter.py), for the event streams the Representer and
// Serializer produce with default_flow_style=False: block collections, except that empty ones
// are written in flow style (`[]`, `{}`). Canonical mode, directives, explicit document markers
// and block scalar styles are never used by yaml.dump with those settings and are left out.
import { EmitterOutput, pyLen, type EmitterSettings } from './emit-writer.js';
import {
  analyzeScalar, chooseScalarStyle, writeDoubleQuoted, writePlain, writeSingleQuoted,
  type ScalarAnalysis, type ScalarStyle,
} from './emit-scalar.js';

/** One serializer event; `tag` is the short name under `tag:yaml.org,2002:` (`str`, `int`, `seq`, ...). */
export type EmitterEvent =
  | { readonly type: 'StreamStart' }
  | { readonly type: 'StreamEnd' }
  | { readonly type: 'DocumentStart' }
  | { readonly type: 'DocumentEnd' }
  | { readonly type: 'Alias'; readonly anchor: string }
  | {
      readonly type: 'Scalar';
      readonly anchor: string | null;
      readonly tag: string;
      /** [plain text resolves to the tag, non-plain text resolves to the tag] (PyYAML's implicit pair). */
      readonly implicit: readonly [boolean, boolean];
      readonly value: string;
    }
  | { readonly type: 'SequenceStart'; readonly anchor: string | null; readonly tag: string }
  | { readonly type: 'SequenceEnd' }
  | { readonly type: 'MappingStart'; readonly anchor: string | null; readonly tag: string }
  | { readonly type: 'MappingEnd' };

type ScalarEvent = Extract<EmitterEvent, { type: 'Scalar' }>;
type State = () => void;

/** Runs the events through PyYAML's emitter and returns the text it writes. */
export function emitEvents(events: readonly EmitterEvent[], settings: EmitterSettings): string {
  const emitter = new Emitter(events, settings);
  emitter.run();
  return emitter.out.text();
}

// The short tag as the emitter writes it (prepare_tag with the default `!!` handle).
const prepareTag = (tag: string): string => '!!' + tag;

class Emitter {
  readonly out: EmitterOutput;
  private readonly states: State[] = [];
  private state: State = () => this.expectStreamStart();
  private position = 0;
  private event!: EmitterEvent;
  private readonly indents: (number | null)[] = [];
  private flowLevel = 0;
  // (PyYAML also tracks sequence_context, but never reads it.)
  private rootContext = false;
  private mappingContext = false;
  private simpleKeyContext = false;
  // Caches shared by check_simple_key and the node handlers, as in PyYAML.
  private analysis: ScalarAnalysis | null = null;
  private style: ScalarStyle | null = null;
  private preparedAnchor: string | null = null;

  constructor(private readonly events: readonly EmitterEvent[], private readonly settings: EmitterSettings) {
    this.out = new EmitterOutput(settings);
  }

  run(): void {
    // PyYAML buffers a few events to look ahead; here they are all known, so `next` is events[position].
    while (this.position < this.events.length) {
      this.event = this.events[this.position++]!;
      this.state();
    }
  }

  private get next(): EmitterEvent | undefined {
    return this.events[this.position];
  }

  private popState(): State {
    const state = this.states.pop();
    if (!state) throw new Error('YAML emitter: state stack is empty');
    return state;
  }

  private popIndent(): void {
    this.out.indent = this.indents.pop() ?? null;
  }

  private fail(expected: string): never {
    throw new Error(`YAML emitter: expected ${expected}, but got ${this.event.type}`);
  }

  private increaseIndent(flow = false, indentless = false): void {
    this.indents.push(this.out.indent);
    if (this.out.indent === null) {
      this.out.indent = flow ? this.settings.bestIndent : 0;
    } else if (!indentless) {
      this.out.indent += this.settings.bestIndent;
    }
  }

  // Stream and document handlers.

  private expectStreamStart(): void {
    if (this.event.type !== 'StreamStart') this.fail('StreamStart');
    this.state = () => this.expectDocumentStart();
  }

  private expectNothing(): void {
    this.fail('nothing');
  }

  private expectDocumentStart(): void {
    if (this.event.type === 'DocumentStart') {
      // The first document is implicit: check_empty_document never holds for representer output,
      // whose scalars always carry a tag (so `''` is written, not an empty document).
      this.state = () => this.expectDocumentRoot();
    } else if (this.event.type === 'StreamEnd') {
      if (this.out.openEnded) {
        this.out.writeIndicator('...', true);
        this.out.writeIndent();
      }
      this.state = () => this.expectNothing();
    } else {
      this.fail('DocumentStart');
    }
  }

  private expectDocumentEnd(): void {
    if (this.event.type !== 'DocumentEnd') this.fail('DocumentEnd');
    this.out.writeIndent();
    this.state = () => this.expectDocumentStart();
  }

  private expectDocumentRoot(): void {
    this.states.push(() => this.expectDocumentEnd());
    this.expectNode({ root: true });
  }

  // Node handlers.

  private expectNode(context: { root?: boolean; sequence?: boolean; mapping?: boolean; simpleKey?: boolean }): void {
    this.rootContext = context.root ?? false;
    this.mappingContext = context.mapping ?? false;
    this.simpleKeyContext = context.simpleKey ?? false;
    const event = this.event;
    switch (event.type) {
      case 'Alias':
        this.expectAlias(event.anchor);
        return;
      case 'Scalar':
        this.processAnchor('&', event.anchor);
        this.processScalarTag(event);
        this.expectScalar(event);
        return;
      case 'SequenceStart':
        // Collection tags are always implicit (seq/map are what the resolver gives back).
        this.processAnchor('&', event.anchor);
        if (this.flowLevel || this.next?.type === 'SequenceEnd') this.expectFlowSequence();
        else this.expectBlockSequence();
        return;
      case 'MappingStart':
        this.processAnchor('&', event.anchor);
        if (this.flowLevel || this.next?.type === 'MappingEnd') this.expectFlowMapping();
        else this.expectBlockMapping();
        return;
      default:
        this.fail('a node');
    }
  }

  private expectAlias(anchor: string): void {
    this.processAnchor('*', anchor);
    this.state = this.popState();
  }

  private expectScalar(event: ScalarEvent): void {
    this.increaseIndent(true);
    this.processScalar(event);
    this.popIndent();
    this.state = this.popState();
  }

  // Flow sequence handlers (only ever reached for empty sequences, but ported whole).

  private expectFlowSequence(): void {
    this.out.writeIndicator('[', true, true);
    this.flowLevel += 1;
    this.increaseIndent(true);
    this.state = () => this.expectFlowSequenceItem(true);
  }

  private expectFlowSequenceItem(first: boolean): void {
    if (this.event.type === 'SequenceEnd') {
      this.popIndent();
      this.flowLevel -= 1;
      this.out.writeIndicator(']', false);
      this.state = this.popState();
      return;
    }
    if (!first) this.out.writeIndicator(',', false);
    if (this.out.column > this.settings.bestWidth) this.out.writeIndent();
    this.states.push(() => this.expectFlowSequenceItem(false));
    this.expectNode({ sequence: true });
  }

  // Flow mapping handlers.

  private expectFlowMapping(): void {
    this.out.writeIndicator('{', true, true);
    this.flowLevel += 1;
    this.increaseIndent(true);
    this.state = () => this.expectFlowMappingKey(true);
  }

  private expectFlowMappingKey(first: boolean): void {
    if (this.event.type === 'MappingEnd') {
      this.popIndent();
      this.flowLevel -= 1;
      this.out.writeIndicator('}', false);
      this.state = this.popState();
      return;
    }
    if (!first) this.out.writeIndicator(',', false);
    if (this.out.column > this.settings.bestWidth) this.out.writeIndent();
    if (this.checkSimpleKey()) {
      this.states.push(() => this.expectFlowMappingSimpleValue());
      this.expectNode({ mapping: true, simpleKey: true });
    } else {
      this.out.writeIndicator('?', true);
      this.states.push(() => this.expectFlowMappingValue());
      this.expectNode({ mapping: true });
    }
  }

  private expectFlowMappingSimpleValue(): void {
    this.out.writeIndicator(':', false);
    this.states.push(() => this.expectFlowMappingKey(false));
    this.expectNode({ mapping: true });
  }

  private expectFlowMappingValue(): void {
    if (this.out.column > this.settings.bestWidth) this.out.writeIndent();
    this.out.writeIndicator(':', true);
    this.states.push(() => this.expectFlowMappingKey(false));
    this.expectNode({ mapping: true });
  }

  // Block sequence handlers.

  private expectBlockSequence(): void {
    // A sequence that is a mapping value is not indented: `key:\n- item`.
    const indentless = this.mappingContext && !this.out.indention;
    this.increaseIndent(false, indentless);
    this.state = () => this.expectBlockSequenceItem(true);
  }

  private expectBlockSequenceItem(first: boolean): void {
    if (!first && this.event.type === 'SequenceEnd') {
      this.popIndent();
      this.state = this.popState();
      return;
    }
    this.out.writeIndent();
    this.out.writeIndicator('-', true, false, true);
    this.states.push(() => this.expectBlockSequenceItem(false));
    this.expectNode({ sequence: true });
  }

  // Block mapping handlers.

  private expectBlockMapping(): void {
    this.increaseIndent(false);
    this.state = () => this.expectBlockMappingKey(true);
  }

  private expectBlockMappingKey(first: boolean): void {
    if (!first && this.event.type === 'MappingEnd') {
      this.popIndent();
      this.state = this.popState();
      return;
    }
    this.out.writeIndent();
    if (this.checkSimpleKey()) {
      this.states.push(() => this.expectBlockMappingSimpleValue());
      this.expectNode({ mapping: true, simpleKey: true });
    } else {
      this.out.writeIndicator('?', true, false, true);
      this.states.push(() => this.expectBlockMappingValue());
      this.expectNode({ mapping: true });
    }
  }

  private expectBlockMappingSimpleValue(): void {
    this.out.writeIndicator(':', false);
    this.states.push(() => this.expectBlockMappingKey(false));
    this.expectNode({ mapping: true });
  }

  private expectBlockMappingValue(): void {
    this.out.writeIndent();
    this.out.writeIndicator(':', true, false, true);
    this.states.push(() => this.expectBlockMappingKey(false));
    this.expectNode({ mapping: true });
  }

  // Checkers.

  // Emitter.check_simple_key: a key is written `key:` when short (anchor + tag + text under 128
  // code points; the tag counts even though it is not written) and single-line, else `? key`.
  private checkSimpleKey(): boolean {
    const event = this.event;
    let length = 0;
    if ((event.type === 'Alias' || event.type === 'Scalar' || event.type === 'SequenceStart' ||
        event.type === 'MappingStart') && event.anchor !== null) {
      this.preparedAnchor ??= event.anchor;
      length += pyLen(this.preparedAnchor);
    }
    if (event.type === 'Scalar' || event.type === 'SequenceStart' || event.type === 'MappingStart') {
      length += pyLen(prepareTag(event.tag));
    }
    if (event.type === 'Scalar') {
      this.analysis ??= analyzeScalar(event.value, this.settings.allowUnicode);
      length += pyLen(this.analysis.scalar);
    }
    return (
      length < 128 &&
      (event.type === 'Alias' ||
        (event.type === 'Scalar' && this.analysis !== null && !this.analysis.empty && !this.analysis.multiline) ||
        (event.type === 'SequenceStart' && this.next?.type === 'SequenceEnd') ||
        (event.type === 'MappingStart' && this.next?.type === 'MappingEnd'))
    );
  }

  // Anchor, tag and scalar processors.

  private processAnchor(indicator: '&' | '*', anchor: string | null): void {
    if (anchor === null) {
      this.preparedAnchor = null;
      return;
    }
    this.preparedAnchor ??= anchor;
    if (this.preparedAnchor) this.out.writeIndicator(indicator + this.preparedAnchor, true);
    this.preparedAnchor = null;
  }

  // Emitter.process_tag for a scalar: the tag is written only when the chosen style would not
  // read back as the scalar's tag (never the case for representer output, but kept honest).
  private processScalarTag(event: ScalarEvent): void {
    this.style ??= this.chooseStyle(event);
    if ((this.style === '' && event.implicit[0]) || (this.style !== '' && event.implicit[1])) return;
    this.out.writeIndicator(prepareTag(event.tag), true);
  }

  private chooseStyle(event: ScalarEvent): ScalarStyle {
    this.analysis ??= analyzeScalar(event.value, this.settings.allowUnicode);
    return chooseScalarStyle(this.analysis, {
      requested: null,
      plainImplicit: event.implicit[0],
      flowLevel: this.flowLevel,
      simpleKeyContext: this.simpleKeyContext,
    });
  }

  private processScalar(event: ScalarEvent): void {
    this.analysis ??= analyzeScalar(event.value, this.settings.allowUnicode);
    this.style ??= this.chooseStyle(event);
    // Keys are never folded.
    const split = !this.simpleKeyContext;
    const scalar = this.analysis.scalar;
    if (this.style === '"') writeDoubleQuoted(this.out, scalar, split);
    else if (this.style === "'") writeSingleQuoted(this.out, scalar, split);
    else writePlain(this.out, scalar, split, this.rootContext);
    this.analysis = null;
    this.style = null;
  }
}
