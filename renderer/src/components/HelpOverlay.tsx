import { COMMANDS, displayKey, type MenuName } from '../../../shared/commands.js';

/** Keys that CodeMirror itself handles, listed beside the app's commands. */
const EDITOR_KEYS: readonly { key: string; label: string }[] = [
  { key: 'Enter', label: 'Split the paragraph at the cursor (the new one keeps the speaker)' },
  { key: 'Backspace', label: 'At the start of a line: join it to the one above' },
  { key: 'Mod-g', label: 'Find next' },
  { key: 'Mod-d', label: 'Select next occurrence' },
  { key: 'Escape', label: 'Close the find panel or a popup' },
];

const isMac = typeof navigator !== 'undefined' && /Mac/.test(navigator.platform);

/** Every shortcut, generated from the one command list. */
export function HelpOverlay({ onClose }: { onClose: () => void }) {
  const menus = [...new Set(COMMANDS.map((c) => c.menu))] as MenuName[];
  return (
    <div className="overlay" role="dialog" aria-label="Keyboard shortcuts" onClick={onClose} onKeyDown={(e) => e.key === 'Escape' && onClose()}>
      <div className="overlay-card help-card" onClick={(e) => e.stopPropagation()}>
        <header>
          <h2>Keyboard shortcuts</h2>
          <button onClick={onClose} autoFocus>
            Close
          </button>
        </header>
        <div className="shortcut-columns">
          {menus.map((menu) => (
            <section key={menu}>
              <h3>{menu}</h3>
              <table>
                <tbody>
                  {helpRows(menu).map((c) => (
                    <tr key={c.id}>
                      <td>{c.label.replace('…', '')}</td>
                      <td>
                        {c.keys && <kbd>{c.keys}</kbd>}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </section>
          ))}
          <section>
            <h3>Editing</h3>
            <table>
              <tbody>
                {EDITOR_KEYS.map((k) => (
                  <tr key={k.key}>
                    <td>{k.label}</td>
                    <td>
                      <kbd>{displayKey(k.key, isMac)}</kbd>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        </div>
      </div>
    </div>
  );
}

/** The commands of a menu as help rows with their keys shown; the nine "Assign Speaker N" commands make one row. */
function helpRows(menu: MenuName): { id: string; label: string; keys: string | undefined }[] {
  return COMMANDS.filter((c) => c.menu === menu && !/^speaker\.[2-9]$/.test(c.id)).map((c) =>
    c.id === 'speaker.1'
      ? { id: c.id, label: 'Assign Speaker 1–9 of the roster', keys: `${displayKey('Alt-1', isMac)}…9` }
      : { id: c.id, label: c.label, keys: c.key && displayKey(c.key, isMac) },
  );
}
