/** What the rest of the app may use of the loss declarations: the desk lists periods about to end or ended. */
export { lossDeclarationsDue } from './lossDeclarationDesk';
