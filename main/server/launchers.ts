import { fork } from 'node:child_process';
import { utilityProcess } from 'electron';
import type { LaunchServer, ServerProcess } from './embeddedServer';

export function utilityLauncher(modulePath: string): LaunchServer {
  return (args) => {
    const child = utilityProcess.fork(modulePath, args, { serviceName: 'KCC Desk portaalserver', stdio: 'inherit' });
    const proc: ServerProcess = {
      onMessage: (listener) => void child.on('message', listener),
      onExit: (listener) => void child.on('exit', (code) => listener(code)),
      kill: () => void child.kill(),
    };
    return proc;
  };
}

export function nodeLauncher(modulePath: string, nodePath: string): LaunchServer {
  return (args) => {
    const child = fork(modulePath, args, { execPath: nodePath, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    const proc: ServerProcess = {
      onMessage: (listener) => void child.on('message', listener),
      onExit: (listener) => {
        child.on('exit', (code) => listener(code));
        child.on('error', () => listener(null));
      },
      kill: () => void child.kill('SIGTERM'),
    };
    return proc;
  };
}
