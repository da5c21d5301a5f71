import { closeLintPanel, forEachDiagnostic, type Diagnostic } from '@codemirror/lint';
import { EditorSelection, type TransactionSpec } from '@codemirror/state';
import { EditorView, ViewPlugin, type ViewUpdate } from '@codemirror/view';
import { setProblemFilter, shownKind, toggleProblemFilter } from './problem-filter.js';
import { problemGroups, type ListedProblem, type ProblemGroup } from './problem-groups.js';
import { problemKinds, type ProblemKind } from './problem-kinds.js';
import { problemsResizeHandle } from './problem-panel-resize.js';

/** Where a diagnostic is now (edits since the lint moved it), or undefined once it is gone. */
function whereNow(view: EditorView, diagnostic: Diagnostic): ListedProblem | undefined {
  let found: ListedProblem | undefined;
  forEachDiagnostic(view.state, (d, from, to) => void (d === diagnostic && (found ??= { diagnostic, from, to })));
  return found;
}

/** One element, its class and text. */
function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  e.className = className;
  if (text !== undefined) e.textContent = text;
  return e;
}

/**
 * The problems panel's contents: the kinds with their counts (a click shows only that kind, again
 * every kind), then the problems grouped under their kinds, in a list whose top edge resizes it.
 * The lint package's panel is the frame (its toggle, which the 'view.problems' command and the
 * status bar use, its close button, its place under the text); its own list, in document order with
 * no way to group or filter it, is taken out, and this list stands in its place. The filter lives in
 * the editor's state (problem-filter.ts); the selected item is the panel's own, as in the lint panel.
 */
