/** What `episode import --into` says when an input would replace a transcript: read it as chapters if it is a chapter list, else how to replace. */
import { chapterCount, counted, ImportError, type ImportResult } from '../../shared/import/index.js';

/** The refusal to replace a transcript, with the one way forward that fits the input: `--format chapters` for a chapter list, else `--replace-transcript`. */
export function replaceRefusal(err: ImportError, input: string, result: ImportResult): ImportError {
  const chapters = result.format === 'chapters' ? 0 : chapterCount(input);
  const advice =
    chapters > 0
      ? `its lines read as a chapter list (${counted(chapters, 'chapter')}): pass --format chapters to add them as headers, no turn changed`
      : 'to replace the transcript with it, pass --replace-transcript';
  return new ImportError(err.file, err.line, `${err.reason}; ${advice}`);
}
