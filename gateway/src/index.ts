export { startGateway, type GatewayOptions } from './gateway';
export { composeSupergraph, defaultSubgraphUrl } from './supergraph';
