import { COMMANDS, displayKey, shortcutLabel, speakerCommandId, type MenuName } from '../../../shared/commands.js';
import { editorKeyHelp } from '../editor/base-keymap.js';
import { IS_MAC } from '../platform.js';

/** Every shortcut: the app's from the one command list, the editor's from its keymap. */
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
                      <td>{c.keys && <kbd>{c.keys}</kbd>}</td>
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
                {editorKeyHelp(IS_MAC).map((k) => (
                  <tr key={k.label}>
                    <td>{k.label}</td>
                    <td>
                      {k.keys.map((key) => (
                        <kbd key={key}>{displayKey(key, IS_MAC)}</kbd>
                      ))}
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
  const first = shortcutLabel(speakerCommandId(1)!, IS_MAC);
  const last = shortcutLabel(speakerCommandId(9)!, IS_MAC);
  return COMMANDS.filter((c) => c.menu === menu && !/^speaker\.[2-9]$/.test(c.id)).map((c) =>
    c.id === 'speaker.1' ? { id: c.id, label: 'Assign Speaker 1–9 of the roster', keys: `${first} … ${last}` } : { id: c.id, label: c.label, keys: shortcutLabel(c.id, IS_MAC) ?? (c.click && displayKey(c.click, IS_MAC)) },
  );
}
