export { startGateway, type GatewayOptions } from './gateway';
export { composeSupergraph, composeSources, CompositionFailed, subgraphSources, type SubgraphSource } from './supergraph';
