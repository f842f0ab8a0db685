/** The real engine behind the console: DNS from src/dns, request routing from src/request. */
import { dig, resolve, resolvConf } from '../dns/dig';
import { nodeResolvConf } from '../dns/resolvconf';
import { curl } from '../request/index';
import type { ConsoleTools } from './tools';

export const engineTools: ConsoleTools = {
  dig,
  resolve,
  resolvConf,
  nodeResolvConf: (sim) => nodeResolvConf(sim.cluster.world),
  curl,
};
