import { Fragment, useEffect, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import type { CommandId } from '../../../shared/commands.js';
import { contextEntries } from '../app/context-menu.js';
import { currentSpeaker } from '../editor/speaker-commands.js';
import { misspellingAt, type Misspelling } from '../editor/spelling.js';
import type { Workspace } from '../app/create-workspace.js';
import { IS_MAC } from '../platform.js';
import { usePopoverPlace } from './use-popover-place.js';

/** About how wide the menu is: it opens to the left of a click near the window's right edge. */
const MENU_WIDTH = 380;

/** A misspelled word the menu was opened on, and the speller's corrections once they arrive. */
interface SpellingEntries {
  readonly word: Misspelling;
  readonly suggestions: readonly string[] | undefined;
}

/** The context menu of a turn (right-click, or the context-menu key), over the turn at the cursor; on a misspelled word, its corrections first. */
export function TurnContextMenu({ workspace }: { workspace: Workspace }) {
  const [anchor, setAnchor] = useState<DOMRect>();
  const [spelling, setSpelling] = useState<SpellingEntries>();
  const { editor } = workspace;
  useEffect(() => {
    const view = editor.view;
    const onContextMenu = (event: MouseEvent) => {
      // Shift+right-click keeps the browser's own menu (Copy, Paste, Inspect).
      if (event.shiftKey) return;
      event.preventDefault();
      const clicked = view.posAtCoords({ x: event.clientX, y: event.clientY });
      const { main } = view.state.selection;
      // A click inside the selection acts on it (assign a speaker to every selected turn); elsewhere the cursor goes there.
      if (clicked !== null && (clicked < main.from || clicked > main.to)) view.dispatch({ selection: { anchor: clicked } });
      const at = clicked === null ? view.coordsAtPos(view.state.selection.main.head) : { left: event.clientX, bottom: event.clientY };
      const left = Math.max(0, Math.min(at?.left ?? 0, window.innerWidth - MENU_WIDTH));
      const word = clicked === null ? undefined : misspellingAt(view, clicked);
      setSpelling(word && { word, suggestions: undefined });
      if (word) {
        void workspace.speller.suggest(word.word).then(
          (suggestions) => setSpelling((shown) => (shown?.word === word ? { word, suggestions } : shown)),
          () => setSpelling((shown) => (shown?.word === word ? { word, suggestions: [] } : shown)),
        );
      }
      setAnchor(new DOMRect(left, at?.bottom ?? 0, 0, 0));
    };
    view.contentDOM.addEventListener('contextmenu', onContextMenu);
    return () => view.contentDOM.removeEventListener('contextmenu', onContextMenu);
  }, [editor, workspace.speller]);
  if (!anchor) return null;
  const close = () => {
    setAnchor(undefined);
    editor.focus();
  };
  const choose = (id: CommandId) => {
    close();
    workspace.run(id);
  };
  const replace = (word: Misspelling, by: string) => {
    close();
    // The text may have changed under the open menu (reloaded from disk): only the word itself is replaced.
    if (editor.state.sliceDoc(word.from, word.to).replace(/’/g, "'") !== word.word) return;
    editor.dispatch({ changes: { from: word.from, to: word.to, insert: by }, selection: { anchor: word.from + by.length }, userEvent: 'input.spelling' });
  };
  const addToDictionary = (word: Misspelling) => {
    close();
    workspace.dictionary.add(word.word).catch((err: unknown) => workspace.session.fail(err));
  };
  const spellingMenu = spelling && (
    <>
      {spelling.suggestions === undefined ? (
        <button role="menuitem" disabled>
          <span>Looking for corrections…</span>
        </button>
      ) : spelling.suggestions.length === 0 ? (
        <button role="menuitem" disabled>
          <span>No corrections for “{spelling.word.word}”</span>
        </button>
      ) : (
        spelling.suggestions.map((suggestion) => (
          <button key={suggestion} role="menuitem" className="suggestion" onClick={() => replace(spelling.word, suggestion)}>
            <span>{suggestion}</span>
          </button>
        ))
      )}
      <button role="menuitem" onClick={() => addToDictionary(spelling.word)}>
        <span>Add “{spelling.word.word}” to Dictionary</span>
      </button>
      <div role="separator" />
    </>
  );
  return <ContextMenu anchor={anchor} spelling={spellingMenu} groups={contextEntries(workspace.roster(), workspace.waveform.loaded, IS_MAC, currentSpeaker(editor.state))} onChoose={choose} onCancel={close} />;
}

function ContextMenu({ anchor, spelling, groups, onChoose, onCancel }: { anchor: DOMRect; spelling: ReactNode; groups: ReturnType<typeof contextEntries>; onChoose: (id: CommandId) => void; onCancel: () => void }) {
  const place = usePopoverPlace(anchor);
  const cancel = useRef(onCancel);
  cancel.current = onCancel;
  const items = () => [...(place.ref.current?.querySelectorAll<HTMLButtonElement>('[role=menuitem]:not(:disabled)') ?? [])];
  useEffect(() => {
    items()[0]?.focus();
    // A press anywhere else closes the menu (the press still does what it does there).
    const onPointer = (event: PointerEvent) => {
      if (!(event.target instanceof Node && place.ref.current?.contains(event.target))) cancel.current();
    };
    // The text scrolling or the window resizing would leave it beside the wrong turn.
    const onMove = () => cancel.current();
    const scroller = document.querySelector('.cm-scroller');
    document.addEventListener('pointerdown', onPointer, true);
    scroller?.addEventListener('scroll', onMove);
    window.addEventListener('resize', onMove);
    return () => {
      document.removeEventListener('pointerdown', onPointer, true);
      scroller?.removeEventListener('scroll', onMove);
      window.removeEventListener('resize', onMove);
    };
  }, [anchor]);
  const onKeyDown = (event: KeyboardEvent) => {
    const all = items();
    const at = all.indexOf(document.activeElement as HTMLButtonElement);
    const moves: Record<string, number> = { ArrowDown: at + 1, ArrowUp: at - 1, Home: 0, End: all.length - 1 };
    const to = moves[event.key];
    if (event.key === 'Escape' || event.key === 'Tab') onCancel();
    else if (to !== undefined) all[(to + all.length) % all.length]?.focus();
    else return;
    event.preventDefault();
    event.stopPropagation();
  };
  return (
    <div className="popover context-menu" ref={place.ref} style={place.style} role="menu" aria-label="Turn" onKeyDown={onKeyDown}>
      {spelling}
      {groups.map((group, g) => (
        <Fragment key={group[0]!.id}>
          {g > 0 && <div role="separator" />}
          {group.map((entry) => (
            <button key={entry.id} role="menuitem" className={entry.current ? 'current' : undefined} disabled={entry.disabled} onClick={() => onChoose(entry.id)}>
              <span>{entry.label}</span>
              {entry.key && <kbd>{entry.key}</kbd>}
            </button>
          ))}
        </Fragment>
      ))}
    </div>
  );
}
