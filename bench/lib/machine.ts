/** The machine a benchmark ran on, recorded with its results: what it is, and how busy it was when the run began. */
import os from 'node:os';

export function machineInfo(commit: string) {
  return {
    date: new Date().toISOString(),
    commit,
    cpu: os.cpus()[0]?.model ?? 'unknown',
    cores: os.availableParallelism(),
    memoryGB: Number((os.totalmem() / 1024 ** 3).toFixed(1)),
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    node: process.version,
    /** Other work on the machine skews wall times; this says how busy it was when the run began. */
    loadAverage1m: Number(os.loadavg()[0].toFixed(2)),
  };
}
