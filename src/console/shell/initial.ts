/**
 * The environment the console's shell starts with, meant as a root shell in a container has it: HOME and PWD
 * /root, USER root, and the PATH Docker's default gives a container (written from that default, not checked
 * against a running container here). `~` is HOME. A module of its own so that the store can start with it
 * before the shell itself loads.
 */
import type { ShellState } from './session';

export const INITIAL_SHELL: ShellState = {
  vars: { HOME: '/root', PATH: '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin', PWD: '/root', USER: 'root' },
  status: 0,
  exported: ['HOME', 'PATH', 'PWD', 'USER'],
};
