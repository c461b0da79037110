/** What other modules may use of the system module. */
export { type Operation, type OperationStep, OperationTracker } from './application/operation.js';
/** How an operation appears over HTTP: routes of other modules that start one answer with it. */
export { OperationResponse } from './interface/http/operation-response.dto.js';
export { toOperationResponse } from './interface/http/operation.presenter.js';
