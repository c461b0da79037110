/** What other modules may use of the system module. */
export { type Operation, OperationTracker } from './application/operation.js';
export { OperationResponse } from './interface/http/operations.controller.js';
