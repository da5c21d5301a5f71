import { ObservableValue, type Observable } from '../state/observable.js';
import type { CaptionWord } from '../../../shared/align/index.js';
import type { RecoveryOffer } from './recovery.js';

/** The popup open on a turn: its speaker or time, anchored at a point on screen. */
export type Popup = { readonly part: 'who' | 'time'; readonly index: number; readonly anchor: DOMRect } | undefined;

/** What Align to… aligns the turns to: a caption file as read, or the words recognised in the audio. */
export type AlignSource =
  | { readonly kind: 'captions'; readonly path: string; readonly text: string }
  | {
      readonly kind: 'audio';
      readonly path: string;
      readonly words: readonly CaptionWord[];
      /** Only the audio around the turns without a sure time was heard, and only they are timed (timesOnlyUnsure). */
      readonly onlyUnsure?: boolean;
    };

/** The dialog open over the window, if any. */
export type OpenDialog =
  | { readonly kind: 'help' }
  | { readonly kind: 'rename' }
  | { readonly kind: 'host' }
  | { readonly kind: 'shift' }
  | { readonly kind: 'export' }
  | { readonly kind: 'align'; readonly source: AlignSource }
  | { readonly kind: 'import'; readonly raw: { readonly path: string; readonly text: string; readonly notice?: string } }
  | { readonly kind: 'recovery'; readonly offer: RecoveryOffer }
  | { readonly kind: 'compare' }
  | undefined;

/** What is open over the window: a popup on a turn and a dialog. Commands open them; React shows them. */
export class Overlays {
  private readonly openPopup = new ObservableValue<Popup>(undefined);
  private readonly openDialog = new ObservableValue<OpenDialog>(undefined);
  /** The popup open on a turn. */
  readonly popup: Observable<Popup> = this.openPopup;
  /** The dialog open over the window. */
  readonly dialog: Observable<OpenDialog> = this.openDialog;

  /** Opens the speaker or time popup of an item. */
  showPopup(popup: NonNullable<Popup>): void {
    this.openPopup.set(popup);
  }

  /** Opens a dialog (closing any other). */
  showDialog(dialog: NonNullable<OpenDialog>): void {
    this.openDialog.set(dialog);
  }

  /** Opens the help overlay, or closes it when it is open. */
  toggleHelp(): void {
    this.openDialog.set(this.openDialog.get()?.kind === 'help' ? undefined : { kind: 'help' });
  }

  /** Closes the popup. */
  closePopup(): void {
    this.openPopup.set(undefined);
  }

  /** Closes the dialog. */
  closeDialog(): void {
    this.openDialog.set(undefined);
  }
}
