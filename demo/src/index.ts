export { ApiError, gatewayApi, type Api } from './client';
export { ACTIONS, Simulator, type Action, type Outcome, type SimulatorOptions } from './simulator';
export { Tokens } from './tokens';
