/**
 * The environment the console's shell starts with, as a root shell in a Debian-based container has it (checked:
 * `docker run --rm debian:12 bash -c 'echo $HOME $PATH $PWD'`; USER is set as a login shell sets it): `~` is
 * HOME. A module of its own so that the store can start with it before the shell itself loads.
 */
import type { ShellState } from './session';

export const INITIAL_SHELL: ShellState = {
  vars: { HOME: '/root', PATH: '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin', PWD: '/root', USER: 'root' },
  status: 0,
  exported: ['HOME', 'PATH', 'PWD', 'USER'],
};