export const problemsPanelContents = ViewPlugin.fromClass(
  class {
    private panel: HTMLElement | undefined;
    private readonly root = element('div', 'cm-problems');
    private readonly kinds = element('div', 'cm-problem-kinds');
    private readonly list = element('ul', 'cm-problems-list');
    private readonly resize: ReturnType<typeof problemsResizeHandle>;
    private items: { problem: ListedProblem; dom: HTMLElement }[] = [];
    private selected: Diagnostic | undefined;
    private shown: { key: string; diagnostics: readonly Diagnostic[] } = { key: '', diagnostics: [] };

    constructor(private readonly view: EditorView) {
      this.resize = problemsResizeHandle(view, this.list);
      this.kinds.setAttribute('role', 'group');
      this.kinds.setAttribute('aria-label', 'Problems by kind');
      this.list.tabIndex = 0;
      this.list.setAttribute('role', 'listbox');
      this.list.setAttribute('aria-label', 'Problems');
      this.list.addEventListener('keydown', (e) => this.onKey(e));
      this.root.append(this.resize.dom, this.kinds, this.list);
      this.schedule();
    }

    update(update: ViewUpdate): void {
      // New diagnostics, the filter, the cursor, or the panel opened (its own transaction): look once the view has drawn it.
      if (update.transactions.length > 0) this.schedule();
    }

    destroy(): void {
      this.root.remove();
    }

    private schedule(): void {
      this.view.requestMeasure({ key: this, read: () => undefined, write: () => this.render() });
    }

    private render(): void {
      const panel = this.view.dom.querySelector<HTMLElement>('.cm-panel-lint');
      if (!panel) {
        this.panel = undefined;
        return;
      }
      if (panel !== this.panel) this.adopt(panel);
      const groups = problemGroups(this.view.state);
      const kinds = problemKinds(this.view.state);
      const shown = shownKind(this.view.state);
      const key = `${shown}|${kinds.map((k) => `${k.code}:${k.count}:${k.error}`).join(',')}`;
      const diagnostics = groups.flatMap((g) => g.problems.map((p) => p.diagnostic));
      if (key !== this.shown.key || diagnostics.length !== this.shown.diagnostics.length || diagnostics.some((d, i) => d !== this.shown.diagnostics[i])) {
        this.shown = { key, diagnostics };
        this.draw(kinds, shown, groups);
      } else {
        // The same problems, moved by the edits: their places change, their items stay.
        const now = new Map(groups.flatMap((g) => g.problems).map((p) => [p.diagnostic, p]));
        for (const item of this.items) item.problem = now.get(item.problem.diagnostic) ?? item.problem;
      }
      this.markSelected();
    }

    /** A newly opened lint panel: this list in place of its own, the focus (which opening gave its list) on this one. */
    private adopt(panel: HTMLElement): void {
      this.panel = panel;
      this.shown = { key: '', diagnostics: [] };
      const theirs = panel.querySelector(':scope > ul');
      const hadFocus = theirs !== null && theirs === document.activeElement;
      theirs?.remove();
      panel.prepend(this.root);
      this.resize.restore();
      if (hadFocus) this.list.focus();
    }

    private draw(kinds: readonly ProblemKind[], shown: string | null, groups: readonly ProblemGroup[]): void {
      const total = kinds.reduce((sum, k) => sum + k.count, 0);
      const focusedKind = this.kinds.contains(document.activeElement) ? (document.activeElement as HTMLElement).dataset.kind : undefined;
      this.kinds.replaceChildren(
        this.kindButton({ code: '', name: 'All', count: total, error: false }, shown === null, 'Show every kind of problem', () => ({ effects: setProblemFilter.of(null) })),
        ...kinds.map((kind) => {
          const title = shown === kind.code ? 'Show every kind of problem again' : `Show only these (${kind.count} ${kind.error ? 'with errors' : 'warnings'}); F8 then steps through them`;
          return this.kindButton(kind, shown === kind.code, title, () => toggleProblemFilter(this.view.state, kind.code));
        }),
      );
      // A kind chosen with the keyboard: the focus stays on it, now drawn anew.
      if (focusedKind !== undefined) this.kinds.querySelector<HTMLElement>(`[data-kind="${CSS.escape(focusedKind)}"]`)?.focus();
      const hadFocus = this.root.contains(document.activeElement) && !this.kinds.contains(document.activeElement);
      this.items = [];
      const rows: HTMLElement[] = [];
      for (const group of groups) {
        const head = element('li', `cm-problems-group${group.kind.error ? ' cm-problems-group-error' : ''}`);
        head.setAttribute('role', 'presentation');
        head.append(element('span', 'cm-problems-group-name', group.kind.name), ' ', element('span', 'cm-problems-group-count', String(group.kind.count)));
        rows.push(head);
        for (const problem of group.problems) {
          const dom = this.problemItem(problem);
          this.items.push({ problem, dom });
          rows.push(dom);
        }
      }
      if (rows.length === 0) rows.push(element('li', 'cm-problems-none', 'No problems'));
      this.list.replaceChildren(...rows);
      // A fix removed the button that had the focus: the list keeps it, so the keys go on working here.
      if (hadFocus && !this.root.contains(document.activeElement)) this.list.focus();
    }

    /** A kind's toggle (or All's): its name and count, pressed while it is what the list shows. */
    private kindButton(kind: ProblemKind, pressed: boolean, title: string, change: () => TransactionSpec): HTMLElement {
      const button = element('button', `cm-problem-kind${kind.code === '' ? ' cm-problem-kind-all' : kind.error ? ' cm-problem-kind-error' : ''}`, `${kind.name} ${kind.count}`);
      button.type = 'button';
      button.title = title;
      button.dataset.kind = kind.code;
      button.setAttribute('aria-pressed', String(pressed));
      // A click leaves the focus where it was (the text, usually), as the row's buttons always did.
      button.addEventListener('mousedown', (e) => e.preventDefault());
      button.addEventListener('click', () => this.view.dispatch(change()));
      return button;
    }

    private problemItem(problem: ListedProblem): HTMLElement {
      const { diagnostic } = problem;
      const dom = element('li', `cm-diagnostic cm-diagnostic-${diagnostic.severity} cm-problem`);
      dom.setAttribute('role', 'option');
      dom.append(element('span', 'cm-diagnosticText', diagnostic.message));
      for (const action of diagnostic.actions ?? []) {
        const button = element('button', 'cm-diagnosticAction', action.name);
        button.type = 'button';
        button.addEventListener('click', (e) => {
          e.stopPropagation();
          const now = whereNow(this.view, diagnostic);
          if (now) action.apply(this.view, now.from, now.to);
        });
        dom.append(button);
      }
      dom.addEventListener('click', () => this.select(diagnostic));
      return dom;
    }

    /** The cursor to a problem's start (collapsed, as F8 puts it), the problem selected here. */
    private select(diagnostic: Diagnostic): void {
      const now = whereNow(this.view, diagnostic);
      if (!now) return;
      this.selected = diagnostic;
      this.view.dispatch({ selection: EditorSelection.cursor(now.from), effects: EditorView.scrollIntoView(now.from, { y: 'center' }), userEvent: 'select' });
    }

    /** The selected item is the one last chosen here while the cursor stays in it, else the first the cursor is in. */
    private markSelected(): void {
      const head = this.view.state.selection.main.head;
      const inside = (p: ListedProblem) => p.from <= head && head <= p.to;
      const kept = this.items.find((item) => item.problem.diagnostic === this.selected && inside(item.problem));
      const item = kept ?? this.items.find((i) => inside(i.problem));
      const changed = item?.problem.diagnostic !== this.selected || (item !== undefined && !item.dom.hasAttribute('aria-selected'));
      this.selected = item?.problem.diagnostic;
      for (const i of this.items) {
        if (i === item) i.dom.setAttribute('aria-selected', 'true');
        else i.dom.removeAttribute('aria-selected');
      }
      if (item && changed) this.reveal(item.dom);
    }

    /** Scrolls the list (and only the list) to show an item. */
    private reveal(dom: HTMLElement): void {
      const top = dom.offsetTop - this.list.offsetTop;
      if (top < this.list.scrollTop) this.list.scrollTop = top;
      else if (top + dom.offsetHeight > this.list.scrollTop + this.list.clientHeight) this.list.scrollTop = top + dom.offsetHeight - this.list.clientHeight;
    }

    /** The lint panel's keys: Up/Down (and Page Up/Down), Home/End move through the problems, Enter goes to the text, Escape closes. */
    private onKey(e: KeyboardEvent): void {
      if (e.ctrlKey || e.altKey || e.metaKey) return;
      const at = this.items.findIndex((i) => i.problem.diagnostic === this.selected);
      const last = this.items.length - 1;
      const to = { ArrowUp: at - 1, PageUp: at - 1, ArrowDown: at + 1, PageDown: at + 1, Home: 0, End: last }[e.key];
      if (e.key === 'Escape') {
        closeLintPanel(this.view);
        this.view.focus();
      } else if (e.key === 'Enter') {
        this.view.focus();
      } else if (to !== undefined) {
        if (last >= 0) this.select(this.items[(to + this.items.length) % this.items.length]!.problem.diagnostic);
      } else return;
      e.preventDefault();
    }
  },
);
