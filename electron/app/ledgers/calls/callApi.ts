/** What the rest of the app may use of the call ledger: the blank call sheet printed in advance (paperForms). */
export { blankCallLogDefinition } from './callBlankForm';
