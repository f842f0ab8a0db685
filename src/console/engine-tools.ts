/** The real engine behind the console: DNS from src/dns, request routing from src/request. */
import { dig, resolve, resolvConf } from '../dns/dig';
import { nodeResolvConf } from '../dns/resolvconf';
import { hostsFile, nodeHostsFile } from '../dns/hosts';
import { curl } from '../request/index';
import type { ConsoleTools } from './tools';

export const engineTools: ConsoleTools = {
  dig,
  resolve,
  resolvConf,
  nodeResolvConf: (sim) => nodeResolvConf(sim.cluster.world),
  curl,
  hostsFile,
  nodeHostsFile: (sim, node) => nodeHostsFile(sim.cluster.nodes.find((n) => n.name === node)),
};
