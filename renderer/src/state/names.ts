// TEMPORARY: the shared helpers landed (issue 9); import them from shared/ and delete this file.
export { baseName } from '../../../shared/paths.js';
export { errorMessage } from '../../../shared/errors.js';
