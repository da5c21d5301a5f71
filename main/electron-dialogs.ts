import { dialog, type BrowserWindow } from 'electron';
import { basename, extname, isAbsolute, join } from 'node:path';
import { DISCARD_ANSWERS, type DiscardAnswer } from '../shared/api.js';
import type { Dialogs } from './services/api-handlers.js';
import { AUDIO_EXTENSIONS } from './services/audio-files.js';
import { EPISODE_EXTENSIONS } from './services/paths.js';

const FILTERS = [
  { name: 'Episodes', extensions: EPISODE_EXTENSIONS.map((ext) => ext.slice(1)) },
  { name: 'All Files', extensions: ['*'] },
];

const AUDIO_FILTERS = [
  { name: 'Audio', extensions: AUDIO_EXTENSIONS.map((ext) => ext.slice(1)) },
  { name: 'All Files', extensions: ['*'] },
];

const RAW_TRANSCRIPT_FILTERS = [
  { name: 'Transcripts, captions, chapters', extensions: ['txt', 'srt', 'vtt', 'md'] },
  { name: 'All Files', extensions: ['*'] },
];

/** The button of each answer in the Save / Don't Save / Cancel box, shown in DISCARD_ANSWERS order. */
const DISCARD_BUTTONS: Readonly<Record<DiscardAnswer, string>> = { save: 'Save', discard: "Don't Save", cancel: 'Cancel' };

/**
 * The native dialogs, attached to the current window when there is one. `documentsDir` is where Save As
 * starts for a document that has no folder of its own yet (the sample).
 */
export function createElectronDialogs(currentWindow: () => BrowserWindow | null, documentsDir: string): Dialogs {
  const pickFile = async (title: string, filters: typeof FILTERS) => {
    const options = { title, filters, properties: ['openFile' as const] };
    const win = currentWindow();
    const result = await (win ? dialog.showOpenDialog(win, options) : dialog.showOpenDialog(options));
    return result.canceled ? null : (result.filePaths[0] ?? null);
  };
  return {
    pickEpisodeToOpen: () => pickFile('Open Episode', FILTERS),
    pickAudio: () => pickFile('Open Audio', AUDIO_FILTERS),
    pickRawTranscript: () => pickFile('Import Raw Transcript', RAW_TRANSCRIPT_FILTERS),

    async pickExportPath(suggested) {
      const defaultPath = isAbsolute(suggested) ? suggested : join(documentsDir, suggested);
      const ext = extname(suggested).slice(1);
      const filters = [...(ext ? [{ name: ext.toUpperCase(), extensions: [ext] }] : []), { name: 'All Files', extensions: ['*'] }];
      const options = { title: 'Export', defaultPath, filters, properties: ['showOverwriteConfirmation' as const, 'createDirectory' as const] };
      const win = currentWindow();
      const result = await (win ? dialog.showSaveDialog(win, options) : dialog.showSaveDialog(options));
      return result.canceled || !result.filePath ? null : result.filePath;
    },

    async pickSavePath(suggested) {
      const defaultPath = suggested && isAbsolute(suggested) ? suggested : join(documentsDir, suggested ?? 'episode.md');
      const options = { title: 'Save Episode As', defaultPath, filters: FILTERS, properties: ['showOverwriteConfirmation' as const, 'createDirectory' as const] };
      const win = currentWindow();
      const result = await (win ? dialog.showSaveDialog(win, options) : dialog.showSaveDialog(options));
      return result.canceled || !result.filePath ? null : result.filePath;
    },

    async confirmDiscard(name) {
      const options = {
        type: 'warning' as const,
        message: `Do you want to save the changes you made to ${name}?`,
        detail: "Your changes will be lost if you don't save them.",
        buttons: DISCARD_ANSWERS.map((answer) => DISCARD_BUTTONS[answer]),
        defaultId: DISCARD_ANSWERS.indexOf('save'),
        cancelId: DISCARD_ANSWERS.indexOf('cancel'),
        noLink: true,
      };
      const win = currentWindow();
      const { response } = await (win ? dialog.showMessageBox(win, options) : dialog.showMessageBox(options));
      return DISCARD_ANSWERS[response] ?? 'cancel';
    },

    async confirmOverwrite(path) {
      const options = {
        type: 'warning' as const,
        message: `${basename(path)} was changed by another program since you opened it.`,
        detail: `Overwrite replaces those changes in ${path} with yours. Cancel writes nothing (Save As keeps both).`,
        buttons: ['Overwrite', 'Cancel'],
        defaultId: 1,
        cancelId: 1,
        noLink: true,
      };
      const win = currentWindow();
      const { response } = await (win ? dialog.showMessageBox(win, options) : dialog.showMessageBox(options));
      return response === 0;
    },
  };
}
